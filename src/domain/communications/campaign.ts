/**
 * Campaigns (seed 003's newsletter: "creamos tres versiones de comunicación siguiendo los tres
 * colectivos identificados"): one mail with versions per segment and language. Each member gets
 * exactly one message: the version of the first segment (in the order the versions list them)
 * that includes them, in their language or else the campaign's default language — every segment
 * must have a version in the default language, so nobody in a segment is left without one — and
 * one message per address. Recipients and messages are produced lazily (generators), so a campaign
 * to 10,000 contacts is expanded a batch at a time, never all in memory.
 */
import type { ContactLanguage } from '../contacts/index.js';
import { type ConsentPurpose, hasConsent } from './consent.js';
import { communicationError } from './errors.js';
import {
  type FieldValues,
  missingFields,
  parseTemplate,
  renderTemplate,
  type Template,
} from './personalisation.js';
import { type Audience, inSegment, type Segment, type SegmentSubject } from './segments.js';
import { unsubscribeHeaders } from './unsubscribe.js';

/** One version of the mail: for one segment, in one language. */
export interface CampaignVersion {
  readonly key: string;
  readonly segmentId: string;
  readonly language: ContactLanguage;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

/** A campaign by email for a purpose the recipients consented to. */
export interface Campaign {
  readonly id: string;
  readonly name: string;
  readonly purpose: ConsentPurpose;
  readonly defaultLanguage: ContactLanguage;
  /** In priority order: a contact in several segments gets the first one's version. */
  readonly versions: readonly CampaignVersion[];
}

/** A version with its parsed templates. */
interface CompiledVersion {
  readonly version: CampaignVersion;
  readonly subject: Template;
  readonly html: Template;
  readonly text: Template;
}

/** A campaign checked and ready to expand: its segments in priority order and parsed versions. */
export interface CompiledCampaign {
  readonly campaign: Campaign;
  readonly segments: readonly Segment[];
  readonly versions: ReadonlyMap<string, CompiledVersion>;
}

function compileVersion(version: CampaignVersion, index: number): CompiledVersion {
  const at = `versions[${index}]`;
  const compiled = {
    version,
    subject: parseTemplate(version.subject, 'subject', `${at}.subject`),
    html: parseTemplate(version.html, 'html', `${at}.html`),
    text: parseTemplate(version.text, 'text', `${at}.text`),
  };
  for (const part of ['html', 'text'] as const) {
    if (!compiled[part].fields.includes('unsubscribeUrl')) {
      throw communicationError(
        'unsubscribe_link_missing',
        { version: version.key, part },
        `the ${part} of version ${version.key} has no {{unsubscribeUrl}}`,
        `${at}.${part}`,
      );
    }
  }
  return compiled;
}

/**
 * Checks a campaign against its segments: at least one version, one per segment and language,
 * known segments, each with a default-language version, templates that parse and carry the
 * unsubscribe link in HTML and text. Fails with the rule and the version's path.
 */
export function compileCampaign(
  campaign: Campaign,
  segments: ReadonlyMap<string, Segment>,
): CompiledCampaign {
  if (campaign.versions.length === 0) {
    throw communicationError('no_versions', {}, 'a campaign needs a version', 'versions');
  }
  const versions = new Map<string, CompiledVersion>();
  const seen = new Set<string>();
  const order: Segment[] = [];
  for (const [index, version] of campaign.versions.entries()) {
    const segment = segments.get(version.segmentId);
    if (segment === undefined) {
      throw communicationError(
        'unknown_segment',
        { segmentId: version.segmentId },
        `no segment ${version.segmentId}`,
        `versions[${index}].segmentId`,
      );
    }
    const pair = `${version.segmentId}/${version.language}`;
    if (seen.has(pair) || versions.has(version.key)) {
      throw communicationError(
        'duplicate_version',
        { segmentId: version.segmentId, language: version.language, key: version.key },
        `two versions for ${pair} (or key ${version.key})`,
        `versions[${index}]`,
      );
    }
    seen.add(pair);
    if (!order.includes(segment)) order.push(segment);
    versions.set(version.key, compileVersion(version, index));
  }
  const withoutDefault = order.find((s) => !seen.has(`${s.id}/${campaign.defaultLanguage}`));
  if (withoutDefault !== undefined) {
    throw communicationError(
      'no_versions',
      { segmentId: withoutDefault.id, language: campaign.defaultLanguage },
      `segment ${withoutDefault.id} has no ${campaign.defaultLanguage} version`,
      'versions',
    );
  }
  return { campaign, segments: order, versions };
}

/** Who gets which version. */
export interface Recipient {
  readonly subject: SegmentSubject;
  readonly address: string;
  readonly versionKey: string;
  readonly language: ContactLanguage;
}

function versionFor(compiled: CompiledCampaign, segmentId: string, language: ContactLanguage) {
  const of = (wanted: ContactLanguage) =>
    compiled.campaign.versions.find((v) => v.segmentId === segmentId && v.language === wanted);
  return of(language) ?? of(compiled.campaign.defaultLanguage);
}

/** The recipients among `subjects`, lazily: one per address, each with its version. */
export function* campaignRecipients(
  compiled: CompiledCampaign,
  subjects: Iterable<SegmentSubject>,
  now: number,
): Generator<Recipient> {
  const audience: Audience = { channel: 'email', purpose: compiled.campaign.purpose, now };
  const addresses = new Set<string>();
  for (const subject of subjects) {
    const segment = compiled.segments.find((s) => inSegment(s, subject, audience));
    const address = subject.contact.email?.trim().toLowerCase();
    if (segment === undefined || address === undefined || addresses.has(address)) continue;
    const version = versionFor(compiled, segment.id, subject.contact.language);
    if (version === undefined) continue;
    addresses.add(address);
    yield { subject, address, versionKey: version.key, language: version.language };
  }
}

/** Groups a lazy sequence into lists of `size` (the last may be shorter), still lazily. */
export function* inBatches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** A recipient with the values of their personalisation fields. */
export interface PersonalisedRecipient {
  readonly recipient: Recipient;
  readonly values: FieldValues;
}

/** A recipient whose fields do not fill their version. */
export interface PersonalisationProblem {
  readonly contactId: string;
  readonly versionKey: string;
  readonly fields: readonly string[];
}

function compiledVersion(compiled: CompiledCampaign, key: string): CompiledVersion {
  const version = compiled.versions.get(key);
  if (version === undefined)
    throw new Error(`no version ${key} in campaign ${compiled.campaign.id}`);
  return version;
}

/**
 * Every recipient whose values miss a field their version uses (up to `limit`): run over the
 * whole audience before a campaign is scheduled, so a missing field is found before sending.
 */
export function personalisationProblems(
  compiled: CompiledCampaign,
  recipients: Iterable<PersonalisedRecipient>,
  limit = 20,
): PersonalisationProblem[] {
  const problems: PersonalisationProblem[] = [];
  for (const { recipient, values } of recipients) {
    const version = compiledVersion(compiled, recipient.versionKey);
    const fields = [version.subject, version.html, version.text].flatMap((t) =>
      missingFields(t, values),
    );
    if (fields.length === 0) continue;
    problems.push({
      contactId: recipient.subject.contact.id,
      versionKey: recipient.versionKey,
      fields: [...new Set(fields)],
    });
    if (problems.length >= limit) break;
  }
  return problems;
}

/** One message ready for the outbox. */
export interface OutgoingMessage {
  readonly campaignId: string;
  readonly contactId: string;
  readonly to: string;
  readonly versionKey: string;
  readonly language: ContactLanguage;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * The personalised messages, lazily. A recipient who withdrew consent since the audience was
 * computed gets nothing; a missing field fails with `missing_field`.
 */
export function* personalisedMessages(
  compiled: CompiledCampaign,
  recipients: Iterable<PersonalisedRecipient>,
): Generator<OutgoingMessage> {
  const { campaign } = compiled;
  for (const { recipient, values } of recipients) {
    const { contact, consents } = recipient.subject;
    if (!hasConsent(consents, contact.id, 'email', campaign.purpose)) continue;
    const version = compiledVersion(compiled, recipient.versionKey);
    const where = `${contact.id}/${recipient.versionKey}`;
    yield {
      campaignId: campaign.id,
      contactId: contact.id,
      to: recipient.address,
      versionKey: recipient.versionKey,
      language: recipient.language,
      subject: renderTemplate(version.subject, values, where),
      html: renderTemplate(version.html, values, where),
      text: renderTemplate(version.text, values, where),
      headers: unsubscribeHeaders(values.unsubscribeUrl ?? ''),
    };
  }
}
