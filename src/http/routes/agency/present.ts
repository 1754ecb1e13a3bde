/** The agency module's records as the API shows them: instants as ISO 8601 strings. */
import type {
  AgencyAccount,
  AgencyBoard,
  DeliverableOnBoard,
  RecordedFact,
} from '../../../app/agency/index.js';
import type {
  Activity,
  ApprovalClock,
  Ceremony,
  Deliverable,
  Impasse,
  ImpasseFact,
  RequiredInput,
  Sprint,
} from '../../../domain/agency/index.js';

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/** A ceremony: its slot, moves (from/to spans), minutes and cancellation. */
export function presentCeremony(ceremony: Ceremony) {
  return {
    key: ceremony.key,
    kind: ceremony.kind,
    start: iso(ceremony.slot.start),
    end: iso(ceremony.slot.end),
    status: ceremony.status,
    sequence: ceremony.sequence,
    attendees: ceremony.attendees.map((attendee) => ({ ...attendee })),
    moves: ceremony.moves.map((move) => ({
      from: iso(move.from.start),
      to: iso(move.to.start),
      movedBy: move.movedBy,
      reason: move.reason,
      at: iso(move.at),
    })),
    minutes:
      ceremony.minutes === null
        ? null
        : {
            ...ceremony.minutes,
            recordedAt: iso(ceremony.minutes.recordedAt),
            decisions: [...ceremony.minutes.decisions],
            attended: [...ceremony.minutes.attended],
            absentRequired: [...ceremony.minutes.absentRequired],
          },
    cancellation: ceremony.cancellation
      ? { ...ceremony.cancellation, at: iso(ceremony.cancellation.at) }
      : null,
  };
}

/** An activity of the intake. */
export function presentActivity(activity: Activity) {
  const { decision } = activity;
  return {
    ...activity,
    suggestedAt: iso(activity.suggestedAt),
    decision: decision && { ...decision, choice: { ...decision.choice }, at: iso(decision.at) },
  };
}

function presentApproval(clock: ApprovalClock) {
  return {
    state: clock.state,
    due: iso(clock.due),
    usedSeconds: clock.usedSeconds,
    lateSeconds: clock.lateSeconds,
    steps: clock.steps.map((step) => ({
      ...step,
      at: iso(step.at),
      ...('opensAt' in step ? { opensAt: iso(step.opensAt) } : {}),
    })),
  };
}

/** A deliverable with its deliveries, rounds, shifts and the client's answer clock. */
export function presentDeliverable(
  deliverable: Deliverable,
  approval: ApprovalClock | null = null,
) {
  return {
    id: deliverable.id,
    title: deliverable.title,
    sprintNumber: deliverable.sprintNumber,
    ownerId: deliverable.ownerId,
    due: iso(deliverable.due),
    dependsOn: [...deliverable.dependsOn],
    needsInputs: [...deliverable.needsInputs],
    state: deliverable.state,
    round: deliverable.rounds.length,
    deliveries: deliverable.deliveries.map((delivery) => ({
      at: iso(delivery.at),
      approvalDue: iso(delivery.approvalDue),
      answer: delivery.answer && { ...delivery.answer, at: iso(delivery.answer.at) },
    })),
    rounds: deliverable.rounds.map((round) => ({
      ...round,
      requestedAt: iso(round.requestedAt),
      agreement: round.agreement && { ...round.agreement, agreedAt: iso(round.agreement.agreedAt) },
    })),
    shifts: deliverable.shifts.map((shift) => ({
      from: iso(shift.from),
      to: iso(shift.to),
      businessSeconds: shift.businessSeconds,
      cause:
        shift.cause.kind === 'late_client_answer'
          ? {
              ...shift.cause,
              approvalDue: iso(shift.cause.approvalDue),
              answeredAt: iso(shift.cause.answeredAt),
            }
          : { ...shift.cause, since: iso(shift.cause.since), until: iso(shift.cause.until) },
    })),
    approval: approval && presentApproval(approval),
  };
}

/** A required input line with its suspensions. */
export function presentInput(line: RequiredInput) {
  return {
    key: line.key,
    missingSince: isoOrNull(line.missingSince),
    suspensions: line.suspensions.map((s) => ({ since: iso(s.since), until: isoOrNull(s.until) })),
  };
}

/** A contract's set-up with its checklist. */
export function presentAccount(account: AgencyAccount) {
  return {
    contractId: account.contractId,
    operationStart: account.operationStart,
    sprintBusinessDays: account.sprintBusinessDays,
    preferredTime: account.preferredTime,
    paidMedia: account.paidMedia,
    people: account.people.map((person) => ({ ...person })),
    inputs: account.checklist.map(presentInput),
  };
}

function factDetail(fact: ImpasseFact) {
  const { kind: _kind, at: _at, ...detail } = fact;
  return 'until' in detail ? { ...detail, until: isoOrNull(detail.until) } : detail;
}

/** A recorded fact: kind, instant, who recorded it, and its particulars. */
export function presentFact(recorded: RecordedFact) {
  return {
    id: recorded.id,
    kind: recorded.fact.kind,
    at: iso(recorded.fact.at),
    recordedBy: recorded.recordedBy,
    detail: factDetail(recorded.fact),
  };
}

/** A declared impasse with its acta and follow-ups. */
export function presentImpasse(impasse: Impasse) {
  return {
    id: impasse.id,
    declaredBy: impasse.declaredBy,
    side: impasse.side,
    declaredAt: iso(impasse.declaredAt),
    statement: impasse.statement,
    grounds: impasse.grounds.map((trigger) => ({
      rule: trigger.rule,
      params: { ...trigger.params },
    })),
    commitments: impasse.commitments.map((c) => ({ ...c, doneAt: isoOrNull(c.doneAt) })),
    followUps: impasse.followUps.map(presentCeremony),
  };
}

function presentSprint(sprint: Sprint) {
  return {
    number: sprint.number,
    startDate: sprint.startDate,
    endDate: sprint.endDate,
    businessDays: [...sprint.businessDays],
    closedDays: [...sprint.closedDays],
  };
}

/** The whole board. */
export function presentBoard(board: AgencyBoard) {
  return {
    account: presentAccount(board.account),
    timeZone: board.timeZone,
    today: board.today,
    decisionMaker: { ...board.decisionMaker },
    currentSprint: board.currentSprint && presentSprint(board.currentSprint),
    nextSprint: presentSprint(board.nextSprint),
    ceremonies: board.ceremonies.map(presentCeremony),
    activities: board.activities.map(presentActivity),
    deliverables: board.deliverables.map((d: DeliverableOnBoard) =>
      presentDeliverable(d.deliverable, d.approval),
    ),
    facts: board.facts.map(presentFact),
    rounds: { ...board.rounds },
    evaluation: {
      month: board.evaluation.month,
      possibleImpasse: board.evaluation.possibleImpasse,
      triggers: board.evaluation.triggers.map((trigger) => ({
        rule: trigger.rule,
        params: { ...trigger.params },
        factCount: trigger.facts.length,
      })),
    },
    impasses: board.impasses.map(presentImpasse),
    renegotiation: board.renegotiation && { ...board.renegotiation },
  };
}
