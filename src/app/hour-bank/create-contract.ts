import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  type Contract,
  periodByIndex,
  scheduleOf,
  validateContract,
} from '../../domain/contracts/index.js';
import { invalidInput } from '../../domain/errors.js';
import { missingGrants } from '../../domain/hour-bank/index.js';
import { parsePlanParams, planParamsSchema } from '../../domain/plans/params.js';
import { rebasePath } from '../error-paths.js';
import type { CalendarRepository, Clock, OrganisationRepository } from '../ports.js';
import { closeDuePeriods } from './close-due-periods.js';
import type { ContractRecord, ContractRepository, PlanRepository } from './ports.js';

/**
 * Signs a client on a plan from a date: the contract keeps a snapshot of the plan's parameters
 * (with any overrides) and gets its first period's hours in the same transaction; a contract
 * signed from a past date has its ended periods closed at once, so today's hours are there.
 */
export async function createContract(options: {
  contracts: ContractRepository;
  plans: PlanRepository;
  organisations: OrganisationRepository;
  calendars: CalendarRepository;
  clock: Clock;
  clientId: string;
  planId: string;
  name: string;
  start: string;
  end: string | null;
  overrides: Record<string, unknown>;
  by: string | null;
}): Promise<ContractRecord> {
  const client = await options.organisations.findById(options.clientId);
  if (client?.kind !== 'client') throw invalidInput('clientId', 'no such client');
  const plan = await options.plans.findById(options.planId);
  if (!plan) throw invalidInput('planId', 'no such plan');
  const base = z.encode(planParamsSchema, plan.params);
  const params = parsePlanParams({ ...base, ...options.overrides }, 'overrides');
  const contract: Contract = {
    id: randomUUID(),
    clientId: client.id,
    start: options.start,
    end: options.end,
    plan: params,
    amendments: [],
  };
  rebasePath(() => validateContract(contract), 'contract.', '');
  if (contract.end !== null && contract.end <= contract.start)
    throw invalidInput('end', 'must be after start');
  const grants = missingGrants(contract, [], periodByIndex(scheduleOf(contract), 0));
  const record = await options.contracts.create({
    id: contract.id,
    clientId: client.id,
    planId: plan.id,
    name: options.name,
    start: contract.start,
    end: contract.end,
    plan: params,
    at: options.clock.now(),
    initialEntries: grants,
    by: options.by,
  });
  await closeDuePeriods({ ...options, contractIds: [record.contract.id] });
  return record;
}
