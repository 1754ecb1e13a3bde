/**
 * How a project is funded from the hour bank (seed 002 §4, "Implementaciones"): first the idle
 * hours — those that would otherwise expire ("evitando que esas horas disponibles se pierdan por
 * caducidad"), as the monthly planning meeting sees them — then, for the rest, a temporary
 * growth of one or two months or prepaid hours at the plan's rate (growth.ts).
 *
 * The bank draws every deduction from its oldest usable grant first, so project work logged
 * through the ledger spends the hours that would expire first without any rule of its own.
 */

import type { Contract } from '../contracts/index.js';
import { invalidInput } from '../errors.js';
import { balanceAt, type LedgerEntry } from '../hour-bank/index.js';
import { type Money, multiplyByMinutes } from '../money.js';
import type { LocalDate } from '../time/index.js';
import { hourlyRate } from './growth.js';

/** The hours the bank will lose at the end of the period, net of what tickets will still use. */
export interface IdleHours {
  readonly on: LocalDate;
  /** The day they expire: the first day after the period. */
  readonly expiresOn: LocalDate;
  /** Minutes that expire at the period's end unless used. */
  readonly expiringMinutes: number;
  /** Consumption awaiting the client's approval (deducted first when approved). */
  readonly pendingMinutes: number;
  /** Ticket work the planning meeting expects for the rest of the period. */
  readonly forecastMinutes: number;
  /** What a project can use without touching hours that would survive the period. */
  readonly idleMinutes: number;
}

/** The idle hours on `on`, given the ticket work forecast for the rest of the period. */
export function idleHours(
  contract: Contract,
  entries: readonly LedgerEntry[],
  on: LocalDate,
  forecastMinutes: number,
): IdleHours {
  if (!Number.isSafeInteger(forecastMinutes) || forecastMinutes < 0) {
    throw invalidInput('forecastMinutes', 'must be a whole number of minutes ≥ 0');
  }
  const balance = balanceAt(contract, entries, on);
  const expiring = balance.expiringAtPeriodEnd;
  return {
    on,
    expiresOn: balance.period.end,
    expiringMinutes: expiring,
    pendingMinutes: balance.pendingMinutes,
    forecastMinutes,
    idleMinutes: Math.max(0, expiring - balance.pendingMinutes - forecastMinutes),
  };
}

/** How the rest of a budget, beyond the idle hours, is to be covered. */
export type TopUpRequest =
  | { readonly kind: 'temporary_growth'; readonly months: number }
  | { readonly kind: 'prepaid_hours' }
  | { readonly kind: 'none' };

/** What a top-up adds and costs. */
export type TopUp =
  | {
      readonly kind: 'temporary_growth';
      readonly months: number;
      readonly minutesPerMonth: number;
      readonly pricePerMonth: Money;
    }
  | { readonly kind: 'prepaid_hours'; readonly minutes: number; readonly price: Money };

/** A project's funding, in minutes. */
export interface FundingPlan {
  readonly budgetMinutes: number;
  readonly fromIdleMinutes: number;
  readonly topUp: TopUp | null;
  /** Minutes neither idle hours nor a top-up cover: they come from the period's own hours. */
  readonly fromBankMinutes: number;
}

/** Minutes rounded up to whole hours: growth and prepaid hours are sold by the hour. */
function wholeHours(minutes: number): number {
  return Math.ceil(minutes / 60) * 60;
}

/** Idle hours first, then the top-up (in whole hours, priced at the plan's rate on `on`). */
export function planFunding(
  contract: Contract,
  budgetMinutes: number,
  idle: IdleHours,
  request: TopUpRequest,
): FundingPlan {
  if (!Number.isSafeInteger(budgetMinutes) || budgetMinutes < 1) {
    throw invalidInput('budgetMinutes', 'must be a whole number of minutes ≥ 1');
  }
  const fromIdleMinutes = Math.min(budgetMinutes, idle.idleMinutes);
  const rest = budgetMinutes - fromIdleMinutes;
  const plan = { budgetMinutes, fromIdleMinutes, topUp: null, fromBankMinutes: rest };
  if (rest === 0 || request.kind === 'none') return plan;
  const rate = hourlyRate(contract, idle.on);
  if (request.kind === 'prepaid_hours') {
    const minutes = wholeHours(rest);
    const topUp: TopUp = {
      kind: 'prepaid_hours',
      minutes,
      price: multiplyByMinutes(rate, minutes),
    };
    return { ...plan, topUp, fromBankMinutes: 0 };
  }
  if (request.months !== 1 && request.months !== 2) {
    throw invalidInput('topUp.months', 'a temporary growth lasts one or two months (seed 002)');
  }
  const minutesPerMonth = wholeHours(Math.ceil(rest / request.months));
  const topUp: TopUp = {
    kind: 'temporary_growth',
    months: request.months,
    minutesPerMonth,
    pricePerMonth: multiplyByMinutes(rate, minutesPerMonth),
  };
  return { ...plan, topUp, fromBankMinutes: 0 };
}
