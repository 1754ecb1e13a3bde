import { invalidInput } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import { type Origin, recordChange } from '../shared/index.js';
import { contractInReach } from './load-contract-context.js';
import type { ContractsDeps } from './ports.js';

/**
 * Sets who may open tickets on a contract (seed 002: the "Contraparte", at most N per plan):
 * people of the contract's client, no more than the plan allows.
 */
export async function setRequesters(
  options: Pick<ContractsDeps, 'clock' | 'contracts' | 'users' | 'transact'> & {
    actor: Principal;
    origin: Origin;
    contractId: string;
    userIds: readonly string[];
  },
): Promise<string[]> {
  const record = await contractInReach({ ...options, action: 'requesters.manage' });
  const { contract } = record;
  const unique = [...new Set(options.userIds)];
  const limit = contract.plan.maxRequesters;
  if (limit !== null && unique.length > limit) {
    throw invalidInput(
      'userIds',
      `the plan allows at most ${limit} authorised requesters; ${unique.length} given`,
    );
  }
  for (const [index, userId] of unique.entries()) {
    const user = await options.users.findById(userId);
    if (user?.organisationId !== contract.clientId) {
      throw invalidInput(`userIds[${index}]`, 'is not a person of the contract’s client');
    }
  }
  const at = options.clock.now();
  await options.transact(async (tx) => {
    await tx.contracts.setRequesters(contract.id, unique);
    await recordChange(tx, { ...options, at, resourceType: 'contracts', resourceId: contract.id });
  });
  return unique;
}
