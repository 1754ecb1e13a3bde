/**
 * A deliverable's life (seed 004 §3.2–3.3): planned in a sprint with an owner, a due date and
 * dependencies; started only once every deliverable it depends on is approved and no input it
 * needs is missing; delivered; then approved or sent back with a round of changes by the
 * client, whose answer clock runs 16 business hours from each delivery. Each step returns the
 * facts it establishes (missed delivery times of either side, rounds, redo requests) and, when
 * the client answered late, the delay that shifts the dependent deliverables.
 */
import { invalidInput } from '../errors.js';
import type { AgencyCalendar } from './agency-calendar.js';
import { approvalDueAt } from './approval-clock.js';
import { AgencyRuleError } from './errors.js';
import type { ImpasseFact } from './facts.js';
import type { InputKey } from './inputs.js';
import { type ChangeRequest, openRound, type RevisionRound } from './rounds.js';
import type { ScheduleShift } from './schedule-shifts.js';

/** Where a deliverable stands. */
export type DeliverableState =
  | 'planned'
  | 'in_progress'
  | 'delivered'
  | 'changes_requested'
  | 'approved';

/** The client's answer to a delivery, through the official channel (§2.1) or the portal. */
export interface ClientAnswer {
  readonly kind: 'approved' | 'changes';
  readonly at: number;
  readonly by: string;
  readonly channel: 'email' | 'portal';
}

/** One delivery to the client and its answer. */
export interface Delivery {
  readonly at: number;
  readonly approvalDue: number;
  readonly answer: ClientAnswer | null;
}

/** A deliverable and its history. */
export interface Deliverable {
  readonly id: string;
  readonly title: string;
  readonly sprintNumber: number;
  readonly ownerId: string;
  /** The agency's current deadline (moved only by client delays and suspensions). */
  readonly due: number;
  readonly dependsOn: readonly string[];
  /** Required inputs (§4) without which this work is suspended. */
  readonly needsInputs: readonly InputKey[];
  readonly state: DeliverableState;
  readonly deliveries: readonly Delivery[];
  readonly rounds: readonly RevisionRound[];
  readonly shifts: readonly ScheduleShift[];
}

/** A client answer that came after its due instant, by `lateSeconds` of business time. */
export interface ClientDelay {
  readonly deliverableId: string;
  readonly approvalDue: number;
  readonly answeredAt: number;
  readonly lateSeconds: number;
}

/** What a step returns: the deliverable after it, the facts it established, any client delay. */
export interface StepResult {
  readonly deliverable: Deliverable;
  readonly facts: readonly ImpasseFact[];
  readonly delay: ClientDelay | null;
}

/** A new deliverable in a sprint; dependencies are checked against the others by the caller. */
export function planDeliverable(input: {
  readonly id: string;
  readonly title: string;
  readonly sprintNumber: number;
  readonly ownerId: string;
  readonly due: number;
  readonly dependsOn?: readonly string[];
  readonly needsInputs?: readonly InputKey[];
}): Deliverable {
  const title = input.title.trim();
  if (title === '') throw invalidInput('title', 'must not be empty');
  if (!Number.isSafeInteger(input.sprintNumber) || input.sprintNumber < 1) {
    throw invalidInput('sprintNumber', 'expected a sprint number from 1');
  }
  const dependsOn = [...new Set(input.dependsOn ?? [])];
  if (dependsOn.includes(input.id))
    throw invalidInput('dependsOn', 'a deliverable cannot depend on itself');
  return {
    ...input,
    title,
    dependsOn,
    needsInputs: [...new Set(input.needsInputs ?? [])],
    state: 'planned',
    deliveries: [],
    rounds: [],
    shifts: [],
  };
}

function expectState(deliverable: Deliverable, allowed: readonly DeliverableState[]): void {
  if (!allowed.includes(deliverable.state)) {
    throw new AgencyRuleError(
      'wrong_state',
      { deliverableId: deliverable.id, state: deliverable.state, expected: allowed },
      `${deliverable.id} is ${deliverable.state}`,
    );
  }
}

/**
 * Starts work (§3.3: "Triario no ejecutará entregables posteriores a uno cuya aprobación no haya
 * sido recibida"): refused while a dependency is not approved or a needed input is missing.
 */
