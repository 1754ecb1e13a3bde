/**
 * Revision rounds counted per deliverable and per month (seed 004 §3.3, §5), as both sides see
 * them: a month is a calendar month of the contract's zone, and a round belongs to the month
 * in which the client asked for it.
 */
import { type AgencyCalendar, dateOf } from './agency-calendar.js';
import type { Deliverable } from './deliverables.js';
import { countRounds, type RoundCount } from './rounds.js';

/** One deliverable's rounds: all of them, and those asked in the month. */
export interface DeliverableRounds {
  readonly deliverableId: string;
  readonly total: RoundCount;
  readonly inMonth: RoundCount;
}

/** A month's rounds: per deliverable (those with rounds in it) and in total. */
export interface MonthRounds {
  readonly month: string;
  readonly deliverables: readonly DeliverableRounds[];
  readonly inMonth: RoundCount;
}

/** The rounds of `month` (`YYYY-MM`) across a contract's deliverables. */
export function roundsInMonth(
  calendar: AgencyCalendar,
  deliverables: readonly Deliverable[],
  month: string,
): MonthRounds {
  const ofMonth = (d: Deliverable) =>
    d.rounds.filter((round) => dateOf(calendar, round.requestedAt).startsWith(`${month}-`));
  const rows = deliverables
    .map((d) => ({
      deliverableId: d.id,
      total: countRounds(d.rounds),
      inMonth: countRounds(ofMonth(d)),
    }))
    .filter((row) => row.inMonth.rounds > 0);
  return { month, deliverables: rows, inMonth: countRounds(deliverables.flatMap(ofMonth)) };
}
