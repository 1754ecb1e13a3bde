/**
 * Hours bought for a project (seed 002 §4): "el Cliente podrá prepagar horas adicionales durante
 * un número de meses, usando la tarifa asociada al «Valor por hora de servicio». Acabado el
 * número de meses, el contrato regresa al valor acordado originalmente", and "hacer crecer el
 * contrato de manera momentánea, por un mes o dos".
 *
 * Both are amendments the hour bank already knows. A temporary growth is three of them: a
 * `temporary_growth` of one or two months, a `parameter_change` raising the price by the extra
 * hours × the plan's hourly rate from the growth's first day, and one restoring the price from
 * the first day after its last month. The hours come back by themselves (a growth grants only
 * in its months). Prepaid hours are one `prepaid_hours` grant priced at the same rate.
 */

import {
  type Amendment,
  type Contract,
  contractVersionAt,
  type Period,
  periodByIndex,
  periodOf,
  scheduleOf,
  validateContract,
} from '../contracts/index.js';
import { DomainError, invalidInput } from '../errors.js';
import { addMoney, type Money, multiplyByMinutes } from '../money.js';
import type { LocalDate } from '../time/index.js';
import { ProjectsRuleError } from './errors.js';

/** What a temporary growth needs: amendment ids (from the Ids port), when, how long, how much. */
export interface GrowthRequest {
  readonly ids: { readonly growth: string; readonly raise: string; readonly restore: string };
  readonly from: LocalDate;
  /** One or two months (seed 002: "por un mes o dos"). */
  readonly months: number;
  readonly minutesPerMonth: number;
}

/** What prepaid hours need. */
export interface PrepaidRequest {
  readonly id: string;
  readonly on: LocalDate;
  readonly minutes: number;
}

/** The plan's hourly rate on a day ("Valor por hora de servicio", UF 1.10 on Infinity plans). */
export function hourlyRate(contract: Contract, on: LocalDate): Money {
  const rate = contractVersionAt(contract, on).plan.overageRatePerHour;
  if (rate === null) {
    throw new ProjectsRuleError(
      'no_hourly_rate',
      {},
      'the plan has no hourly rate to price extra hours',
    );
  }
  return rate;
}

/** The price billed for a period: the plan's price in force on its last day. */
export function priceForPeriod(contract: Contract, period: Period): Money {
  return contractVersionAt(contract, period.lastDay).plan.price;
}

function amended(contract: Contract, amendments: readonly Amendment[]): Contract {
  const next = { ...contract, amendments: [...contract.amendments, ...amendments] };
  validateContract(next);
  return next;
}

function checkMinutes(minutes: number, path: string): void {
  if (!Number.isSafeInteger(minutes) || minutes < 1) {
    throw invalidInput(path, 'must be a whole number of minutes ≥ 1');
  }
}

/** The contract grown for one or two months, its price raised then, and restored after. */
export function growContract(contract: Contract, request: GrowthRequest): Contract {
  const { ids, from, months, minutesPerMonth } = request;
  if (months !== 1 && months !== 2) {
    throw invalidInput('months', 'a temporary growth lasts one or two months (seed 002)');
  }
  checkMinutes(minutesPerMonth, 'minutesPerMonth');
  if (contract.plan.period !== 'month') {
    throw new ProjectsRuleError(
      'growth_needs_monthly_plan',
      {},
      'a temporary growth needs a monthly plan',
      'months',
    );
  }
  const schedule = scheduleOf(contract);
  const restoreOn = periodByIndex(schedule, periodOf(schedule, from, 'from').index + months).start;
  const clash = contract.amendments.find(
    (a) => a.kind === 'parameter_change' && a.changes.price && a.from > from && a.from <= restoreOn,
  );
  if (clash) {
    throw new DomainError(
      'conflict',
      `the price changes during the growth ("${clash.id}"); amend that change first`,
      'from',
    );
  }
  const price = contractVersionAt(contract, from).plan.price;
  const extra = multiplyByMinutes(hourlyRate(contract, from), minutesPerMonth);
  const amendments: Amendment[] = [
    {
      id: ids.growth,
      kind: 'temporary_growth',
      from,
      extraMinutesPerPeriod: minutesPerMonth,
      periods: months,
    },
    { id: ids.raise, kind: 'parameter_change', from, changes: { price: addMoney(price, extra) } },
  ];
  if (contract.end === null || restoreOn < contract.end) {
    amendments.push({
      id: ids.restore,
      kind: 'parameter_change',
      from: restoreOn,
      changes: { price },
    });
  }
  return amended(contract, amendments);
}

/** The contract with hours prepaid on a day at the plan's hourly rate. */
export function prepayHours(contract: Contract, request: PrepaidRequest): Contract {
  checkMinutes(request.minutes, 'minutes');
  const price = multiplyByMinutes(hourlyRate(contract, request.on), request.minutes);
  return amended(contract, [{ kind: 'prepaid_hours', price, ...request }]);
}
