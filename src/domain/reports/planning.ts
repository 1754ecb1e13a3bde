/**
 * The monthly planning report (seed 002, "Planificación frecuente": "preparando el mes venidero
 * con posibles mejoras o correcciones previamente identificadas, determinando con antelación
 * cuánto será el consumo del servicio de tickets"; issue 14 report 4): hours used against hours
 * granted over the last months, the coming month's consumption forecast from the work planned
 * for it (each estimate charged as the plan would: minimum, cap, free kinds), the idle hours
 * that would expire, and the implementation proposals that could spend them ("usar la
 * disponibilidad sobrante del servicio para ejecutar esos proyectos").
 *
 * Planned work comes from the estimates agents attach to open tickets (estimates.ts), planned
 * for a period: work planned for the current period counts in the rest of it. Proposals are the
 * contract's open quotes and active projects; they draw on the idle hours in the order given.
 */

import {
  type Contract,
  contractVersionAt,
  type Period,
  periodByIndex,
  periodOf,
  scheduleOf,
} from '../contracts/index.js';
import { invalidInput } from '../errors.js';
import {
  balanceAt,
  type ChargeReason,
  chargeTicket,
  estimateNeedsQuote,
  grantsForPeriod,
  type LedgerEntry,
  statement,
} from '../hour-bank/index.js';
import { type Money, multiplyByMinutes } from '../money.js';
import { type IdleHours, idleHours, planFunding } from '../projects/funding.js';
import type { QuoteState } from '../quotes/index.js';
import type { TicketKind } from '../tickets/vocabulary.js';
import { isLocalDate, type LocalDate } from '../time/index.js';
import { checkEstimateMinutes } from './estimates.js';
import type { ContractLedger } from './statement-ledger.js';

/** Work an agent planned, with its estimate. */
export interface PlannedWork {
  readonly ticketRef: string;
  readonly title: string | null;
  readonly kind: TicketKind;
  readonly estimateMinutes: number;
  /** The day it is planned for (an estimate's period start for work planned for a whole period). */
  readonly plannedFor: LocalDate;
}

/** An implementation proposal to spend idle hours on: an open quote or an active project. */
export interface Proposal {
  readonly ref: string;
  readonly title: string;
  readonly estimateMinutes: number;
  readonly source: 'quote' | 'project';
  /** The quote's state (draft, sent, approved) or `active` for a project with budget left. */
  readonly state: QuoteState | 'active';
}

/** Planned work as the bank would charge it. */
export interface ForecastLine extends PlannedWork {
  readonly chargedMinutes: number;
  readonly reasons: readonly ChargeReason[];
  /** Past the plan's maximum per ticket: a quote, not a ticket (seed 002). */
  readonly needsQuote: boolean;
}

/** One past period: granted against used. */
export interface UsagePoint {
  readonly period: Period;
  readonly closed: boolean;
  readonly grantedMinutes: number;
  readonly consumedMinutes: number;
  readonly expiredMinutes: number;
  readonly overageMinutes: number;
}

/** The monthly planning report. */
export interface PlanningReport {
  readonly contractId: string;
  readonly date: LocalDate;
  readonly period: Period;
  readonly nextPeriod: Period;
  /** Oldest first, the current period last. */
  readonly usage: readonly UsagePoint[];
  /** Planned for the rest of the current period. */
  readonly restOfPeriod: readonly ForecastLine[];
  /** Planned for the coming period. */
  readonly forecast: readonly ForecastLine[];
  readonly forecastMinutes: number;
  readonly idle: IdleHours;
  readonly next: {
    /** Of today's balance, what is still usable when the next period starts, after this period's planned work. */
    readonly carriedMinutes: number;
    readonly grantMinutes: number;
    readonly availableMinutes: number;
    /** Forecast beyond what will be available: billed as overage unless more hours are bought. */
    readonly shortfallMinutes: number;
    readonly shortfallAmount: Money | null;
  };
  readonly proposals: readonly (Proposal & {
    readonly fromIdleMinutes: number;
    readonly restMinutes: number;
  })[];
}

/** What the report is built from. */
export interface PlanningInput extends ContractLedger {
  /** The meeting's day. */
  readonly date: LocalDate;
  /** How many periods the usage history shows, the current one included. */
  readonly periods: number;
  readonly planned: readonly PlannedWork[];
  readonly proposals: readonly Proposal[];
}

