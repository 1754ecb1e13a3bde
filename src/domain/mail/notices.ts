/**
 * When an automatic notice may go. Where the contract says so, notices to people wait for the
 * service calendar to open (a breach at 23:00 on a Friday is mailed on Monday at opening time,
 * a known complaint about other desks); urgencies never wait (seed 004: answered even off-hours).
 */

/** The one thing a notice asks of a calendar: the first open instant at or after `at`. */
export interface OpeningHours {
  nextOpen(at: number): number;
}

/** What decides when a notice goes. */
export interface NoticeTiming {
  /** The contract's plan keeps notices to its service hours. */
  readonly inServiceHours: boolean;
  /** The ticket is an urgency (24/7). */
  readonly urgent: boolean;
  /** The contract's business calendar. */
  readonly calendar: OpeningHours;
}

/** The instant (epoch ms) a notice created at `now` may be sent. */
export function noticeSendAt(timing: NoticeTiming, now: number): number {
  if (!timing.inServiceHours || timing.urgent) return now;
  return timing.calendar.nextOpen(now);
}
