/**
 * The SLA of one ticket, recomputed from its event log as of an instant:
 * - first response: stops at the first public, non-automatic reply by the provider (a reply that
 *   also sets the ticket waiting on the client counts); urgencies measure it on the 24/7
 *   calendar against the urgency target;
 * - resolution (when the plan sets a target): stops when resolved, runs again when reopened;
 * - client: runs, in business time, while the ticket waits on the client; each wait is a new
 *   obligation, and the client is late if any wait overran the target.
 * Waiting on the vendor pauses the provider's clocks; waiting on the client pauses them only once
 * the provider has asked the client something (a public, non-automatic reply): a status change
 * alone never stops the first-response target, and only an asked client owes an answer. A
 * client's reply never sets a waiting status. A criticality or kind change keeps the time used
 * (and the time paused) and applies the new target. Events after `now` are ignored, so the
 * same log answers "as of" questions.
 */
import { DomainError, invalidInput } from '../errors.js';
import { ticketError } from '../tickets/errors.js';
import {
  assertAcceptsReplies,
  assertClientMayMove,
  assertLevelAllows,
  type TicketStatus,
  transition,
} from '../tickets/status.js';
import type { Classification, Criticality, SupportLevel } from '../tickets/vocabulary.js';
import { toSecond } from '../time/second.js';
import type { CalendarKey, SlaCalendars } from './business-clock.js';
import type { OpenedEvent, ReplyStatus, TicketEvent } from './events.js';
import { type ClockName, calendarFor, Meter, type SlaClock } from './meter.js';
import { checkSlaPolicy, DEFAULT_AT_RISK_PERCENT, type SlaPolicy } from './policy.js';
import type { PauseCode } from './steps.js';

/** Every clock of a ticket as of `now`; a clock is null when the plan promises nothing for it (or, for the client, it never waited). */
export interface SlaResult {
  readonly now: number;
  readonly firstResponse: SlaClock | null;
  readonly resolution: SlaClock | null;
  /** The client's latest wait, with the steps of all its waits. */
  readonly client: SlaClock | null;
  /** Whether the client overran its answer/approval time in any wait (seed 004: 16 business hours). */
  readonly clientLate: boolean;
}

interface Target {
  readonly target: number | null;
  readonly calendar: CalendarKey;
}

interface TicketState {
  status: TicketStatus;
  criticality: Criticality;
  kind: Classification;
  level: SupportLevel;
}

const pauseFor: Partial<Record<TicketStatus, PauseCode>> = {
  waiting_client: 'paused_waiting_client',
  waiting_vendor: 'paused_waiting_vendor',
  resolved: 'paused_resolved',
};

/** Replays a ticket's log into its clocks. */
class Replay {
  private readonly state: TicketState;
  private readonly firstResponse: Meter;
  private readonly resolution: Meter;
  private readonly clientWaits: Meter[] = [];
  private readonly atRiskPercent: number;
  /** The provider has asked the client something: a public, non-automatic reply. */
  private asked = false;

  constructor(
    private readonly policy: SlaPolicy,
    private readonly calendars: SlaCalendars,
    opened: OpenedEvent,
    at: number,
  ) {
    this.atRiskPercent = policy.atRiskPercent ?? DEFAULT_AT_RISK_PERCENT;
    const { criticality, kind, level = 'L1' } = opened;
    this.state = { status: 'new', criticality, kind, level };
    this.firstResponse = this.meter('first_response', this.firstResponseTarget(), at);
    this.resolution = this.meter('resolution', this.resolutionTarget(), at);
  }

