/**
 * The biweekly monitoring report (seed 002, "CADA 15 DÍAS, INFINITY ENVÍA UN REPORTE"; issue 14
 * report 3): the platform metrics of the window with the change since the last report and an
 * alert where a threshold is crossed, the window's tickets ("con solicitante, tiempo de
 * respuesta, tiempo de solución y estado"), the hours used, and the account manager's
 * recommendations.
 *
 * Windows are 15 days counted from the contract's start, so every report covers the same days
 * whatever day it is generated on. A metric's value in a window is its last reading dated in it.
 */

import { type Contract, periodOf, scheduleOf } from '../contracts/index.js';
import { invalidInput } from '../errors.js';
import { balanceAt, type LedgerEntry } from '../hour-bank/index.js';
import type { TicketStatus } from '../tickets/status.js';
import type { Criticality, TicketKind } from '../tickets/vocabulary.js';
import { addDays, type LocalDate, parseLocalDate } from '../time/index.js';
import {
  crosses,
  type MetricKey,
  type MetricReading,
  type MetricUnit,
  type MonitoringSetup,
  platformMetrics,
  type Threshold,
  unitOf,
} from './metrics.js';
import { type ContractLedger, deductionsIn, indexLedger } from './statement-ledger.js';

/** Days in a monitoring window. */
export const windowDays = 15;

/** A monitoring window: `index` counted from the contract's start, days `start` … `lastDay`. */
export interface MonitoringWindow {
  readonly index: number;
  readonly start: LocalDate;
  /** First day after the window. */
  readonly end: LocalDate;
  readonly lastDay: LocalDate;
}

/** The window with a given index. */
export function windowByIndex(contractStart: LocalDate, index: number): MonitoringWindow {
  const start = addDays(contractStart, index * windowDays);
  const end = addDays(start, windowDays);
  return { index, start, end, lastDay: addDays(end, -1) };
}

/** The window containing `date` (invalid_input at `date` before the contract). */
export function windowOf(contractStart: LocalDate, date: LocalDate): MonitoringWindow {
  parseLocalDate(date, 'date');
  if (date < contractStart)
    throw invalidInput('date', `${date} is before the contract starts (${contractStart})`);
  const days = Math.round((Date.parse(date) - Date.parse(contractStart)) / 86_400_000);
  return windowByIndex(contractStart, Math.floor(days / windowDays));
}

/** A ticket of the window as the report lists it (times in business seconds of the contract). */
export interface MonitoredTicket {
  readonly ticketRef: string;
  readonly title: string | null;
  readonly requester: string | null;
  readonly kind: TicketKind;
  readonly criticality: Criticality;
  readonly status: TicketStatus;
  /** Epoch milliseconds. */
  readonly openedAt: number;
  /** Until the first response; null while there is none. */
  readonly responseSeconds: number | null;
  /** Until resolution; null while unresolved. */
  readonly resolutionSeconds: number | null;
}

/** One metric of the report. */
export interface MetricRow {
  readonly metric: MetricKey;
  readonly unit: MetricUnit;
  /** The completeness rule's agreed label (null for platform metrics). */
  readonly label: string | null;
  readonly value: number | null;
  readonly measuredOn: LocalDate | null;
  readonly previous: number | null;
  /** value − previous, in hundredths; null unless both exist. */
  readonly change: number | null;
  readonly thresholds: readonly Threshold[];
  /** The thresholds the value crosses. */
  readonly alerts: readonly Threshold[];
}

/** The biweekly monitoring report. */
export interface MonitoringReport {
  readonly contractId: string;
  readonly window: MonitoringWindow;
  readonly previousWindow: MonitoringWindow | null;
  readonly metrics: readonly MetricRow[];
  /** How many metrics raise an alert. */
  readonly alertCount: number;
  /** Oldest first. */
  readonly tickets: readonly MonitoredTicket[];
  readonly ticketsByStatus: Readonly<Partial<Record<TicketStatus, number>>>;
  readonly hours: {
    readonly periodKey: string;
    /** Deducted in the window. */
    readonly usedInWindowMinutes: number;
    /** Deducted from the hour-bank period's start to the window's last day. */
    readonly usedInPeriodMinutes: number;
    readonly availableMinutes: number;
    readonly pendingMinutes: number;
  };
  readonly recommendations: string;
}

