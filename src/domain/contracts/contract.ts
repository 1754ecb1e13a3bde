/**
 * Contracts: a client on a plan from a date, with dated amendments. Every rule is read from
 * the version in force on the day it applies ({@link contractVersionAt}).
 *
 * Amendments:
 * - `temporary_growth`: +N minutes in each of M periods, from the period containing `from`
 *   (seed 002: "hacer crecer el contrato de manera momentánea, por un mes o dos"); its grant
 *   is dated `from` in the first period, the period start afterwards.
 * - `prepaid_hours`: a one-off grant on `on`; it expires like that period's allotment.
 * - `parameter_change`: plan fields that change from `from` on (the period unit cannot).
 *
 * Conflicts (DomainError `conflict`): two growths covering the same period (whether they
 * add up or replace each other is ambiguous: amend the first instead), and two parameter
 * changes from the same date setting the same field to different values.
 */
import { z } from 'zod';
import { DomainError, invalidInput } from '../errors.js';
import { isMoney, type Money, nonNegativeMoneySchema } from '../money.js';
import {
  applyPlanChange,
  type PlanChange,
  type PlanParams,
  parseOrThrow,
  planChangeSchema,
  planParamsSchema,
} from '../plans/params.js';
import { addMonths, type LocalDate, localDateSchema } from '../time/local-date.js';
import { contractError } from './errors.js';
import { type Period, type PeriodSchedule, periodOf } from './periods.js';

/** Extra hours for a few periods (the period containing `from` and the next ones). */
export interface TemporaryGrowth {
  readonly id: string;
  readonly kind: 'temporary_growth';
  readonly from: LocalDate;
  readonly extraMinutesPerPeriod: number;
  readonly periods: number;
}

/** A one-off grant of hours bought on `on` (price kept for the invoice, if agreed). */
export interface PrepaidHours {
  readonly id: string;
  readonly kind: 'prepaid_hours';
  readonly on: LocalDate;
  readonly minutes: number;
  readonly price: Money | null;
}

/** Plan fields that change from a date on. */
export interface ParameterChange {
  readonly id: string;
  readonly kind: 'parameter_change';
  readonly from: LocalDate;
  readonly changes: PlanChange;
}

/** Any dated amendment of a contract. */
export type Amendment = TemporaryGrowth | PrepaidHours | ParameterChange;

/** A client on a plan from `start` (until `end`, exclusive, when it is known). */
export interface Contract {
  readonly id: string;
  readonly clientId: string;
  readonly start: LocalDate;
  readonly end: LocalDate | null;
  readonly plan: PlanParams;
  readonly amendments: readonly Amendment[];
}

const id = z.string().trim().min(1).max(200);
const minutesPerGrant = z.number().int().positive().max(1_000_000);

/** zod schema of one amendment in JSON form. */
export const amendmentSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id,
    kind: z.literal('temporary_growth'),
    from: localDateSchema,
    extraMinutesPerPeriod: minutesPerGrant,
    periods: z.number().int().min(1).max(120),
  }),
  z.strictObject({
    id,
    kind: z.literal('prepaid_hours'),
    on: localDateSchema,
    minutes: minutesPerGrant,
    price: nonNegativeMoneySchema.nullable(),
  }),
  z.strictObject({
    id,
    kind: z.literal('parameter_change'),
    from: localDateSchema,
    changes: planChangeSchema,
  }),
]);

/** zod schema of a contract in JSON form (cross-checks are in {@link validateContract}). */
export const contractSchema = z.strictObject({
  id,
  clientId: id,
  start: localDateSchema,
  end: localDateSchema.nullable(),
  plan: planParamsSchema,
  amendments: z.array(amendmentSchema).max(1000),
});

/** Parses and validates a contract from JSON; errors name the field under `path`. */
export function parseContract(input: unknown, path = 'contract'): Contract {
  const contract: Contract = parseOrThrow(contractSchema, input, path);
  validateContract(contract, path);
  return contract;
}

/** The period schedule of a contract (its start and the plan's period unit). */
export function scheduleOf(contract: Contract): PeriodSchedule {
  return { start: contract.start, unit: contract.plan.period };
}

/** The date an amendment takes effect, and the field that holds it (errors name it). */
export function amendmentDate(amendment: Amendment): { date: LocalDate; field: 'on' | 'from' } {
  return amendment.kind === 'prepaid_hours'
    ? { date: amendment.on, field: 'on' }
    : { date: amendment.from, field: 'from' };
}

/** How far back a contract may start: its ended periods are all closed at once when it is signed. */
export const maxBackdatingMonths = 12;

/**
 * Refuses a contract starting more than {@link maxBackdatingMonths} before `today` (invalid_input
 * at `start`): every ended period is closed at once from the contract's rules, so a longer
 * history is not replayed but carried in — start within the year, and bring older hours in with
 * an adjustment.
 */
export function checkContractStart(start: LocalDate, today: LocalDate): void {
  const earliest = addMonths(today, -maxBackdatingMonths);
  if (start < earliest) {
    throw invalidInput(
      'start',
      `${start} is more than ${maxBackdatingMonths} months before today (${today}); start on ${earliest} or later and carry older hours in with an adjustment`,
    );
  }
}

