/**
 * Segments (seed 003, "Segmentación"): a rule tree over contact and account data — client, plan,
 * role, language, country, kind, any contact field, consent, and activity such as tickets in the
 * last N days — combined with `all`, `any` and `not`. Membership always passes the consent gate
 * first (seed 003: "Los criterios relacionados con la GDPR y contactabilidad son de obligatorio
 * cumplimiento"): a segment never includes a contact without consent to the purpose on the
 * channel, without an address for it, with a suppressed address, or anonymised — whatever the
 * rule says, `not` included.
 */
import { z } from 'zod';
import { type Contact, contactKinds, contactLanguages, fieldValue } from '../contacts/index.js';
import { invalidInput } from '../errors.js';
import { type Role, roles } from '../identity/roles.js';
import {
  type ConsentChannel,
  type ConsentEvent,
  type ConsentPurpose,
  consentChannels,
  consentPurposes,
  hasConsent,
} from './consent.js';

const ids = z.array(z.string().trim().min(1).max(200)).min(1).max(500);
const day = 86_400_000;

const conditionSchema = z.discriminatedUnion('field', [
  z.strictObject({ field: z.literal('client'), in: ids }),
  z.strictObject({ field: z.literal('plan'), in: ids }),
  z.strictObject({ field: z.literal('role'), in: z.array(z.enum(roles)).min(1) }),
  z.strictObject({ field: z.literal('language'), in: z.array(z.enum(contactLanguages)).min(1) }),
  z.strictObject({
    field: z.literal('country'),
    in: z.array(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO country code like CL')).min(1),
  }),
  z.strictObject({ field: z.literal('kind'), in: z.array(z.enum(contactKinds)).min(1) }),
  z.strictObject({
    field: z.literal('contact'),
    name: z.string().regex(/^(custom\.)?[a-zA-Z][a-zA-Z0-9_]{0,39}$/),
    equals: z.string().max(500),
  }),
  z.strictObject({
    field: z.literal('consent'),
    channel: z.enum(consentChannels),
    purpose: z.enum(consentPurposes),
  }),
  z.strictObject({
    field: z.literal('tickets'),
    inLastDays: z.number().int().min(1).max(3650),
    atLeast: z.number().int().min(1).max(100_000).default(1),
  }),
]);

/** One test on a contact. */
export type SegmentCondition = z.infer<typeof conditionSchema>;

/** A segment's rule: a condition, or `all`/`any` of rules, or `not` a rule. */
export type SegmentRule =
  | SegmentCondition
  | { readonly all: readonly SegmentRule[] }
  | { readonly any: readonly SegmentRule[] }
  | { readonly not: SegmentRule };

/** A named rule. */
export interface Segment {
  readonly id: string;
  readonly name: string;
  readonly rule: SegmentRule;
}

const maxDepth = 6;
const maxNodes = 100;

/**
 * Validates a rule tree (JSON in), failing with invalid_input at the exact path
 * (`rule.all[1].in`); at most 6 levels and 100 nodes.
 */
export function parseSegmentRule(input: unknown, path = 'rule'): SegmentRule {
  let nodes = 0;
  const parse = (value: unknown, at: string, depth: number): SegmentRule => {
    nodes += 1;
    if (nodes > maxNodes) throw invalidInput(at, `a rule has at most ${maxNodes} parts`);
    if (depth > maxDepth) throw invalidInput(at, `a rule nests at most ${maxDepth} levels`);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw invalidInput(at, 'expected a condition or all/any/not');
    }
    const keys = Object.keys(value);
    const combinators = keys.filter((key) => key === 'all' || key === 'any' || key === 'not');
    if (combinators.length > 0 && keys.length > 1) {
      throw invalidInput(at, 'expected exactly one of all, any or not');
    }
    const only = keys.length === 1 ? keys[0] : undefined;
    const inner = (value as Readonly<Record<string, unknown>>)[only ?? ''];
    if (only === 'not') return { not: parse(inner, `${at}.not`, depth + 1) };
    if (only === 'all' || only === 'any') {
      if (!Array.isArray(inner) || inner.length === 0 || inner.length > 20) {
        throw invalidInput(`${at}.${only}`, 'expected a list of 1 to 20 rules');
      }
      const rules = inner.map((rule, index) => parse(rule, `${at}.${only}[${index}]`, depth + 1));
      return only === 'all' ? { all: rules } : { any: rules };
    }
    const parsed = conditionSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const where = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`));
    throw invalidInput(`${at}${where?.join('') ?? ''}`, issue?.message ?? 'invalid condition');
  };
  return parse(input, path, 1);
}

/** Everything a rule reads about one contact. */
export interface SegmentSubject {
  readonly contact: Contact;
  /** The sign-in role, or null for a contact who does not sign in. */
  readonly role: Role | null;
  /** Plans of the account's contracts in force. */
  readonly planIds: readonly string[];
  /** When the contact's tickets were opened (epoch ms). */
  readonly ticketsOpenedAt: readonly number[];
  /** The contact's consent history. */
  readonly consents: readonly ConsentEvent[];
  /** The address bounced hard or complained: never mailed again. */
  readonly suppressed: boolean;
}

/** Whether a subject may be reached at all for `purpose` on `channel` (the consent gate). */
export function isContactable(
  subject: SegmentSubject,
  channel: ConsentChannel,
  purpose: ConsentPurpose,
): boolean {
  const { contact } = subject;
  const address = channel === 'email' ? contact.email : contact.phone;
  return (
    contact.state === 'active' &&
    address !== null &&
    !subject.suppressed &&
    hasConsent(subject.consents, contact.id, channel, purpose)
  );
}

function conditionHolds(condition: SegmentCondition, subject: SegmentSubject, now: number) {
  const { contact } = subject;
  switch (condition.field) {
    case 'client':
      return contact.organisationId !== null && condition.in.includes(contact.organisationId);
    case 'plan':
      return subject.planIds.some((plan) => condition.in.includes(plan));
    case 'role':
      return subject.role !== null && condition.in.includes(subject.role);
    case 'language':
      return condition.in.includes(contact.language);
    case 'country':
      return contact.country !== null && condition.in.includes(contact.country);
    case 'kind':
      return condition.in.includes(contact.kind);
    case 'contact':
      return fieldValue(contact, condition.name) === condition.equals;
    case 'consent':
      return hasConsent(subject.consents, contact.id, condition.channel, condition.purpose);
    case 'tickets': {
      const since = now - condition.inLastDays * day;
      const recent = subject.ticketsOpenedAt.filter((at) => at > since && at <= now);
      return recent.length >= condition.atLeast;
    }
  }
}

/** Whether the rule holds for a subject at `now` (the consent gate not applied). */
export function ruleHolds(rule: SegmentRule, subject: SegmentSubject, now: number): boolean {
  if ('all' in rule) return rule.all.every((r) => ruleHolds(r, subject, now));
  if ('any' in rule) return rule.any.some((r) => ruleHolds(r, subject, now));
  if ('not' in rule) return !ruleHolds(rule.not, subject, now);
  return conditionHolds(rule, subject, now);
}

/** What a segment is evaluated for: the channel and purpose of the mail, and the instant. */
export interface Audience {
  readonly channel: ConsentChannel;
  readonly purpose: ConsentPurpose;
  readonly now: number;
}

/** Whether a subject is in a segment for an audience: the consent gate, then the rule. */
export function inSegment(segment: Segment, subject: SegmentSubject, audience: Audience): boolean {
  return (
    isContactable(subject, audience.channel, audience.purpose) &&
    ruleHolds(segment.rule, subject, audience.now)
  );
}

/** The members of a segment, lazily, in the order of `subjects`. */
export function* segmentMembers(
  segment: Segment,
  subjects: Iterable<SegmentSubject>,
  audience: Audience,
): Generator<SegmentSubject> {
  for (const subject of subjects) if (inSegment(segment, subject, audience)) yield subject;
}

/** The live count of a segment. */
export function countSegment(
  segment: Segment,
  subjects: Iterable<SegmentSubject>,
  audience: Audience,
): number {
  let count = 0;
  for (const _ of segmentMembers(segment, subjects, audience)) count += 1;
  return count;
}
