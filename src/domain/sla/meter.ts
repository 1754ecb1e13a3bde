/**
 * One SLA clock being replayed: it runs, pauses and stops as the ticket's log says, adding up
 * the open time it ran on the calendar in force and writing the explanation as it goes.
 *
 * Breach is decided on instants: a run that goes past the due instant breaches, and a breach
 * stays in the record even if a later change (a longer target) moves the due instant again.
 */
import { invalidInput } from '../errors.js';
import type { BusinessClock, CalendarKey, SlaCalendars } from './business-clock.js';
import { atRiskSeconds } from './policy.js';
import type { DueReason, ExplanationStep, PauseCode, StopCode } from './steps.js';

/** The clocks computed for a ticket. */
export const clockNames = ['first_response', 'resolution', 'client'] as const;
/** One of {@link clockNames}. */
export type ClockName = (typeof clockNames)[number];

/**
 * Where a clock stands: counting (`running`, or `at_risk` past the threshold), not counting
 * (`paused`), or decided (`met`, or `breached` — also while still running past its due instant).
 */
export type ClockState = 'running' | 'paused' | 'at_risk' | 'met' | 'breached';

/** A clock as of the instant it was computed for. */
export interface SlaClock {
  readonly name: ClockName;
  readonly calendar: CalendarKey;
  readonly targetSeconds: number;
  /** Open seconds counted so far (for the client clock: in the latest wait). */
  readonly usedSeconds: number;
  /** `targetSeconds - usedSeconds`; negative once overrun. */
  readonly remainingSeconds: number;
  /** When the target is reached: set while running, and kept when the clock stopped while running; null while paused. */
  readonly due: number | null;
  /** While running: when the at-risk threshold is (or was) reached in this run; null if it was passed before. */
  readonly atRiskAt: number | null;
  readonly state: ClockState;
  readonly stoppedAt: number | null;
  /** Why it stopped (e.g. `closed` without a first response); null while not stopped. */
  readonly stopReason: StopCode | null;
  readonly breachedAt: number | null;
  readonly steps: readonly ExplanationStep[];
}

/** What a target change should say in the explanation, given the seconds used so far. */
export type DescribeChange = (usedSeconds: number) => ExplanationStep;

type Mode =
  | { readonly kind: 'running'; readonly since: number }
  | { readonly kind: 'paused'; readonly since: number; readonly code: PauseCode }
  | { readonly kind: 'stopped'; readonly at: number; readonly code: StopCode };

/** Picks the calendar for a key, failing clearly when the 24/7 calendar was not given. */
export function calendarFor(calendars: SlaCalendars, key: CalendarKey): BusinessClock {
  if (key === 'business') return calendars.business;
  if (calendars.urgent === undefined) {
    throw invalidInput('calendars.urgent', 'urgencies have a target, so a 24/7 calendar is needed');
  }
  return calendars.urgent;
}

/** A clock replayed event by event (see the module comment). */
export class Meter {
  private used = 0;
  private mode: Mode;
  private due: number | null = null;
  private atRiskAt: number | null = null;
  private dueBecause: DueReason = 'started';
  private breachedAt: number | null = null;
  private readonly steps: ExplanationStep[] = [];

  constructor(
    readonly name: ClockName,
    private readonly calendars: SlaCalendars,
    private readonly atRiskPercent: number,
    private target: number | null,
    private calendarKey: CalendarKey,
    at: number,
  ) {
    const calendar = this.calendar();
    this.steps.push({ code: 'started', at, targetSeconds: target, calendar: calendarKey });
    const outside = !calendar.isOpen(at);
    if (outside)
      this.steps.push({ code: 'opened_outside_hours', at, opensAt: calendar.nextOpen(at) });
    this.mode = { kind: 'running', since: at };
    this.beginRun(at, outside ? 'opened_outside_hours' : 'started');
  }

  /** Whether the clock has stopped (it may still restart through {@link reopen}). */
  get stopped(): boolean {
    return this.mode.kind === 'stopped';
  }

  /** Adds a step that changes nothing, such as an ignored automatic reply. */
  note(step: ExplanationStep): void {
    this.steps.push(step);
  }

  /** Counts again after a pause; nothing happens if running or stopped. */
  run(at: number): void {
    if (this.mode.kind !== 'paused') return;
    const code = this.mode.code;
    this.closePause(at);
    this.mode = { kind: 'running', since: at };
    this.beginRun(at, code);
  }

