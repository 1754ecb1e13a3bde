/**
 * Everything a campaign's messages are made from, loaded once before a batch or a check: the
 * compiled campaign, the audience, account names and the signature; and the function that
 * fills one recipient's fields (salutation in their language, account, the CSM's signature —
 * the sender's, since no CSM assignment is stored yet — and their own unsubscribe link).
 */
import {
  type CompiledCampaign,
  compileCampaign,
  fieldValues,
  type PersonalisedRecipient,
  type Recipient,
  type SegmentSubject,
  unsubscribeUrl,
} from '../../domain/communications/index.js';
import { DomainError } from '../../domain/errors.js';
import { issueUnsubscribeToken } from '../communications/index.js';
import type { CampaignRecord, CampaignsDeps } from './ports.js';

/** A campaign ready to personalise for its audience. */
export interface CampaignMaterial {
  readonly compiled: CompiledCampaign;
  readonly subjects: readonly SegmentSubject[];
  personalise(recipient: Recipient): PersonalisedRecipient;
}

/** The campaign's record as the domain's campaign, compiled against its own segments. */
export function compileRecord(record: CampaignRecord): CompiledCampaign {
  return compileCampaign(
    {
      id: record.id,
      name: record.name,
      purpose: record.purpose,
      defaultLanguage: record.defaultLanguage,
      versions: record.versions,
    },
    new Map(record.segments.map((segment) => [segment.id, segment])),
  );
}

/** Loads what personalising `record` for `senderUserId` needs (outside any transaction). */
export async function loadMaterial(
  options: Pick<
    CampaignsDeps,
    | 'segmentSubjects'
    | 'organisations'
    | 'users'
    | 'unsubscribeSecrets'
    | 'publicUrl'
    | 'salutation'
  >,
  record: CampaignRecord,
  senderUserId: string | null,
): Promise<CampaignMaterial> {
  const compiled = compileRecord(record);
  const subjects = await options.segmentSubjects.all();
  const accounts = new Map((await options.organisations.list()).map((o) => [o.id, o.name]));
  const sender = senderUserId === null ? undefined : await options.users.findById(senderUserId);
  if (sender === undefined) throw new DomainError('not_found', 'the campaign has no sender');
  const csm = { name: sender.name, signature: `${sender.name}\n${sender.email}` };
  return {
    compiled,
    subjects,
    personalise(recipient) {
      const { contact } = recipient.subject;
      const token = issueUnsubscribeToken(options, {
        contactId: contact.id,
        channel: 'email',
        purpose: record.purpose,
        campaignId: record.id,
      });
      return {
        recipient,
        values: fieldValues(contact, {
          salutation: options.salutation(contact, recipient.language),
          accountName:
            contact.organisationId === null ? null : (accounts.get(contact.organisationId) ?? null),
          csm,
          unsubscribeUrl: unsubscribeUrl(options.publicUrl, token),
        }),
      };
    },
  };
}
