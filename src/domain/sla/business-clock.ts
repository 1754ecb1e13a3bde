/**
 * What the SLA clocks need from a business calendar, declared here structurally so that this
 * module depends on no particular calendar engine (the one in `src/domain/calendar` fits).
 * Instants are epoch milliseconds; durations are open seconds.
 */

/** A compiled business calendar, as far as the SLA clocks use it. */
export interface BusinessClock {
  /** The earliest instant by which `seconds` of open time have passed since `atMs`. */
  add(atMs: number, seconds: number): number;
  /** Open seconds in `[fromMs, toMs]`. */
  between(fromMs: number, toMs: number): number;
  /** Whether the service is open at `atMs`. */
  isOpen(atMs: number): boolean;
  /** `atMs` if open, else the start of the next open interval. */
  nextOpen(atMs: number): number;
}

/** Which calendar a clock measures on: the contract's business hours, or 24/7 for urgencies. */
export const calendarKeys = ['business', 'urgent'] as const;
/** One of {@link calendarKeys}. */
export type CalendarKey = (typeof calendarKeys)[number];

/** The calendars a ticket's SLA is measured on; `urgent` (24/7) is needed only when urgencies have a target. */
export interface SlaCalendars {
  readonly business: BusinessClock;
  readonly urgent?: BusinessClock;
}
