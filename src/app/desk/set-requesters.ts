import { invalidInput } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { contractInReach } from '../hour-bank/contract-in-reach.js';
import type { ContractRepository } from '../hour-bank/ports.js';
import type { UserRepository } from '../ports.js';
import type { TicketRepository } from './ports.js';

/**
 * Sets who may open tickets on a contract (seed 002: the "Contraparte", at most N per plan):
 * people of the contract's client, no more than the plan allows.
 */
export async function setRequesters(options: {
  contracts: ContractRepository;
  users: UserRepository;
  tickets: TicketRepository;
  actor: Actor;
  contractId: string;
  userIds: readonly string[];
}): Promise<string[]> {
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
  await options.tickets.setRequesters(contract.id, unique);
  return unique;
}
