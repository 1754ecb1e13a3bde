/**
 * Customer-success meetings on the contract's business calendar:
 * - the quarterly review of seed 001 ("Las reuniones periódicas, generalmente reuniones
 *   trimestrales, se llevan a cabo con el objetivo de supervisar el proyecto y asegurar que
 *   evoluciona acorde a tu plan"): one per contract quarter, in its last two weeks, an hour;
 * - the monthly planning of seed 002 ("Una vez al mes … una reunión (de no más de 2 horas)",
 *   "preparando el mes venidero"): one per contract month, in its last week, two hours at most.
 * Each is placed at the preferred time (09:00 unless told) of the first business day of its
 * window, or the next free stretch of service hours, never over another meeting; the calendar is
 * the agency module's contract calendar, so business days and slots are computed one way.
 */

// findSlot is not in the agency module's public index yet (see the report of this branch).
import { findSlot } from '../agency/agency-calendar.js';
import {
  type AgencyCalendar,
  businessDaysIn,
  type Span,
  startOfDate,
  wallTimeOn,
} from '../agency/index.js';
import { invalidInput } from '../errors.js';
import { addDays, addMonths, type LocalDate } from '../time/index.js';
import { customerSuccessError } from './errors.js';

/** The two recurring meetings. */
export const meetingKinds = ['quarterly_review', 'monthly_planning'] as const;
/** One of {@link meetingKinds}. */
export type MeetingKind = (typeof meetingKinds)[number];

/** Default length in minutes; the monthly planning may not exceed its default (seed 002). */
export const meetingMinutes: Readonly<Record<MeetingKind, number>> = {
  quarterly_review: 60,
  monthly_planning: 120,
};

/** Where one meeting may go. */
export interface MeetingWindow {
  /** Stable per contract: `quarter-2/quarterly_review`, `month-3/monthly_planning`. */
  readonly key: string;
  readonly kind: MeetingKind;
  readonly window: Span;
  readonly firstDay: LocalDate;
}

/** The windows of one kind of meeting from the contract's start up to `until` (exclusive). */
export function meetingWindows(
  calendar: AgencyCalendar,
  kind: MeetingKind,
  contractStart: LocalDate,
  until: LocalDate,
): MeetingWindow[] {
  const months = kind === 'quarterly_review' ? 3 : 1;
  const days = kind === 'quarterly_review' ? 14 : 7;
  const label = kind === 'quarterly_review' ? 'quarter' : 'month';
  const windows: MeetingWindow[] = [];
  for (let n = 1; ; n++) {
    const end = addMonths(contractStart, n * months);
    const from = addDays(end, -days);
    if (from >= until) break;
    const [firstDay] = businessDaysIn(calendar, from, end);
    if (firstDay === undefined) continue;
    windows.push({
      key: `${label}-${n}/${kind}`,
      kind,
      window: { start: startOfDate(calendar, from), end: startOfDate(calendar, end) },
      firstDay,
    });
  }
  return windows;
}

/** How meetings are placed. */
export interface PlacementOptions {
  /** `HH:MM`, where each search starts; 09:00 by default. */
  readonly preferredTime?: string;
  readonly minutes?: Partial<Record<MeetingKind, number>>;
  /** Meetings already booked on the contract (agency ceremonies, other CS meetings). */
  readonly taken?: readonly Span[];
}

/** A placed meeting: its window's key and kind, and its slot. */
export interface PlacedMeeting {
  readonly key: string;
  readonly kind: MeetingKind;
  readonly slot: Span;
}

/** The length of a kind of meeting: whole minutes from 15 to 240, the monthly planning two hours at most. */
export function lengthOf(kind: MeetingKind, minutes?: number): number {
  const length = minutes ?? meetingMinutes[kind];
  if (!Number.isInteger(length) || length < 15 || length > 240) {
    throw invalidInput(`minutes.${kind}`, 'whole minutes from 15 to 240');
  }
  if (kind === 'monthly_planning' && length > meetingMinutes.monthly_planning) {
    throw customerSuccessError(
      'meeting_too_long',
      { kind, minutes: length, max: meetingMinutes.monthly_planning },
      'the monthly planning lasts two hours at most',
      `minutes.${kind}`,
    );
  }
  return length;
}

/**
 * Places every window's meeting in order, each avoiding `taken` and those placed before it.
 * Fails with `no_service_time` when a window has no free stretch long enough.
 */
export function placeMeetings(
  calendar: AgencyCalendar,
  windows: readonly MeetingWindow[],
  options: PlacementOptions = {},
): PlacedMeeting[] {
  const taken = [...(options.taken ?? [])];
  return windows.map((window) => {
    const minutes = lengthOf(window.kind, options.minutes?.[window.kind]);
    const start = wallTimeOn(calendar, window.firstDay, options.preferredTime ?? '09:00');
    const slot =
      findSlot(calendar, { within: { start, end: window.window.end }, minutes, taken }) ??
      findSlot(calendar, { within: window.window, minutes, taken });
    if (slot === null) {
      throw customerSuccessError(
        'no_service_time',
        { key: window.key, minutes },
        `no ${minutes}-minute stretch of service hours for ${window.key}`,
      );
    }
    taken.push(slot);
    return { key: window.key, kind: window.kind, slot };
  });
}
