/**
 * The ceremonies of seed 004 §2.3 as data: who attends (with the sponsors the seed requires),
 * how long they last, and what happens to them after scheduling — moved by agreement (who moved
 * it, why, from where to where), cancelled by the agency (who, why, when) and held (minutes
 * with who actually attended).
 */
import { invalidInput } from '../errors.js';
import { type AgencyCalendar, fitsServiceHours, type Span } from './agency-calendar.js';
import { AgencyRuleError } from './errors.js';

/** Every ceremony: moment zero's three, the sprint's two, the periodic two, impasse follow-ups. */
export const ceremonyKinds = [
  'kickoff',
  'inception',
  'release_plan',
  'refinement',
  'review',
  'monthly_report',
  'quarterly_strategy',
  'impasse_follow_up',
] as const;

/** One of {@link ceremonyKinds}. */
export type CeremonyKind = (typeof ceremonyKinds)[number];

/**
 * Minutes per ceremony. Seed 004 fixes the monthly report (1.5 h) and the quarterly strategy
 * (2 h); the others are defaults a contract may change.
 */
export const defaultCeremonyMinutes: Readonly<Record<CeremonyKind, number>> = {
  kickoff: 60,
  inception: 120,
  release_plan: 60,
  refinement: 60,
  review: 60,
  monthly_report: 90,
  quarterly_strategy: 120,
  impasse_follow_up: 60,
};

/** Which side's sponsors must attend (§2.3.4, §2.3.5: the client's; §5: both sides'). */
export const sponsorsRequired: Readonly<Record<CeremonyKind, readonly Side[]>> = {
  kickoff: [],
  inception: [],
  release_plan: [],
  refinement: [],
  review: [],
  monthly_report: ['client'],
  quarterly_strategy: ['client'],
  impasse_follow_up: ['agency', 'client'],
};

/** The two parties of the agreement. */
export type Side = 'agency' | 'client';

/** A person's part in the account. */
export type AccountRole = 'sponsor' | 'decision_maker' | 'strategist' | 'member';

/** Someone on the account, as the ceremonies need them. */
export interface Person {
  readonly personId: string;
  readonly side: Side;
  readonly role: AccountRole;
}

/** An invited person and whether the ceremony needs them. */
export interface Attendee extends Person {
  readonly required: boolean;
}

/** A move agreed by both sides: from where to where, who asked, why, when it was agreed. */
export interface CeremonyMove {
  readonly from: Span;
  readonly to: Span;
  readonly movedBy: string;
  readonly reason: string;
  readonly at: number;
}

/** What was said and decided, and who actually attended. */
export interface Minutes {
  readonly recordedBy: string;
  readonly recordedAt: number;
  readonly summary: string;
  readonly decisions: readonly string[];
  readonly attended: readonly string[];
  /** Required attendees (sponsors included) who did not attend. */
  readonly absentRequired: readonly string[];
}

/** Why a ceremony will not take place: who cancelled it, why, when. */
export interface CeremonyCancellation {
  readonly cancelledBy: string;
  readonly reason: string;
  readonly at: number;
}

/** A scheduled ceremony; `key` is stable (e.g. `sprint-3/review`) and names it in feeds. */
export interface Ceremony {
  readonly key: string;
  readonly kind: CeremonyKind;
  readonly slot: Span;
  /** Where the rules place it (e.g. the sprint's second week); a move may leave it. */
  readonly window: Span;
  readonly attendees: readonly Attendee[];
  readonly status: 'scheduled' | 'held' | 'cancelled';
  /** iCalendar SEQUENCE: 0 when scheduled, +1 per move and on cancelling. */
  readonly sequence: number;
  readonly moves: readonly CeremonyMove[];
  readonly minutes: Minutes | null;
  /** Set when cancelled (absent on ceremonies stored before cancelling existed). */
  readonly cancellation?: CeremonyCancellation | null;
}

/**
 * Who a ceremony invites from the account's people: everyone, with the required sponsors and
 * (for sprint ceremonies) the client's decision-maker and the agency's strategists required.
 */
export function attendeesFor(kind: CeremonyKind, people: readonly Person[]): Attendee[] {
  const sponsorsOf = sponsorsRequired[kind];
  const sprintWork = kind === 'refinement' || kind === 'review';
  return people.map((person) => ({
    ...person,
    required:
      (person.role === 'sponsor' && sponsorsOf.includes(person.side)) ||
      person.role === 'strategist' ||
      (person.role === 'decision_maker' && (sprintWork || sponsorsOf.length === 0)),
  }));
}