export function startDeliverable(
  deliverable: Deliverable,
  others: readonly Deliverable[],
  missing: readonly InputKey[],
): Deliverable {
  expectState(deliverable, ['planned']);
  for (const id of deliverable.dependsOn) {
    const dependency = others.find((other) => other.id === id);
    if (dependency?.state !== 'approved') {
      throw new AgencyRuleError(
        'dependency_not_approved',
        { deliverableId: deliverable.id, dependencyId: id, state: dependency?.state ?? 'unknown' },
        `${deliverable.id} waits for ${id} to be approved`,
      );
    }
  }
  const blocking = deliverable.needsInputs.filter((key) => missing.includes(key));
  if (blocking.length > 0) {
    throw new AgencyRuleError(
      'work_suspended',
      { deliverableId: deliverable.id, inputs: blocking },
      `${deliverable.id} is suspended until the client provides ${blocking.join(', ')}`,
    );
  }
  return { ...deliverable, state: 'in_progress' };
}

/** Delivers (or re-delivers after changes) at `at`; past the due date it is the agency's delay. */
export function deliver(
  calendar: AgencyCalendar,
  deliverable: Deliverable,
  at: number,
): StepResult {
  expectState(deliverable, ['in_progress', 'changes_requested']);
  const delivery = { at, approvalDue: approvalDueAt(calendar, at), answer: null };
  const lateSeconds = at > deliverable.due ? calendar.clock.between(deliverable.due, at) : 0;
  const facts: ImpasseFact[] =
    lateSeconds > 0
      ? [
          {
            kind: 'missed_delivery',
            at,
            side: 'agency',
            deliverableId: deliverable.id,
            lateSeconds,
          },
        ]
      : [];
  const delivered = {
    ...deliverable,
    state: 'delivered' as const,
    deliveries: [...deliverable.deliveries, delivery],
  };
  return { deliverable: delivered, facts, delay: null };
}

/** The client's answer: approval, or changes as the next revision round (rounds.ts). */
export type AnswerRequest =
  | {
      readonly kind: 'approved';
      readonly at: number;
      readonly by: string;
      readonly channel: ClientAnswer['channel'];
    }
  | {
      readonly kind: 'changes';
      readonly at: number;
      readonly by: string;
      readonly channel: ClientAnswer['channel'];
      readonly changes: ChangeRequest;
      /** The agency's new deadline for the corrections, if later than the current one. */
      readonly correctionDue?: number;
    };

/** Records the client's answer to the latest delivery; a late one yields the delay to shift by. */
export function answerDelivery(
  calendar: AgencyCalendar,
  deliverable: Deliverable,
  answer: AnswerRequest,
): StepResult {
  expectState(deliverable, ['delivered']);
  const latest = deliverable.deliveries.at(-1);
  if (latest === undefined || answer.at < latest.at) {
    throw invalidInput('at', 'an answer comes after the delivery it answers');
  }
  const record = { kind: answer.kind, at: answer.at, by: answer.by, channel: answer.channel };
  const deliveries = [...deliverable.deliveries.slice(0, -1), { ...latest, answer: record }];
  const lateSeconds =
    answer.at > latest.approvalDue ? calendar.clock.between(latest.approvalDue, answer.at) : 0;
  const facts: ImpasseFact[] = [];
  const id = deliverable.id;
  if (lateSeconds > 0)
    facts.push({
      kind: 'missed_delivery',
      at: answer.at,
      side: 'client',
      deliverableId: id,
      lateSeconds,
    });
  const delay =
    lateSeconds > 0
      ? { deliverableId: id, approvalDue: latest.approvalDue, answeredAt: answer.at, lateSeconds }
      : null;
  if (answer.kind === 'approved') {
    return { deliverable: { ...deliverable, state: 'approved', deliveries }, facts, delay };
  }
  const round = openRound(deliverable.rounds, {
    ...answer.changes,
    requestedBy: answer.by,
    at: answer.at,
  });
  facts.push({ kind: 'revision_round', at: answer.at, deliverableId: id, round: round.number });
  if (round.redo) facts.push({ kind: 'redo_request', at: answer.at, deliverableId: id });
  const due = Math.max(deliverable.due, answer.correctionDue ?? deliverable.due);
  const changed = {
    ...deliverable,
    state: 'changes_requested' as const,
    due,
    deliveries,
    rounds: [...deliverable.rounds, round],
  };
  return { deliverable: changed, facts, delay };
}