  /** Stops counting for `code`'s reason; switching reasons closes the earlier pause. */
  pause(at: number, code: PauseCode): void {
    if (this.mode.kind === 'stopped' || (this.mode.kind === 'paused' && this.mode.code === code)) {
      return;
    }
    this.settle(at);
    if (this.mode.kind === 'paused') this.closePause(at);
    this.mode = { kind: 'paused', since: at, code };
    this.due = null;
    this.atRiskAt = null;
  }

  /** Ends the run for good (unless reopened); the due instant of a running clock is kept. */
  stop(at: number, code: StopCode): void {
    if (this.mode.kind === 'stopped') return;
    this.settle(at);
    if (this.mode.kind === 'paused') this.closePause(at);
    this.mode = { kind: 'stopped', at, code };
    this.atRiskAt = null;
    this.steps.push({ code, at, usedSeconds: this.used });
  }

  /** Restarts a stopped clock with the time already used and the target now in force. */
  reopen(at: number, target: number | null, calendarKey: CalendarKey): void {
    if (this.mode.kind !== 'stopped') return;
    this.target = target;
    this.calendarKey = calendarKey;
    this.steps.push({ code: 'reopened', at, usedSeconds: this.used });
    this.mode = { kind: 'running', since: at };
    this.beginRun(at, 'reopened');
  }

  /** Applies a new target (and calendar), keeping the time used; ignored once stopped. */
  retarget(
    at: number,
    target: number | null,
    calendarKey: CalendarKey,
    because: DueReason,
    describe: DescribeChange,
  ): void {
    if (this.mode.kind === 'stopped') return;
    this.settle(at);
    this.target = target;
    this.calendarKey = calendarKey;
    this.steps.push(describe(this.used));
    if (this.mode.kind === 'running') this.beginRun(at, because);
  }

  /** The clock as of `now`, or null when no target is in force. */
  finish(now: number): SlaClock | null {
    this.settle(now);
    const steps = [...this.steps];
    if (this.mode.kind === 'paused') {
      const { code, since } = this.mode;
      steps.push({ code, at: since, until: null, businessSeconds: this.between(since, now) });
    }
    const target = this.target;
    if (target === null) return null;
    const running = this.mode.kind === 'running';
    if (running && this.due !== null && this.breachedAt === null) {
      const { due, used, calendarKey: calendar, dueBecause: because } = this;
      steps.push({
        code: 'due',
        at: due,
        targetSeconds: target,
        usedSeconds: used,
        calendar,
        because,
      });
    }
    return {
      name: this.name,
      calendar: this.calendarKey,
      targetSeconds: target,
      usedSeconds: this.used,
      remainingSeconds: target - this.used,
      due: this.due,
      atRiskAt: running ? this.atRiskAt : null,
      state: this.state(target),
      stoppedAt: this.mode.kind === 'stopped' ? this.mode.at : null,
      stopReason: this.mode.kind === 'stopped' ? this.mode.code : null,
      breachedAt: this.breachedAt,
      steps: steps.sort((a, b) => a.at - b.at),
    };
  }

  private state(target: number): ClockState {
    if (this.mode.kind === 'stopped') return this.breachedAt === null ? 'met' : 'breached';
    if (this.breachedAt !== null) return 'breached';
    if (this.mode.kind === 'paused') return 'paused';
    return this.used >= atRiskSeconds(target, this.atRiskPercent) ? 'at_risk' : 'running';
  }

  private calendar(): BusinessClock {
    return calendarFor(this.calendars, this.calendarKey);
  }

  private between(from: number, to: number): number {
    return this.calendar().between(from, to);
  }

  /** Starts a run at `at`: the due and at-risk instants follow from what is left of the target. */
  private beginRun(at: number, because: DueReason): void {
    this.dueBecause = because;
    if (this.target === null) {
      this.due = null;
      this.atRiskAt = null;
      return;
    }
    const calendar = this.calendar();
    const remaining = this.target - this.used;
    const toRisk = atRiskSeconds(this.target, this.atRiskPercent) - this.used;
    this.due = remaining > 0 ? calendar.add(at, remaining) : at;
    this.atRiskAt = toRisk > 0 ? calendar.add(at, toRisk) : null;
  }

  /** Adds the open time run since the last settlement, and records a breach if the run went past due. */
  private settle(at: number): void {
    if (this.mode.kind !== 'running') return;
    this.used += this.between(this.mode.since, at);
    this.mode = { kind: 'running', since: at };
    if (this.due !== null && this.breachedAt === null && at > this.due) {
      this.breachedAt = this.due;
      this.steps.push({ code: 'breached', at: this.due });
    }
  }

  private closePause(at: number): void {
    if (this.mode.kind !== 'paused') return;
    const { code, since } = this.mode;
    this.steps.push({ code, at: since, until: at, businessSeconds: this.between(since, at) });
  }
}
