import { displayName } from '../../domain/contacts/index.js';
import {
  type AccountMeeting,
  type AgendaItem,
  agreeMeeting,
  type MeetingKind,
} from '../../domain/customer-success/index.js';
import { DomainError } from '../../domain/errors.js';
import { recordChange } from '../shared/index.js';
import type { SuccessDeps } from './ports.js';
import { actingUser, type SuccessRequest, successContract } from './success-contract.js';

/** What a meeting is agreed as. */
export interface MeetingInput {
  readonly kind: MeetingKind;
  /** Epoch ms. */
  readonly start: number;
  readonly minutes: number;
  /** Written items; the kind's standard agenda when empty. */
  readonly agenda: readonly string[];
  /** Contacts of the client invited. */
  readonly contactIds: readonly string[];
}

/** The invited contacts, each the client's and with an address to invite. */
async function attendeesOf(deps: SuccessDeps, clientId: string, contactIds: readonly string[]) {
  return Promise.all(
    contactIds.map(async (contactId, n) => {
      const contact = await deps.contacts.find(contactId);
      if (contact?.organisationId !== clientId || contact.email === null) {
        throw new DomainError('not_found', 'no such contact of the client', `contactIds.${n}`);
      }
      return { contactId, email: contact.email, name: displayName(contact), required: true };
    }),
  );
}

/**
 * Provider staff schedule a quarterly review (seed 001) or the monthly planning (seed 002 §3) on
 * a date agreed with the client: at most its kind's length, inside the contract's service hours.
 * The signed-in user organises it.
 */
export async function scheduleMeeting(
  options: SuccessDeps & SuccessRequest & { meeting: MeetingInput },
): Promise<AccountMeeting> {
  const { record, calendar } = await successContract({ ...options, action: 'success.manage' });
  const input = options.meeting;
  const clientId = record.contract.clientId;
  const organizer = await options.users.findById(actingUser(options.actor));
  const meeting = agreeMeeting(calendar, {
    id: options.ids.newId(),
    contractId: options.contractId,
    clientId,
    kind: input.kind,
    start: input.start,
    minutes: input.minutes,
    agenda: input.agenda.map((text): AgendaItem => ({ text })),
    organizer: { name: organizer?.name ?? '', email: organizer?.email ?? '' },
    attendees: await attendeesOf(options, clientId, input.contactIds),
  });
  const at = options.clock.now();
  return options.transact(async (tx) => {
    await tx.success.saveMeeting(meeting, at);
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'account_meetings',
      resourceId: meeting.id,
    });
    return meeting;
  });
}
