import type { Actor } from '../../domain/identity/policy.js';
import { visibleOrganisationIds } from '../identity/index.js';
import { authorise } from '../shared/index.js';
import { contractInReach } from './load-contract-context.js';
import type { ContractRecord, ContractsDeps } from './ports.js';

/** The contracts the actor can see, optionally of one client. */
export async function listContracts(
  options: Pick<ContractsDeps, 'contracts'> & { actor: Actor; clientId?: string | undefined },
): Promise<ContractRecord[]> {
  authorise(options.actor, 'contracts.read');
  const visible = visibleOrganisationIds(options.actor);
  const { clientId } = options;
  if (clientId === undefined) return options.contracts.list(visible);
  return options.contracts.list(visible && !visible.includes(clientId) ? [] : [clientId]);
}

/** One contract the actor can see. */
export async function readContract(
  options: Pick<ContractsDeps, 'contracts'> & { actor: Actor; contractId: string },
): Promise<ContractRecord> {
  return contractInReach({ ...options, action: 'contracts.read' });
}

/** The authorised requesters of a contract the actor can see. */
export async function readRequesters(
  options: Pick<ContractsDeps, 'contracts'> & { actor: Actor; contractId: string },
): Promise<string[]> {
  const record = await readContract(options);
  return options.contracts.requesters(record.contract.id);
}