/** Checks the day work is logged for: inside the contract, and not after today (work is logged once done). */
export function checkWorkDate(contract: Contract, on: LocalDate, today: LocalDate): void {
  if (on < contract.start) throw invalidInput('on', `the contract starts on ${contract.start}`);
  if (contract.end !== null && on >= contract.end) {
    throw contractError(
      'contract_ended',
      { end: contract.end },
      `the contract ended on ${contract.end}`,
      'on',
    );
  }
  if (on > today) throw invalidInput('on', `${on} is after today (${today}): log work once done`);
}

/** Indexes of the first and last period a temporary growth covers. */
export function growthPeriodRange(contract: Contract, growth: TemporaryGrowth): [number, number] {
  const first = periodOf(scheduleOf(contract), growth.from).index;
  return [first, first + growth.periods - 1];
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) =>
    sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

function leaves(value: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !isMoney(value)) {
    for (const [key, inner] of Object.entries(value)) leaves(inner, `${prefix}.${key}`, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

function checkDates(contract: Contract, path: string): void {
  if (contract.end !== null && contract.end <= contract.start) {
    throw invalidInput(`${path}.end`, `must be after the start (${contract.start})`);
  }
  const ids = new Set<string>();
  contract.amendments.forEach((amendment, index) => {
    const at = `${path}.amendments[${index}]`;
    if (ids.has(amendment.id))
      throw invalidInput(`${at}.id`, `duplicate amendment id "${amendment.id}"`);
    ids.add(amendment.id);
    const { date, field } = amendmentDate(amendment);
    if (date < contract.start || (contract.end !== null && date >= contract.end)) {
      throw invalidInput(
        `${at}.${field}`,
        `${date} is outside the contract (${contract.start} – ${contract.end ?? 'open'})`,
      );
    }
  });
}

function checkGrowthOverlaps(contract: Contract, path: string): void {
  const growths = contract.amendments.filter(
    (a): a is TemporaryGrowth => a.kind === 'temporary_growth',
  );
  const ranges = growths.map((growth) => ({ growth, range: growthPeriodRange(contract, growth) }));
  for (const [i, a] of ranges.entries()) {
    for (const b of ranges.slice(i + 1)) {
      if (a.range[0] <= b.range[1] && b.range[0] <= a.range[1]) {
        throw new DomainError(
          'conflict',
          `temporary growths "${a.growth.id}" and "${b.growth.id}" cover the same period; amend one instead`,
          `${path}.amendments`,
        );
      }
    }
  }
}

function checkParameterChanges(contract: Contract, path: string): void {
  const seen = new Map<string, { id: string; value: unknown }>();
  const changes = sortedChanges(contract);
  for (const { change } of changes) {
    for (const [field, value] of leaves(change.changes, '', new Map())) {
      const key = `${change.from}${field}`;
      const earlier = seen.get(key);
      if (earlier && !sameValue(earlier.value, value)) {
        throw new DomainError(
          'conflict',
          `parameter changes "${earlier.id}" and "${change.id}" set ${field.slice(1)} differently from ${change.from}`,
          `${path}.amendments`,
        );
      }
      seen.set(key, { id: change.id, value });
    }
  }
  changes.reduce(
    (plan, { change, index }) =>
      applyPlanChange(plan, change.changes, `${path}.amendments[${index}].changes`),
    contract.plan,
  );
}

/** Checks dates, growth overlaps and parameter changes; throws invalid_input or conflict. */
export function validateContract(contract: Contract, path = 'contract'): void {
  checkDates(contract, path);
  checkGrowthOverlaps(contract, path);
  checkParameterChanges(contract, path);
}

/** Parameter changes by date (stable: same-date changes keep their order), with their index. */
function sortedChanges(contract: Contract): { change: ParameterChange; index: number }[] {
  return contract.amendments
    .flatMap((change, index) => (change.kind === 'parameter_change' ? [{ change, index }] : []))
    .toSorted((a, b) =>
      a.change.from < b.change.from ? -1 : a.change.from > b.change.from ? 1 : 0,
    );
}

/** The rules in force on one day: the plan after its parameter changes, and the period's growth. */
export interface ContractVersion {
  readonly contractId: string;
  readonly date: LocalDate;
  readonly period: Period;
  readonly plan: PlanParams;
  /** Temporary growth granted in this period, in minutes (0 when none). */
  readonly growthMinutes: number;
  /** Amendments that shaped this version, oldest first. */
  readonly amendmentIds: readonly string[];
}

/** The contract version in force on `date` (validates the contract first). */
export function contractVersionAt(contract: Contract, date: LocalDate): ContractVersion {
  validateContract(contract);
  const period = periodOf(scheduleOf(contract), date);
  const changes = sortedChanges(contract).filter(({ change }) => change.from <= date);
  const growths = contract.amendments.filter((a): a is TemporaryGrowth => {
    if (a.kind !== 'temporary_growth') return false;
    const [first, last] = growthPeriodRange(contract, a);
    return period.index >= first && period.index <= last;
  });
  return {
    contractId: contract.id,
    date,
    period,
    plan: changes.reduce(
      (plan, { change }) => applyPlanChange(plan, change.changes),
      contract.plan,
    ),
    growthMinutes: growths.reduce((sum, growth) => sum + growth.extraMinutesPerPeriod, 0),
    amendmentIds: [
      ...changes.map(({ change }) => change.id),
      ...growths.map((growth) => growth.id),
    ],
  };
}