  apply(event: TicketEvent, at: number): void {
    switch (event.type) {
      case 'opened':
        throw invalidInput('type', 'a ticket is opened only once, by the first entry of its log');
      case 'provider_replied':
        assertAcceptsReplies(this.state.status);
        this.countAsResponse(at, event.automatic);
        this.maybeMove(at, event.setsStatus);
        break;
      case 'client_replied':
        assertAcceptsReplies(this.state.status);
        assertClientMayMove(event.setsStatus, 'setsStatus');
        this.maybeMove(at, event.setsStatus);
        break;
      case 'internal_note':
      case 'assigned':
      case 'escalated':
      case 'outcome_changed':
        break;
      case 'criticality_changed':
        this.changeCriticality(at, event.to);
        break;
      case 'kind_changed':
        this.changeKind(at, event.to);
        break;
      case 'level_changed':
        assertLevelAllows(this.state.status, event.to);
        this.state.level = event.to;
        break;
      case 'status_changed':
        this.move(at, event.to);
        break;
      case 'reopened':
        this.reopen(at);
        break;
      case 'resolved':
      case 'closed':
        this.move(at, event.type);
        break;
    }
  }

  finish(now: number): SlaResult {
    const waits = this.clientWaits.map((wait) => wait.finish(now));
    const last = waits.at(-1) ?? null;
    const client = last && { ...last, steps: waits.flatMap((wait) => wait?.steps ?? []) };
    return {
      now,
      firstResponse: this.firstResponse.finish(now),
      resolution: this.resolution.finish(now),
      client,
      clientLate: waits.some((wait) => wait !== null && wait.breachedAt !== null),
    };
  }

  private meter(name: ClockName, { target, calendar }: Target, at: number): Meter {
    return new Meter(name, this.calendars, this.atRiskPercent, target, calendar, at);
  }

  private firstResponseTarget(): Target {
    const urgency = this.policy.urgencyResponseSeconds;
    if (this.state.kind.kind === 'urgency' && urgency !== null)
      return { target: urgency, calendar: 'urgent' };
    return {
      target: this.policy.targets[this.state.criticality].firstResponseSeconds,
      calendar: 'business',
    };
  }

  private resolutionTarget(): Target {
    return {
      target: this.policy.targets[this.state.criticality].resolutionSeconds,
      calendar: 'business',
    };
  }

  private changeCriticality(at: number, to: Criticality): void {
    const from = this.state.criticality;
    if (from === to) return;
    this.state.criticality = to;
    for (const [meter, { target, calendar }] of [
      [this.firstResponse, this.firstResponseTarget()],
      [this.resolution, this.resolutionTarget()],
    ] as const) {
      meter.retarget(at, target, calendar, 'criticality_changed', (usedSeconds) => ({
        code: 'criticality_changed',
        at,
        from,
        to,
        usedSeconds,
        targetSeconds: target,
      }));
    }
  }

  private changeKind(at: number, to: Classification): void {
    const from = this.state.kind.kind;
    this.state.kind = to;
    if (from === to.kind) return;
    const { target, calendar } = this.firstResponseTarget();
    this.firstResponse.retarget(at, target, calendar, 'kind_changed', (usedSeconds) => ({
      code: 'kind_changed',
      at,
      from,
      to: to.kind,
      usedSeconds,
      targetSeconds: target,
      calendar,
    }));
  }

  /**
   * A public, non-automatic provider reply is the first response and asks the client something
   * (a ticket already waiting on the client starts waiting for real); an automatic one is noted
   * as not counting.
   */
  private countAsResponse(at: number, automatic: boolean): void {
    if (automatic) {
      if (!this.firstResponse.stopped)
        this.firstResponse.note({ code: 'automatic_reply_ignored', at });
      return;
    }
    this.firstResponse.stop(at, 'responded');
    if (this.asked) return;
    this.asked = true;
    if (this.state.status === 'waiting_client') this.startClientWait(at);
  }

  /** The ticket waits on an asked client: the resolution clock pauses and the client's runs. */
  private startClientWait(at: number): void {
    this.resolution.pause(at, 'paused_waiting_client');
    const clientTarget = this.policy.clientResponseSeconds;
    if (clientTarget !== null) {
      this.clientWaits.push(
        this.meter('client', { target: clientTarget, calendar: 'business' }, at),
      );
    }
  }

