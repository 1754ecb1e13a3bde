import { type Ceremony, moveCeremony as move } from '../../domain/agency/index.js';
import { DomainError } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import type { Origin } from '../shared/index.js';
import { actingPerson, changeAccount } from './account.js';
import { inviteesOf, queueInvitations } from './invite.js';
import type { AgencyDeps } from './ports.js';

/**
 * Moves a ceremony by agreement (seed 004 §2.3) to a new start inside service hours, recording
 * who moved it and why; its iCalendar sequence goes up so subscribed calendars replace it, and
 * each attendee is mailed the updated invitation.
 */
export async function moveCeremony(
  options: AgencyDeps & {
    actor: Principal;
    origin: Origin;
    contractId: string;
    key: string;
    start: number;
    reason: string;
  },
): Promise<Ceremony> {
  const account = await options.agency.findAccount(options.contractId);
  const invitees = await inviteesOf(options.users, account?.people ?? []);
  return changeAccount(options, 'agency.agree', async ({ tx, contract, now }) => {
    const found = (await tx.agency.ceremonies(options.contractId)).find(
      (ceremony) => ceremony.key === options.key,
    );
    if (found === undefined) throw new DomainError('not_found', 'no such ceremony');
    const moved = move(contract.calendar, found, {
      start: options.start,
      movedBy: actingPerson(options.actor),
      reason: options.reason,
      at: now,
    });
    await tx.agency.saveCeremonies(options.contractId, [moved]);
    await queueInvitations(options, tx, {
      contract,
      ceremonies: [moved],
      method: 'request',
      invitees,
      now,
    });
    return { result: moved, resourceType: 'agency_ceremonies', resourceId: moved.key };
  });
}
