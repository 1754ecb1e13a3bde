import {
  type AccountRequest,
  type AccountRequestKind,
  type AccountRequestStatus,
  moveAccountRequest,
  raiseAccountRequest,
} from '../../domain/customer-success/index.js';
import { DomainError } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import { recordChange } from '../shared/index.js';
import type { SuccessDeps } from './ports.js';
import { actingUser, type SuccessRequest, successContract } from './success-contract.js';

/** The actor as the domain's requester (the installation acts as provider staff). */
function requesterOf(actor: Principal) {
  return 'userId' in actor
    ? { userId: actor.userId, organisationId: actor.organisationId, role: actor.role }
    : { userId: 'system', organisationId: '', role: 'provider_admin' as const };
}

/**
 * A change of the account asked for (seed 001: parameters, additional services, renewal): by
 * the client's decision-maker in the portal (an indirect client's partner for it), or by staff.
 */
export async function raiseRequest(
  options: SuccessDeps & SuccessRequest & { kind: AccountRequestKind; description: string },
): Promise<AccountRequest> {
  const { calendar, account } = await successContract({ ...options, action: 'success.request' });
  const at = options.clock.now();
  const request = raiseAccountRequest(calendar, account, requesterOf(options.actor), {
    id: options.ids.newId(),
    contractId: options.contractId,
    kind: options.kind,
    description: options.description,
    at: at.getTime(),
  });
  return options.transact(async (tx) => {
    await tx.success.saveRequest(request);
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'account_requests',
      resourceId: request.id,
    });
    return request;
  });
}

/** Staff accept, decline (saying why) or complete a request; who and when are kept. */
export async function moveRequest(
  options: SuccessDeps &
    SuccessRequest & { requestId: string; status: AccountRequestStatus; note: string },
): Promise<AccountRequest> {
  await successContract({ ...options, action: 'success.manage' });
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const request = await tx.success.lockRequest(options.requestId);
    if (request?.contractId !== options.contractId) {
      throw new DomainError('not_found', 'no such account request');
    }
    const moved = moveAccountRequest(request, {
      status: options.status,
      by: actingUser(options.actor),
      at: at.getTime(),
      note: options.note,
    });
    await tx.success.saveRequest(moved);
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'account_requests',
      resourceId: moved.id,
    });
    return moved;
  });
}
