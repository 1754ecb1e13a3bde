import { z } from 'zod';
import {
  type Contract,
  checkContractStart,
  periodByIndex,
  scheduleOf,
  validateContract,
} from '../../domain/contracts/index.js';
import { invalidInput } from '../../domain/errors.js';
import { missingGrants } from '../../domain/hour-bank/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import { parsePlanParams, planParamsSchema } from '../../domain/plans/params.js';
import { assertCalendarsDefined } from '../calendars/index.js';
import {
  authorise,
  authorOf,
  type Origin,
  rebasePath,
  recordChange,
  recordEvent,
} from '../shared/index.js';
import { closeEndedPeriods } from './close-due-periods.js';
import { contractSigned } from './events.js';
import { contractContextOf } from './load-contract-context.js';
import type { ContractRecord, ContractsDeps } from './ports.js';

/** A new contract as an account manager enters it. */
export interface NewContract {
  clientId: string;
  planId: string;
  name: string;
  start: string;
  end: string | null;
  /** Plan parameters that differ for this client. */
  overrides: Record<string, unknown>;
}

/**
 * Signs a client on a plan from a date: the contract keeps a snapshot of the plan's parameters
 * (with any overrides) and gets its first period's hours in the same transaction; a contract
 * signed from a past date (at most a year back) has its ended periods closed at once, so
 * today's hours are there. The calendars its terms name must exist.
 */
export async function createContract(
  options: ContractsDeps & { actor: Principal; origin: Origin; input: NewContract },
): Promise<ContractRecord> {
  const { actor, input } = options;
  authorise(actor, 'contracts.manage');
  const client = await options.organisations.findById(input.clientId);
  if (client?.kind !== 'client') throw invalidInput('clientId', 'no such client');
  const plan = await options.plans.findById(input.planId);
  if (!plan) throw invalidInput('planId', 'no such plan');
  const base = z.encode(planParamsSchema, plan.params);
  const params = parsePlanParams({ ...base, ...input.overrides }, 'overrides');
  const contract: Contract = {
    id: options.ids.newId(),
    clientId: client.id,
    start: input.start,
    end: input.end,
    plan: params,
    amendments: [],
  };
  rebasePath(() => validateContract(contract), 'contract.', '');
  if (contract.end !== null && contract.end <= contract.start)
    throw invalidInput('end', 'must be after start');
  const at = options.clock.now();
  const unsaved = { contract, name: input.name, planId: plan.id, createdAt: at };
  await assertCalendarsDefined(options.calendars, params, 'overrides');
  const { today } = await contractContextOf({ ...options, record: unsaved });
  checkContractStart(contract.start, today);
  return options.transact(async (tx) => {
    const record = await tx.contracts.create({
      ...contract,
      planId: plan.id,
      name: input.name,
      at,
    });
    const grants = missingGrants(contract, [], periodByIndex(scheduleOf(contract), 0));
    await tx.ledger.append(contract.id, grants, authorOf(actor), at);
    await closeEndedPeriods(tx, { ...options, record, today, at });
    const change = { resourceType: 'contracts', resourceId: contract.id };
    await recordChange(tx, { ...options, at, ...change });
    await recordEvent(tx, options.ids, at, contractSigned, {
      contractId: contract.id,
      clientId: client.id,
      start: contract.start,
    });
    return record;
  });
}
