/**
 * The estimates agents attach to planned work (issue 14, monthly planning): minutes of work on a
 * ticket, planned for one period of the contract's calendar. The planning report forecasts a
 * month from the estimates planned for it, so an estimate must be a sane number of minutes and
 * its period one whose consumption is still to come: neither closed in the ledger nor over.
 */
import { type Contract, type Period, periodOf, scheduleOf } from '../contracts/index.js';
import { invalidInput } from '../errors.js';
import { closedPeriodKeys, type LedgerEntry } from '../hour-bank/index.js';
import type { TicketStatus } from '../tickets/status.js';
import type { LocalDate } from '../time/index.js';
import { reportError } from './errors.js';

/** The longest estimate of one piece of work: 100 days of minutes. */
export const maxEstimateMinutes = 100 * 24 * 60;

/** Checks an estimate: a whole number of minutes from 1 to {@link maxEstimateMinutes}, named by `path`. */
export function checkEstimateMinutes(value: number, path: string): void {
  if (!Number.isSafeInteger(value) || value < 1 || value > maxEstimateMinutes)
    throw invalidInput(path, `must be a whole number of minutes from 1 to ${maxEstimateMinutes}`);
}

/** Whether a ticket's work is still to be done (a resolved or closed ticket's work is in the ledger). */
export function isPlannable(status: TicketStatus): boolean {
  return status !== 'resolved' && status !== 'closed';
}

/**
 * The period an estimate is planned for: the contract's period holding `day`, which must not be
 * closed in the ledger nor be over on `today` (the contract's local day).
 */
export function plannedPeriod(
  contract: Contract,
  entries: readonly LedgerEntry[],
  day: LocalDate,
  today: LocalDate,
): Period {
  const period = periodOf(scheduleOf(contract), day, 'period');
  if (closedPeriodKeys(entries).has(period.key))
    throw reportError(
      'period_closed',
      { period: period.key },
      `the period from ${period.key} is closed: its consumption is final`,
      'period',
    );
  if (period.lastDay < today)
    throw reportError(
      'period_over',
      { period: period.key, today },
      `the period from ${period.key} is over: plan work from today's period on`,
      'period',
    );
  return period;
}
