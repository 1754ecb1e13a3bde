/**
 * Schedule shifts (seed 004 §2.2, §3.3, §4). When the client answers a delivery late, every
 * deliverable downstream of it (directly or through others) that is not yet delivered moves by
 * the business time of the delay; when a missing input is provided, every deliverable that
 * needs it and was not yet delivered moves by the business time the suspension lasted (unless
 * it was already overdue when the suspension began). Each move is recorded with its cause. The
 * agency's own delays move nothing: they are recorded as facts against it (deliverables.ts).
 *
 * Several late answers upstream of one deliverable add up: each is a separate recorded shift.
 */
import type { AgencyCalendar } from './agency-calendar.js';
import type { ClientDelay, Deliverable } from './deliverables.js';
import { downstreamOf } from './dependencies.js';
import type { EndedSuspension, InputKey } from './inputs.js';

/** Why a deliverable's date moved. */
export type ShiftCause =
  | {
      readonly kind: 'late_client_answer';
      readonly deliverableId: string;
      readonly approvalDue: number;
      readonly answeredAt: number;
    }
  | {
      readonly kind: 'input_suspension';
      readonly inputKey: InputKey;
      readonly since: number;
      readonly until: number;
    };

/** One recorded move of a deliverable's due instant by `businessSeconds`. */
export interface ScheduleShift {
  readonly from: number;
  readonly to: number;
  readonly businessSeconds: number;
  readonly cause: ShiftCause;
}

const movable = new Set(['planned', 'in_progress', 'changes_requested']);

function shift(
  calendar: AgencyCalendar,
  deliverable: Deliverable,
  seconds: number,
  cause: ShiftCause,
): Deliverable {
  if (seconds <= 0) return deliverable;
  const to = calendar.clock.add(deliverable.due, seconds);
  const record = { from: deliverable.due, to, businessSeconds: seconds, cause };
  return { ...deliverable, due: to, shifts: [...deliverable.shifts, record] };
}

/** Moves the deliverables downstream of a late client answer by its business-time delay. */
export function shiftForClientDelay(
  calendar: AgencyCalendar,
  deliverables: readonly Deliverable[],
  delay: ClientDelay,
): Deliverable[] {
  const downstream = downstreamOf(deliverables, delay.deliverableId);
  const cause = {
    kind: 'late_client_answer',
    deliverableId: delay.deliverableId,
    approvalDue: delay.approvalDue,
    answeredAt: delay.answeredAt,
  } as const;
  return deliverables.map((d) =>
    downstream.has(d.id) && movable.has(d.state) ? shift(calendar, d, delay.lateSeconds, cause) : d,
  );
}

/** Moves the deliverables that needed an input by the business time it was missing. */
export function shiftForSuspension(
  calendar: AgencyCalendar,
  deliverables: readonly Deliverable[],
  suspension: EndedSuspension,
): Deliverable[] {
  const seconds = calendar.clock.between(suspension.since, suspension.until);
  const cause = { kind: 'input_suspension', ...suspension } as const;
  return deliverables.map((d) =>
    d.needsInputs.includes(suspension.inputKey) && movable.has(d.state) && suspension.since < d.due
      ? shift(calendar, d, seconds, cause)
      : d,
  );
}
