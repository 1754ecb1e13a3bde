import { DomainError } from '../../domain/errors.js';
import { type Action, type Actor, can } from '../../domain/identity/policy.js';
import type { ContractRecord, ContractRepository } from './ports.js';

/** Loads a contract the actor may act on; another client's contract reads as not found. */
export async function contractInReach(options: {
  contracts: ContractRepository;
  actor: Actor;
  action: Action;
  contractId: string;
}): Promise<ContractRecord> {
  const record = await options.contracts.find(options.contractId);
  if (
    !record ||
    !can(options.actor, options.action, { organisationId: record.contract.clientId })
  ) {
    throw new DomainError('not_found', 'no such contract');
  }
  return record;
}
