/**
 * Everything a campaign's messages are made from, loaded once before a batch or a check: the
 * compiled campaign, the audience, account names and signatures; and the function that fills
 * one recipient's fields (salutation in their language, account, the CSM's signature and their
 * own unsubscribe link). The CSM who signs is the one assigned to the contact's account on the
 * day (UTC) the messages are made; a contact without an account, or whose account has no CSM
 * then, gets the signature of the user who scheduled the campaign.
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
import { csmAssignmentOn } from '../../domain/customer-success/index.js';
import { DomainError } from '../../domain/errors.js';
import { localDateIn } from '../../domain/time/index.js';
import { issueUnsubscribeToken } from '../communications/index.js';
import type { User } from '../identity/index.js';
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

const signatureOf = (user: Pick<User, 'name' | 'email'>) => ({
  name: user.name,
  signature: `${user.name}\n${user.email}`,
});

/** Each account's CSM on `at`'s day, as a signature (accounts without one left out). */
async function csmSignatures(
  options: Pick<CampaignsDeps, 'csmAssignments' | 'users'>,
  at: Date,
): Promise<Map<string, ReturnType<typeof signatureOf>>> {
  const assignments = await options.csmAssignments.allAssignments();
  const today = localDateIn('UTC', at);
  const signatures = new Map<string, ReturnType<typeof signatureOf>>();
  for (const organisationId of new Set(assignments.map((a) => a.organisationId))) {
    const current = csmAssignmentOn(assignments, organisationId, today);
    const user = current && (await options.users.findById(current.csmUserId));
    if (user) signatures.set(organisationId, signatureOf(user));
  }
  return signatures;
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
    | 'csmAssignments'
    | 'clock'
  >,
  record: CampaignRecord,
  senderUserId: string | null,
): Promise<CampaignMaterial> {
  const compiled = compileRecord(record);
  const subjects = await options.segmentSubjects.all();
  const accounts = new Map((await options.organisations.list()).map((o) => [o.id, o.name]));
  const sender = senderUserId === null ? undefined : await options.users.findById(senderUserId);
  if (sender === undefined) throw new DomainError('not_found', 'the campaign has no sender');
  const fallback = signatureOf(sender);
  const csms = await csmSignatures(options, options.clock.now());
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
          csm: (contact.organisationId && csms.get(contact.organisationId)) || fallback,
          unsubscribeUrl: unsubscribeUrl(options.publicUrl, token),
        }),
      };
    },
  };
}