/** Fails with `sponsors_missing` when a side whose sponsors the ceremony needs has none invited. */
export function checkSponsors(kind: CeremonyKind, attendees: readonly Attendee[]): void {
  const missing = sponsorsRequired[kind].filter(
    (side) => !attendees.some((a) => a.side === side && a.role === 'sponsor'),
  );
  if (missing.length > 0) {
    throw new AgencyRuleError(
      'sponsors_missing',
      { kind, sides: missing },
      `${kind} needs the sponsors of: ${missing.join(', ')}`,
      'attendees',
    );
  }
}

function nonEmpty(text: string, path: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw invalidInput(path, 'must not be empty');
  return trimmed;
}

function checkOpen(ceremony: Ceremony): void {
  if (ceremony.status !== 'scheduled') {
    throw new AgencyRuleError(
      ceremony.status === 'held' ? 'ceremony_closed' : 'ceremony_cancelled',
      { key: ceremony.key },
      `already ${ceremony.status}`,
    );
  }
}

/** What a move by agreement says. */
export interface MoveRequest {
  readonly start: number;
  readonly movedBy: string;
  readonly reason: string;
  readonly at: number;
}

/** Moves a ceremony by agreement to `start` (same length), inside service hours; records the move. */
export function moveCeremony(
  calendar: AgencyCalendar,
  ceremony: Ceremony,
  move: MoveRequest,
): Ceremony {
  checkOpen(ceremony);
  const reason = nonEmpty(move.reason, 'reason');
  const to = { start: move.start, end: move.start + (ceremony.slot.end - ceremony.slot.start) };
  if (!fitsServiceHours(calendar, to)) {
    throw new AgencyRuleError(
      'outside_service_hours',
      { start: to.start, end: to.end },
      'a ceremony must lie wholly inside service hours',
      'start',
    );
  }
  const record = { from: ceremony.slot, to, movedBy: move.movedBy, reason, at: move.at };
  return {
    ...ceremony,
    slot: to,
    sequence: ceremony.sequence + 1,
    moves: [...ceremony.moves, record],
  };
}

/** What cancelling says: who, why, when. */
export interface CancelRequest {
  readonly cancelledBy: string;
  readonly reason: string;
  readonly at: number;
}

/**
 * Cancels a ceremony that has not been held: it keeps its UID and its slot, and its SEQUENCE
 * goes up so that a METHOD:CANCEL invitation replaces the attendees' copy.
 */
export function cancelCeremony(ceremony: Ceremony, request: CancelRequest): Ceremony {
  checkOpen(ceremony);
  const reason = nonEmpty(request.reason, 'reason');
  return {
    ...ceremony,
    status: 'cancelled',
    sequence: ceremony.sequence + 1,
    cancellation: { cancelledBy: request.cancelledBy, reason, at: request.at },
  };
}

/** What the minutes of a held ceremony say. */
export interface MinutesRequest {
  readonly recordedBy: string;
  readonly at: number;
  readonly summary: string;
  readonly decisions?: readonly string[];
  readonly attended: readonly string[];
}

/** Records the minutes of a ceremony that has begun; required absentees are listed, not refused. */
export function recordMinutes(ceremony: Ceremony, request: MinutesRequest): Ceremony {
  checkOpen(ceremony);
  if (request.at < ceremony.slot.start) {
    throw new AgencyRuleError(
      'wrong_state',
      { key: ceremony.key, start: ceremony.slot.start },
      'minutes are recorded once the ceremony has begun',
      'at',
    );
  }
  const attended = [...new Set(request.attended)];
  const absentRequired = ceremony.attendees
    .filter((a) => a.required && !attended.includes(a.personId))
    .map((a) => a.personId);
  const minutes: Minutes = {
    recordedBy: request.recordedBy,
    recordedAt: request.at,
    summary: nonEmpty(request.summary, 'summary'),
    decisions: (request.decisions ?? []).map((d, i) => nonEmpty(d, `decisions[${i}]`)),
    attended,
    absentRequired,
  };
  return { ...ceremony, status: 'held', minutes };
}
