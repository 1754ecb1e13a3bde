/**
 * Retention rules per organisation: "anonymise the contacts of closed tickets N months after the
 * last one closed", run by a job. A pure selection over plain data: which contacts are due now,
 * and why each other contact of a ruled organisation is kept. Months are counted on local dates
 * in the organisation's time zone (a ticket closed at 23:30 in Santiago closed that day there),
 * and a contact is due on the day N months after its last closure (month ends clamp: 31 March +
 * 1 month is 30 April).
 */
import { formatLocalDay, localDayOf } from '../calendar/wall-clock.js';
import { isTimeZone } from '../calendar/zone.js';
import { invalidInput } from '../errors.js';
import type { TicketStatus } from '../tickets/status.js';
import { addMonths, type LocalDate } from '../time/index.js';
import type { ContactState } from './contact.js';

/** One organisation's rule. */
export interface RetentionRule {
  readonly organisationId: string;
  readonly timeZone: string;
  /** Whole months from 1 to 120. */
  readonly anonymiseAfterMonths: number;
}

/** A contact as the rule sees it. */
export interface RetentionCandidate {
  readonly contactId: string;
  readonly organisationId: string | null;
  readonly state: ContactState;
  /** A contact who can still sign in is a current user, never anonymised by a rule. */
  readonly signsIn: boolean;
  /** Kept for a claim or an audit, whatever the rule says. */
  readonly legalHold: boolean;
  readonly tickets: readonly { readonly status: TicketStatus; readonly closedAt: number | null }[];
}

/** Why a contact of a ruled organisation is not anonymised now. */
export type KeptReason = 'open_tickets' | 'no_tickets' | 'signs_in' | 'legal_hold' | 'not_due';

/** The job's work list. */
export interface RetentionSelection {
  readonly due: readonly { contactId: string; lastClosedOn: LocalDate; dueOn: LocalDate }[];
  readonly kept: readonly { contactId: string; reason: KeptReason; dueOn: LocalDate | null }[];
}

/** Validates rules: a known zone, whole months from 1 to 120, one rule per organisation. */
export function checkRetentionRules(rules: readonly RetentionRule[]): void {
  const seen = new Set<string>();
  for (const [index, rule] of rules.entries()) {
    const path = `rules[${index}]`;
    if (seen.has(rule.organisationId)) {
      throw invalidInput(`${path}.organisationId`, 'one rule per organisation');
    }
    seen.add(rule.organisationId);
    if (!isTimeZone(rule.timeZone)) {
      throw invalidInput(`${path}.timeZone`, `unknown time zone "${rule.timeZone}"`);
    }
    const months = rule.anonymiseAfterMonths;
    if (!Number.isInteger(months) || months < 1 || months > 120) {
      throw invalidInput(`${path}.anonymiseAfterMonths`, 'whole months from 1 to 120');
    }
  }
}

/** The contacts due for anonymisation at `now`, and why the others of ruled organisations wait. */
export function selectForRetention(
  rules: readonly RetentionRule[],
  candidates: readonly RetentionCandidate[],
  now: number,
): RetentionSelection {
  checkRetentionRules(rules);
  const ruleOf = new Map(rules.map((rule) => [rule.organisationId, rule]));
  const due: RetentionSelection['due'][number][] = [];
  const kept: RetentionSelection['kept'][number][] = [];
  for (const candidate of candidates) {
    const rule =
      candidate.organisationId === null ? undefined : ruleOf.get(candidate.organisationId);
    if (rule === undefined || candidate.state === 'anonymised') continue;
    const localDate = (at: number) => formatLocalDay(localDayOf(rule.timeZone, at));
    const closures = candidate.tickets.map((t) => (t.status === 'closed' ? t.closedAt : null));
    const lastClosedAt = Math.max(...closures.map((at) => at ?? Number.NEGATIVE_INFINITY));
    const dueOn =
      closures.length === 0 || closures.includes(null)
        ? null
        : addMonths(localDate(lastClosedAt), rule.anonymiseAfterMonths);
    const keep = (reason: KeptReason) =>
      kept.push({ contactId: candidate.contactId, reason, dueOn });
    if (candidate.tickets.length === 0) keep('no_tickets');
    else if (dueOn === null) keep('open_tickets');
    else if (candidate.legalHold) keep('legal_hold');
    else if (candidate.signsIn) keep('signs_in');
    else if (localDate(now) < dueOn) keep('not_due');
    else due.push({ contactId: candidate.contactId, lastClosedOn: localDate(lastClosedAt), dueOn });
  }
  return { due, kept };
}
