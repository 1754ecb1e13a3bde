/**
 * Why a clock says what it says: a timeline of structured steps, each a machine code plus
 * parameters, so any edge can render it in its own language (see `explain.ts`). Every step has
 * `at` (epoch ms), the instant it happened or starts; steps come sorted by it.
 */
import type { Criticality, TicketKind } from '../tickets/vocabulary.js';
import type { CalendarKey } from './business-clock.js';

/** The clock began: when, the target and the calendar it is measured on. */
export interface StartedStep {
  readonly code: 'started';
  readonly at: number;
  readonly targetSeconds: number | null;
  readonly calendar: CalendarKey;
}

/** The clock began while the service was closed: it only counts from `opensAt`. */
export interface OpenedOutsideHoursStep {
  readonly code: 'opened_outside_hours';
  readonly at: number;
  readonly opensAt: number;
}

/** Codes of the steps that say the clock did not count for a while. */
export type PauseCode = 'paused_waiting_client' | 'paused_waiting_vendor' | 'paused_resolved';

/** The clock did not count from `at` to `until` (null: still paused); `businessSeconds` is the open time skipped. */
export interface PausedStep {
  readonly code: PauseCode;
  readonly at: number;
  readonly until: number | null;
  readonly businessSeconds: number;
}

/** The criticality changed: the time used is kept and the new target applies. */
export interface CriticalityChangedStep {
  readonly code: 'criticality_changed';
  readonly at: number;
  readonly from: Criticality;
  readonly to: Criticality;
  readonly usedSeconds: number;
  readonly targetSeconds: number | null;
}

/** The request was reclassified; the target (and for urgencies the calendar) may change. */
export interface KindChangedStep {
  readonly code: 'kind_changed';
  readonly at: number;
  readonly from: TicketKind;
  readonly to: TicketKind;
  readonly usedSeconds: number;
  readonly targetSeconds: number | null;
  readonly calendar: CalendarKey;
}

/** The ticket was set waiting on the client before the provider asked anything: the clock runs on. */
export interface WaitingWithoutQuestionStep {
  readonly code: 'waiting_without_question';
  readonly at: number;
}

/** An automatic public reply, which does not stop the first-response clock. */
export interface AutomaticReplyIgnoredStep {
  readonly code: 'automatic_reply_ignored';
  readonly at: number;
}

/** Codes of the steps that end a clock's run. */
export type StopCode = 'responded' | 'resolved' | 'closed' | 'client_wait_ended';

/** The clock stopped (first response given, resolved, closed, or the client's wait ended). */
export interface StoppedStep {
  readonly code: StopCode;
  readonly at: number;
  readonly usedSeconds: number;
}

/** A resolved ticket was reopened: the resolution clock runs again with the time already used. */
export interface ReopenedStep {
  readonly code: 'reopened';
  readonly at: number;
  readonly usedSeconds: number;
}

/** The target was missed at `at`. */
export interface BreachedStep {
  readonly code: 'breached';
  readonly at: number;
}

/** What last moved the due instant. */
export type DueReason =
  | 'started'
  | 'opened_outside_hours'
  | PauseCode
  | 'criticality_changed'
  | 'kind_changed'
  | 'reopened';

/** The clock is due at `at`: the target less the time used, counted from the last change `because`. */
export interface DueStep {
  readonly code: 'due';
  readonly at: number;
  readonly targetSeconds: number;
  readonly usedSeconds: number;
  readonly calendar: CalendarKey;
  readonly because: DueReason;
}

/** One step of a clock's explanation. */
export type ExplanationStep =
  | StartedStep
  | OpenedOutsideHoursStep
  | PausedStep
  | CriticalityChangedStep
  | KindChangedStep
  | AutomaticReplyIgnoredStep
  | WaitingWithoutQuestionStep
  | StoppedStep
  | ReopenedStep
  | BreachedStep
  | DueStep;

/** One of the codes of {@link ExplanationStep}. */
export type StepCode = ExplanationStep['code'];

/** The step type that carries code `C` (several codes share one shape, e.g. the pauses). */
export type StepOf<C extends StepCode> = ExplanationStep extends infer S
  ? S extends { readonly code: infer K }
    ? C extends K
      ? S
      : never
    : never
  : never;