/** An estimate charged as the plan in force on its day would charge the work (in entries of at most a day). */
function forecastLine(contract: Contract, work: PlannedWork): ForecastLine {
  const version = contractVersionAt(contract, work.plannedFor);
  const days = Math.ceil(work.estimateMinutes / 1440);
  const entries = Array.from({ length: days }, (_, i) => ({
    kind: work.kind,
    minutes: Math.min(1440, work.estimateMinutes - i * 1440),
    firstContact: true,
    conversationId: null,
  }));
  const charges = chargeTicket(entries, version);
  return {
    ...work,
    chargedMinutes: charges.reduce((sum, c) => sum + c.minutes, 0),
    reasons: charges.flatMap((c) => c.reasons),
    needsQuote:
      estimateNeedsQuote(work.estimateMinutes, version) || charges.some((c) => c.quoteRequired),
  };
}

function usageOf(contract: Contract, entries: readonly LedgerEntry[], period: Period): UsagePoint {
  const s = statement(contract, entries, period);
  return {
    period,
    closed: s.closed,
    grantedMinutes: s.granted.total,
    consumedMinutes: s.consumed.total,
    expiredMinutes: s.expiredMinutes,
    overageMinutes: s.overage.minutes,
  };
}

function sumCharged(lines: readonly ForecastLine[]): number {
  return lines.reduce((sum, line) => sum + line.chargedMinutes, 0);
}

/** The planning report of the period containing `date` (see the module comment). */
export function planningReport(input: PlanningInput): PlanningReport {
  const { contract, entries, date } = input;
  if (!Number.isSafeInteger(input.periods) || input.periods < 1 || input.periods > 24)
    throw invalidInput('periods', 'must be a whole number from 1 to 24');
  const schedule = scheduleOf(contract);
  const period = periodOf(schedule, date);
  const nextPeriod = periodByIndex(schedule, period.index + 1);
  input.planned.forEach((work, i) => {
    checkEstimateMinutes(work.estimateMinutes, `planned[${i}].estimateMinutes`);
    if (
      !isLocalDate(work.plannedFor) ||
      work.plannedFor < period.start ||
      work.plannedFor >= nextPeriod.end
    )
      throw invalidInput(
        `planned[${i}].plannedFor`,
        `must be a day from ${period.start} to ${nextPeriod.lastDay}`,
      );
  });
  input.proposals.forEach((p, i) => {
    checkEstimateMinutes(p.estimateMinutes, `proposals[${i}].estimateMinutes`);
  });
  const lines = input.planned.map((work) => forecastLine(contract, work));
  const restOfPeriod = lines.filter((l) => l.plannedFor < period.end);
  const forecast = lines.filter((l) => l.plannedFor >= nextPeriod.start);
  const idle = idleHours(contract, entries, date, sumCharged(restOfPeriod));
  const balance = balanceAt(contract, entries, date);
  const surviving = balance.availableMinutes - idle.expiringMinutes;
  const usedNow = idle.pendingMinutes + idle.forecastMinutes;
  const carriedMinutes = Math.max(0, surviving - Math.max(0, usedNow - idle.expiringMinutes));
  const grantMinutes = grantsForPeriod(contract, nextPeriod).reduce((sum, g) => sum + g.minutes, 0);
  const forecastMinutes = sumCharged(forecast);
  const shortfallMinutes = Math.max(0, forecastMinutes - carriedMinutes - grantMinutes);
  const rate = contractVersionAt(contract, nextPeriod.start).plan.overageRatePerHour;
  let idleLeft = idle.idleMinutes;
  const proposals = input.proposals.map((proposal) => {
    const funding = planFunding(
      contract,
      proposal.estimateMinutes,
      { ...idle, idleMinutes: idleLeft },
      { kind: 'none' },
    );
    idleLeft -= funding.fromIdleMinutes;
    return {
      ...proposal,
      fromIdleMinutes: funding.fromIdleMinutes,
      restMinutes: funding.fromBankMinutes,
    };
  });
  const first = Math.max(0, period.index - input.periods + 1);
  return {
    contractId: contract.id,
    date,
    period,
    nextPeriod,
    usage: Array.from({ length: period.index - first + 1 }, (_, i) =>
      usageOf(contract, entries, periodByIndex(schedule, first + i)),
    ),
    restOfPeriod,
    forecast,
    forecastMinutes,
    idle,
    next: {
      carriedMinutes,
      grantMinutes,
      availableMinutes: carriedMinutes + grantMinutes,
      shortfallMinutes,
      shortfallAmount: rate === null ? null : multiplyByMinutes(rate, shortfallMinutes),
    },
    proposals,
  };
}