/** What the report is built from. */
export interface MonitoringInput extends ContractLedger {
  /** Any day of the window to report. */
  readonly date: LocalDate;
  readonly setup: MonitoringSetup;
  readonly readings: readonly MetricReading[];
  readonly tickets: readonly MonitoredTicket[];
  readonly recommendations: string;
}

/** The last reading of each metric dated in `[start, end)`. */
function lastReadings(readings: readonly MetricReading[], start: LocalDate, end: LocalDate) {
  const last = new Map<MetricKey, MetricReading>();
  for (const reading of readings) {
    if (reading.on < start || reading.on >= end) continue;
    const known = last.get(reading.metric);
    if (known === undefined || reading.on >= known.on) last.set(reading.metric, reading);
  }
  return last;
}

/** The metrics shown: every platform metric, then every agreed completeness rule. */
function shownMetrics(setup: MonitoringSetup): { metric: MetricKey; label: string | null }[] {
  return [
    ...Object.keys(platformMetrics).map((metric) => ({ metric: metric as MetricKey, label: null })),
    ...setup.rules.map((rule) => ({
      metric: `completeness:${rule.key}` as MetricKey,
      label: rule.label,
    })),
  ];
}

/** The monitoring report of the window containing `date` (see the module comment). */
export function monitoringReport(input: MonitoringInput): MonitoringReport {
  const { contract, setup } = input;
  const window = windowOf(contract.start, input.date);
  const previousWindow =
    window.index === 0 ? null : windowByIndex(contract.start, window.index - 1);
  const current = lastReadings(input.readings, window.start, window.end);
  const previous = previousWindow
    ? lastReadings(input.readings, previousWindow.start, previousWindow.end)
    : new Map();
  const metrics = shownMetrics(setup).map(({ metric, label }): MetricRow => {
    const reading = current.get(metric);
    const value = reading?.hundredths ?? null;
    const before = previous.get(metric)?.hundredths ?? null;
    const thresholds = setup.thresholds.filter((t) => t.metric === metric);
    return {
      metric,
      unit: unitOf(metric, setup.rules) ?? 'count',
      label,
      value,
      measuredOn: reading?.on ?? null,
      previous: before,
      change: value !== null && before !== null ? value - before : null,
      thresholds,
      alerts: value === null ? [] : thresholds.filter((t) => crosses(t, value)),
    };
  });
  const tickets = [...input.tickets].sort((a, b) => a.openedAt - b.openedAt);
  const ticketsByStatus: Partial<Record<TicketStatus, number>> = {};
  for (const ticket of tickets)
    ticketsByStatus[ticket.status] = (ticketsByStatus[ticket.status] ?? 0) + 1;
  return {
    contractId: contract.id,
    window,
    previousWindow,
    metrics,
    alertCount: metrics.filter((m) => m.alerts.length > 0).length,
    tickets,
    ticketsByStatus,
    hours: hoursOfWindow(contract, input.entries, window),
    recommendations: input.recommendations.trim(),
  };
}

function hoursOfWindow(
  contract: Contract,
  entries: readonly LedgerEntry[],
  window: MonitoringWindow,
) {
  const period = periodOf(scheduleOf(contract), window.lastDay);
  const index = indexLedger(entries);
  const minutes = (start: LocalDate) =>
    deductionsIn(entries, index, { start, end: window.end }).reduce(
      (sum, d) => sum + d.entry.minutes,
      0,
    );
  const balance = balanceAt(contract, entries, window.lastDay);
  return {
    periodKey: period.key,
    usedInWindowMinutes: minutes(window.start),
    usedInPeriodMinutes: minutes(period.start),
    availableMinutes: balance.availableMinutes,
    pendingMinutes: balance.pendingMinutes,
  };
}