  private reopen(at: number): void {
    const { status } = this.state;
    if (status !== 'resolved' && status !== 'closed') {
      throw ticketError(
        'only_resolved_reopens',
        { status },
        `only a resolved ticket can be reopened; this one is ${status}`,
      );
    }
    this.move(at, 'open');
  }

  private maybeMove(at: number, to: ReplyStatus | undefined): void {
    if (to !== undefined && to !== this.state.status) this.move(at, to);
  }

  private move(at: number, to: TicketStatus): void {
    const from = this.state.status;
    this.state.status = transition(from, to);
    assertLevelAllows(to, this.state.level);
    if (from === 'waiting_client') this.clientWaits.at(-1)?.stop(at, 'client_wait_ended');
    const unasked = to === 'waiting_client' && !this.asked;
    for (const meter of [this.firstResponse, this.resolution]) {
      if (unasked && !meter.stopped) meter.note({ code: 'waiting_without_question', at });
    }
    // until the provider asks something, waiting on the client counts like working on it
    const counted = unasked ? 'open' : to;
    this.follow(this.firstResponse, at, counted, pauseFor[counted]);
    if (from === 'resolved' && to === 'open') {
      const { target, calendar } = this.resolutionTarget();
      this.resolution.reopen(at, target, calendar);
    } else if (to === 'waiting_client' && !unasked) {
      this.startClientWait(at);
    } else {
      this.follow(this.resolution, at, counted, to === 'resolved' ? undefined : pauseFor[to]);
    }
  }

  /** Moves a provider clock along with the status: runs, pauses for `pause`, or stops. */
  private follow(meter: Meter, at: number, to: TicketStatus, pause: PauseCode | undefined): void {
    if (to === 'new' || to === 'open') meter.run(at);
    else if (pause !== undefined) meter.pause(at, pause);
    else meter.stop(at, to === 'closed' ? 'closed' : 'resolved');
  }
}

/** Validates the log's shape: an `opened` entry first, finite instants in order. */
function openingOf(events: readonly TicketEvent[], now: number): OpenedEvent {
  const first = events[0];
  if (first === undefined || first.type !== 'opened') {
    throw invalidInput('events[0]', 'a ticket log starts with its opened entry');
  }
  if (!Number.isFinite(now)) throw invalidInput('now', 'expected epoch milliseconds');
  if (now < first.at) throw invalidInput('now', 'is before the ticket was opened');
  events.forEach((event, i) => {
    const previous = events[i - 1];
    if (!Number.isFinite(event.at))
      throw invalidInput(`events[${i}].at`, 'expected epoch milliseconds');
    if (previous !== undefined && event.at < previous.at) {
      throw invalidInput(
        `events[${i}].at`,
        'is earlier than the entry before it; the log must be in order',
      );
    }
  });
  return first;
}

/**
 * Every SLA clock of a ticket as of `now`, recomputed from its whole log. A log the ticket rules
 * refuse (e.g. a reply after closing) fails with the rule's code and the entry's path.
 */
export function computeSla(
  events: readonly TicketEvent[],
  policy: SlaPolicy,
  calendars: SlaCalendars,
  now: number,
): SlaResult {
  checkSlaPolicy(policy);
  if (policy.urgencyResponseSeconds !== null) calendarFor(calendars, 'urgent');
  const opened = openingOf(events, now);
  const replay = new Replay(policy, calendars, opened, toSecond(opened.at));
  events.forEach((event, i) => {
    if (i === 0 || event.at > now) return;
    try {
      replay.apply(event, toSecond(event.at));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const path = error.path === undefined ? `events[${i}]` : `events[${i}].${error.path}`;
      throw new DomainError(error.code, error.message, path);
    }
  });
  return replay.finish(toSecond(now));
}
