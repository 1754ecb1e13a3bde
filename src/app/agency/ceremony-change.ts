/**
 * What every change to one scheduled ceremony does: find it by key under the account's lock,
 * change it by a domain rule, save it, and mail its attendees the new version of the invitation
 * (REQUEST or CANCEL) when the change is one their calendars must hear of.
 */
import type { Ceremony } from '../../domain/agency/index.js';
import { DomainError } from '../../domain/errors.js';
import type { Action, Principal } from '../../domain/identity/policy.js';
import type { Origin } from '../shared/index.js';
import { type AccountChange, changeAccount } from './account.js';
import type { EventInvitation } from './invitation-ports.js';
import { inviteesOf, queueInvitations } from './invite.js';
import type { AgencyDeps } from './ports.js';

/** Who changes which ceremony (by its stable key) of which contract, through which door. */
export interface CeremonyRequest {
  readonly actor: Principal;
  readonly origin: Origin;
  readonly contractId: string;
  readonly key: string;
}

/**
 * Applies `change` to the ceremony `options.key` as `action`, audited on the ceremony; with a
 * `method`, each attendee is mailed the changed ceremony's invitation.
 */
export async function changeCeremony(
  options: AgencyDeps & CeremonyRequest,
  action: Action,
  method: EventInvitation['method'] | null,
  change: (ceremony: Ceremony, account: AccountChange) => Ceremony,
): Promise<Ceremony> {
  const account = await options.agency.findAccount(options.contractId);
  const invitees = await inviteesOf(options.users, method ? (account?.people ?? []) : []);
  return changeAccount(options, action, async (within) => {
    const { tx, contract, now } = within;
    const found = (await tx.agency.ceremonies(options.contractId)).find(
      (ceremony) => ceremony.key === options.key,
    );
    if (found === undefined) throw new DomainError('not_found', 'no such ceremony');
    const changed = change(found, within);
    await tx.agency.saveCeremonies(options.contractId, [changed]);
    if (method !== null) {
      await queueInvitations(options, tx, {
        contract,
        ceremonies: [changed],
        method,
        invitees,
        now,
      });
    }
    return { result: changed, resourceType: 'agency_ceremonies', resourceId: changed.key };
  });
}
