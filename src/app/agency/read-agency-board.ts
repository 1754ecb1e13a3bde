import {
  type Activity,
  type ApprovalClock,
  approvalClock,
  type Ceremony,
  type DecisionMakerCheck,
  type Deliverable,
  dateOf,
  type Impasse,
  type ImpasseEvaluation,
  type MonthRounds,
  type RenegotiationFlag,
  renegotiationFlag,
  roundsInMonth,
  type Sprint,
  type Suspension,
  sprintNumbered,
  sprintOn,
  suspensionsOf,
} from '../../domain/agency/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import type { LocalDate } from '../../domain/time/index.js';
import { agencyContract, decisionMakerOf, requireAccount, sprintPlanOf } from './account.js';
import { evaluateMonth } from './evaluate-month.js';
import type { AgencyAccount, AgencyDeps, RecordedFact } from './ports.js';

/** A deliverable with the client's answer clock on its latest delivery (null before any). */
export interface DeliverableOnBoard {
  readonly deliverable: Deliverable;
  readonly approval: ApprovalClock | null;
}

/** Everything both sides see of an agency account at one moment. */
export interface AgencyBoard {
  readonly account: AgencyAccount;
  readonly timeZone: string;
  readonly today: LocalDate;
  readonly decisionMaker: DecisionMakerCheck;
  /** The sprint in progress (null during moment zero) and the next one. */
  readonly currentSprint: Sprint | null;
  readonly nextSprint: Sprint;
  readonly ceremonies: readonly Ceremony[];
  readonly activities: readonly Activity[];
  readonly deliverables: readonly DeliverableOnBoard[];
  readonly suspensions: readonly Suspension[];
  readonly facts: readonly RecordedFact[];
  /** `month`'s revision rounds and impasse evaluation (this month unless asked). */
  readonly rounds: MonthRounds;
  readonly evaluation: ImpasseEvaluation;
  readonly impasses: readonly Impasse[];
  readonly renegotiation: RenegotiationFlag | null;
}

/**
 * The agency board of a contract (seed 004) as of now, for provider staff, the client's people
 * and the partner that manages the client: sprint, ceremonies, intake, deliverables with their
 * answer clocks, suspensions, facts, the month's evaluation, impasses and the renegotiation flag.
 */
export async function readAgencyBoard(
  options: Pick<AgencyDeps, 'clock' | 'contracts' | 'calendars' | 'agency'> & {
    actor: Principal;
    contractId: string;
    month?: string;
  },
): Promise<AgencyBoard> {
  const { calendar } = await agencyContract({ ...options, action: 'agency.read' });
  const account = requireAccount(await options.agency.findAccount(options.contractId));
  const now = options.clock.now().getTime();
  const today = dateOf(calendar, now);
  const plan = sprintPlanOf(account);
  const currentSprint = sprintOn(calendar, plan, today);
  const deliverables = await options.agency.deliverables(options.contractId);
  const facts = await options.agency.facts(options.contractId);
  const impasses = await options.agency.impasses(options.contractId);
  const month = options.month ?? today.slice(0, 7);
  return {
    account,
    timeZone: calendar.timeZone,
    today,
    decisionMaker: decisionMakerOf(account),
    currentSprint,
    nextSprint: sprintNumbered(calendar, plan, (currentSprint?.number ?? 0) + 1),
    ceremonies: await options.agency.ceremonies(options.contractId),
    activities: await options.agency.activities(options.contractId),
    deliverables: deliverables.map((deliverable) => {
      const latest = deliverable.deliveries.at(-1);
      return {
        deliverable,
        approval:
          latest === undefined
            ? null
            : approvalClock(calendar, latest.at, latest.answer?.at ?? null, now),
      };
    }),
    suspensions: suspensionsOf(account.checklist),
    facts,
    rounds: roundsInMonth(calendar, deliverables, month),
    evaluation: evaluateMonth(calendar, account, facts, month),
    impasses,
    renegotiation: renegotiationFlag(calendar, account.operationStart, impasses, now),
  };
}
