import { assignCsm, type CsmAssignment } from '../../domain/customer-success/index.js';
import { DomainError } from '../../domain/errors.js';
import type { LocalDate } from '../../domain/time/index.js';
import { authorOf, recordChange } from '../shared/index.js';
import type { SuccessDeps } from './ports.js';
import { type SuccessRequest, successContract } from './success-contract.js';

/**
 * Makes a provider account manager the CSM of the contract's client from `from` (today by
 * default). Refused for an indirect client: its partner is its first line (seed 001).
 */
export async function assignContractCsm(
  options: SuccessDeps & SuccessRequest & { csmUserId: string; from?: LocalDate | undefined },
): Promise<CsmAssignment[]> {
  const { account, today } = await successContract({ ...options, action: 'success.manage' });
  const user = await options.users.findById(options.csmUserId);
  if (user === undefined || !user.active) {
    throw new DomainError('not_found', 'no such user', 'csmUserId');
  }
  const current = await options.success.assignments(account.organisationId);
  const next = assignCsm(
    current,
    account,
    { userId: user.id, role: user.role },
    options.from ?? today,
  );
  const at = options.clock.now();
  return options.transact(async (tx) => {
    await tx.success.saveAssignments(account.organisationId, next, authorOf(options.actor), at);
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'csm_assignments',
      resourceId: account.organisationId,
    });
    return next;
  });
}
