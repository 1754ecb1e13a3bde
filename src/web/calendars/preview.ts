/**
 * Lays open intervals (UTC instants from `GET /api/calendars/:id/open-intervals`) out as a week
 * of local days in the calendar's zone: one column per day with blocks in minutes since midnight.
 */
import { wallTime } from '../../domain/time/time-zone.js';
import { addDays, isoDate, type LocalDate, startOfDay } from './zone.js';

/** An open stretch within one local day, in minutes since local midnight (end 1440 = midnight). */
export interface Block {
  startMinute: number;
  endMinute: number;
}

/** One local day of the preview. */
export interface DayColumn {
  date: LocalDate;
  blocks: Block[];
}

/** The instants a week preview asks the API for: local Monday 00:00 to the next Monday 00:00. */
export function weekRange(monday: LocalDate, timeZone: string): { from: number; to: number } {
  return { from: startOfDay(monday, timeZone), to: startOfDay(addDays(monday, 7), timeZone) };
}

/** Splits intervals at local midnights and files each piece under its local day. */
export function weekColumns(
  monday: LocalDate,
  intervals: readonly { start: number; end: number }[],
  timeZone: string,
): DayColumn[] {
  const columns = Array.from({ length: 7 }, (_, i) => ({
    date: addDays(monday, i),
    blocks: [] as Block[],
  }));
  const byDate = new Map(columns.map((column) => [isoDate(column.date), column]));
  for (const interval of intervals) {
    let at = interval.start;
    while (at < interval.end) {
      const wall = wallTime(at, timeZone);
      const midnight = startOfDay(addDays(wall, 1), timeZone);
      if (midnight <= at) break;
      const end = Math.min(interval.end, midnight);
      const endWall = wallTime(end, timeZone);
      byDate.get(isoDate(wall))?.blocks.push({
        startMinute: wall.hour * 60 + wall.minute,
        endMinute: end === midnight ? 24 * 60 : endWall.hour * 60 + endWall.minute,
      });
      at = end;
    }
  }
  return columns;
}

/** `HH:MM` for minutes since midnight (1440 is `24:00`). */
export function clockText(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
