/**
 * Declared impasses (seed 004 §5). Either side may declare one on the grounds the monthly
 * evaluation found; the declaration opens a commitments record (acta) with an owner and a due
 * date per commitment, followed up every two weeks with the sponsors of both sides until the
 * last commitment is due. More than one impasse in an operation quarter (three months from the
 * operation start, like the quarterly strategy) raises the renegotiation flag: renegotiate
 * scope, service levels, or end the contract.
 */
import { invalidInput } from '../errors.js';
import { addMonths, type LocalDate, laterOf } from '../time/index.js';
import { type AgencyCalendar, dateOf, dayNumber, type Span, shiftDate } from './agency-calendar.js';
import type { Ceremony, Person, Side } from './ceremonies.js';
import { placeCeremony, weekFrom } from './ceremony-schedule.js';
import { AgencyRuleError } from './errors.js';
import type { Trigger } from './impasse-rules.js';

/** One commitment of the acta. */
export interface Commitment {
  readonly id: string;
  readonly description: string;
  readonly ownerId: string;
  readonly side: Side;
  readonly due: LocalDate;
  readonly doneAt: number | null;
}

/** A declared impasse with its acta and its follow-up ceremonies. */
export interface Impasse {
  readonly id: string;
  readonly declaredBy: string;
  readonly side: Side;
  readonly declaredAt: number;
  /** The formal statement: the client's nonconformity or the agency's red alerts. */
  readonly statement: string;
  readonly grounds: readonly Trigger[];
  readonly commitments: readonly Commitment[];
  readonly sponsors: { readonly agency: readonly string[]; readonly client: readonly string[] };
  readonly followUps: readonly Ceremony[];
}

/** What a declaration says. */
export interface ImpasseDeclaration {
  readonly id: string;
  readonly declaredBy: string;
  readonly side: Side;
  readonly at: number;
  readonly statement: string;
  readonly grounds: readonly Trigger[];
  readonly commitments: readonly Omit<Commitment, 'doneAt'>[];
  readonly sponsors: Impasse['sponsors'];
  /** Slots already booked on the contract, which follow-ups avoid. */
  readonly taken?: readonly Span[];
  readonly preferredTime?: string;
}

function checkCommitments(declaration: ImpasseDeclaration, from: LocalDate): Commitment[] {
  if (declaration.commitments.length === 0) throw invalidInput('commitments', 'list at least one');
  return declaration.commitments.map((commitment, i) => {
    const description = commitment.description.trim();
    if (description === '')
      throw invalidInput(`commitments[${i}].description`, 'must not be empty');
    dayNumber(commitment.due, `commitments[${i}].due`);
    if (commitment.due < from)
      throw invalidInput(`commitments[${i}].due`, `must be on or after ${from}`);
    return { ...commitment, description, doneAt: null };
  });
}

/**
 * Declares an impasse: grounds from the evaluation are required, the acta is checked, and the
 * follow-ups are placed every two weeks after the declaration (in the week from that day, at the
 * preferred time of its first business day) until one falls on or after the last commitment's
 * due date, each with both sides' sponsors required.
 */
export function declareImpasse(calendar: AgencyCalendar, declaration: ImpasseDeclaration): Impasse {
  if (declaration.grounds.length === 0) {
    throw new AgencyRuleError(
      'impasse_without_grounds',
      {},
      'an impasse is declared on the facts of §5',
      'grounds',
    );
  }
  const statement = declaration.statement.trim();
  if (statement === '') throw invalidInput('statement', 'must not be empty');
  const declared = dateOf(calendar, declaration.at);
  const commitments = checkCommitments(declaration, declared);
  const people: Person[] = (['agency', 'client'] as const).flatMap((side) =>
    declaration.sponsors[side].map((personId) => ({ personId, side, role: 'sponsor' as const })),
  );
  const lastDue = commitments.map((c) => c.due).reduce(laterOf);
  const followUps: Ceremony[] = [];
  const taken = [...(declaration.taken ?? [])];
  const options = { people, preferredTime: declaration.preferredTime };
  for (let n = 1; n === 1 || shiftDate(declared, 14 * (n - 1)) < lastDue; n++) {
    const key = `impasse-${declaration.id}/follow-up-${n}`;
    const week = weekFrom(calendar, shiftDate(declared, 14 * n), options);
    const placement = { key, kind: 'impasse_follow_up' as const, ...week };
    const ceremony = placeCeremony(calendar, placement, options, taken);
    followUps.push(ceremony);
    taken.push(ceremony.slot);
  }
  return {
    id: declaration.id,
    declaredBy: declaration.declaredBy,
    side: declaration.side,
    declaredAt: declaration.at,
    statement,
    grounds: declaration.grounds,
    commitments,
    sponsors: declaration.sponsors,
    followUps,
  };
}

/** Marks a commitment of the acta done at `at`. */
export function completeCommitment(impasse: Impasse, commitmentId: string, at: number): Impasse {
  if (!impasse.commitments.some((c) => c.id === commitmentId)) {
    throw invalidInput('commitmentId', `${commitmentId} is not a commitment of ${impasse.id}`);
  }
  const commitments = impasse.commitments.map((c) =>
    c.id === commitmentId && c.doneAt === null ? { ...c, doneAt: at } : c,
  );
  return { ...impasse, commitments };
}

/** An operation quarter: number 1 from the operation start, and its dates `[from, until)`. */
export interface OperationQuarter {
  readonly number: number;
  readonly from: LocalDate;
  readonly until: LocalDate;
}

/** The operation quarter holding `date` (quarters run three months from the operation start). */
export function operationQuarter(operationStart: LocalDate, date: LocalDate): OperationQuarter {
  let number = 1;
  while (addMonths(operationStart, 3 * number) <= date) number++;
  const from = addMonths(operationStart, 3 * (number - 1));
  return { number, from, until: addMonths(operationStart, 3 * number) };
}

/** Set when more than one impasse was declared in one operation quarter. */
export interface RenegotiationFlag {
  readonly quarter: OperationQuarter;
  readonly impasseIds: readonly string[];
  /** What either side may propose (§5). */
  readonly options: readonly ['scope', 'service_levels', 'termination'];
}

/** The renegotiation flag of the quarter holding `at`, or null. */
export function renegotiationFlag(
  calendar: AgencyCalendar,
  operationStart: LocalDate,
  impasses: readonly Pick<Impasse, 'id' | 'declaredAt'>[],
  at: number,
): RenegotiationFlag | null {
  const quarter = operationQuarter(operationStart, dateOf(calendar, at));
  const inQuarter = impasses.filter((impasse) => {
    const date = dateOf(calendar, impasse.declaredAt);
    return date >= quarter.from && date < quarter.until && impasse.declaredAt <= at;
  });
  if (inQuarter.length <= 1) return null;
  return {
    quarter,
    impasseIds: inQuarter.map((impasse) => impasse.id),
    options: ['scope', 'service_levels', 'termination'],
  };
}
