/**
 * Hour-bank periods: consecutive months or years counted from the contract's start date,
 * each `[start, end)` in local dates. Period `i` starts `i` months (or years) after the
 * contract's start, the day clamped to the month's length but always counted from the
 * original day (a contract from 31 January has periods from 28/29 February, 31 March, …).
 */
import { invalidInput } from '../errors.js';
import type { PeriodUnit } from '../plans/params.js';
import { addDays, addMonths, type LocalDate, laterOf, monthsBetween } from '../time/local-date.js';

/** Where the periods of a contract come from: its start date and the plan's period unit. */
export interface PeriodSchedule {
  readonly start: LocalDate;
  readonly unit: PeriodUnit;
}

/** One hour-bank period. `key` (its start date) names it in ledger entries. */
export interface Period {
  readonly index: number;
  readonly key: string;
  readonly start: LocalDate;
  /** First day after the period (exclusive end). */
  readonly end: LocalDate;
  /** Last day inside the period. */
  readonly lastDay: LocalDate;
}

function monthsPerPeriod(unit: PeriodUnit): number {
  return unit === 'year' ? 12 : 1;
}

/** The period with a given index (0 is the one starting on the contract's start date). */
export function periodByIndex(schedule: PeriodSchedule, index: number): Period {
  if (!Number.isSafeInteger(index) || index < 0)
    throw invalidInput('period.index', 'must be a whole number ≥ 0');
  const step = monthsPerPeriod(schedule.unit);
  const start = addMonths(schedule.start, index * step);
  const end = addMonths(schedule.start, (index + 1) * step);
  return { index, key: start, start, end, lastDay: addDays(end, -1) };
}

/** The period containing `date`; dates before the contract's start are invalid_input at `path`. */
export function periodOf(schedule: PeriodSchedule, date: LocalDate, path = 'date'): Period {
  if (date < schedule.start)
    throw invalidInput(path, `${date} is before the contract starts (${schedule.start})`);
  const guess = Math.floor(monthsBetween(schedule.start, date) / monthsPerPeriod(schedule.unit));
  const candidate = periodByIndex(schedule, guess);
  return candidate.start > date ? periodByIndex(schedule, guess - 1) : candidate;
}

/** The periods that overlap the days `from` … `to` (both included), in order. */
export function listPeriods(schedule: PeriodSchedule, from: LocalDate, to: LocalDate): Period[] {
  if (to < from) throw invalidInput('to', `must not be before ${from}`);
  const periods: Period[] = [];
  let period = periodOf(schedule, from < schedule.start ? schedule.start : from, 'from');
  while (period.start <= to) {
    periods.push(period);
    period = periodByIndex(schedule, period.index + 1);
  }
  return periods;
}

/**
 * The period a statement, balance or compliance report for `date` covers. Reports exist for the
 * periods that have begun by `today` (the one under way is a projection) and lie within the
 * contract (`end` exclusive); a later date is invalid_input at `path` saying how far reports reach.
 */
export function reportedPeriod(
  schedule: PeriodSchedule,
  end: LocalDate | null,
  date: LocalDate,
  today: LocalDate,
  path = 'date',
): Period {
  const afterContract = () =>
    invalidInput(path, `${date} is on or after the contract's end (${end})`);
  if (end !== null && date >= end && end <= today) throw afterContract();
  const current = periodOf(schedule, laterOf(today, schedule.start));
  if (date >= current.end) {
    throw invalidInput(
      path,
      `${date} is in a period that has not begun: reports reach the period under way (${current.start} – ${current.lastDay}); the next begins on ${current.end}`,
    );
  }
  if (end !== null && date >= end) throw afterContract();
  return periodOf(schedule, date, path);
}
