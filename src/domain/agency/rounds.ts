/**
 * Revision rounds (seed 004 §3.3): the client has two rounds of changes per deliverable; "la
 * segunda ronda no podrá contemplar cambios no solicitados en la primera". Each change request
 * is an item; from round two on an item must follow up an item of an earlier round, and one
 * that does not is kept but flagged as new (outside the included rounds, to be handled as new
 * work). A third round needs both sides' agreement, recording what the client will provide
 * (texts, graphic pieces …) to avoid further rework.
 */
import { invalidInput } from '../errors.js';
import { AgencyRuleError } from './errors.js';

/** §3.3: "dos rondas de ajustes sobre cada uno de los entregables". */
export const includedRounds = 2;

/** One requested change; `followsUp` names the earlier item it refines. */
export interface ChangeItem {
  readonly id: string;
  readonly text: string;
  readonly followsUp: string | null;
  /** True for an item of round two or later that follows up no earlier item. */
  readonly newInLaterRound: boolean;
}

/** Both sides' agreement to a round beyond the included ones. */
export interface ExtraRoundAgreement {
  readonly agencyPersonId: string;
  readonly clientPersonId: string;
  readonly agreedAt: number;
  /** What the client provides to avoid more rework, e.g. `['final texts', 'logo files']`. */
  readonly clientProvides: readonly string[];
}

/** One round of changes on a deliverable. */
export interface RevisionRound {
  readonly number: number;
  readonly requestedBy: string;
  readonly requestedAt: number;
  /** The client asked for the deliverable to be redone, not adjusted (§5, first rule). */
  readonly redo: boolean;
  readonly items: readonly ChangeItem[];
  readonly agreement: ExtraRoundAgreement | null;
}

/** What the client's change request says. */
export interface ChangeRequest {
  readonly requestedBy: string;
  readonly at: number;
  readonly redo?: boolean;
  readonly items: readonly {
    readonly id: string;
    readonly text: string;
    readonly followsUp?: string;
  }[];
  readonly agreement?: ExtraRoundAgreement;
}

function checkAgreement(
  number: number,
  agreement: ExtraRoundAgreement | undefined,
): ExtraRoundAgreement | null {
  if (number <= includedRounds) return null;
  if (agreement === undefined) {
    throw new AgencyRuleError(
      'third_round_needs_agreement',
      { round: number, includedRounds },
      `round ${number} is beyond the ${includedRounds} included and needs both sides' agreement`,
      'agreement',
    );
  }
  const provides = agreement.clientProvides
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (provides.length === 0) {
    throw invalidInput(
      'agreement.clientProvides',
      'say what the client provides to avoid more rework',
    );
  }
  return { ...agreement, clientProvides: provides };
}

/** The next round after `earlier`, checked and with new items flagged. */
export function openRound(
  earlier: readonly RevisionRound[],
  request: ChangeRequest,
): RevisionRound {
  const number = earlier.length + 1;
  if (request.items.length === 0) throw invalidInput('items', 'list at least one change');
  const known = new Set(earlier.flatMap((round) => round.items.map((item) => item.id)));
  const items = request.items.map((item, i) => {
    const text = item.text.trim();
    if (text === '') throw invalidInput(`items[${i}].text`, 'must not be empty');
    if (known.has(item.id)) throw invalidInput(`items[${i}].id`, `${item.id} is already used`);
    const followsUp = item.followsUp ?? null;
    const newInLaterRound = number > 1 && (followsUp === null || !known.has(followsUp));
    return { id: item.id, text, followsUp, newInLaterRound };
  });
  return {
    number,
    requestedBy: request.requestedBy,
    requestedAt: request.at,
    redo: request.redo ?? false,
    items,
    agreement: checkAgreement(number, request.agreement),
  };
}

/** How a deliverable's rounds add up. */
export interface RoundCount {
  readonly rounds: number;
  /** Rounds beyond the included ones (agreed). */
  readonly extraRounds: number;
  readonly redoRequests: number;
  /** Items of later rounds that follow up nothing earlier. */
  readonly newItemsFlagged: number;
}

/** The round counts of one deliverable (or of any list of rounds, e.g. one month's). */
export function countRounds(rounds: readonly RevisionRound[]): RoundCount {
  return {
    rounds: rounds.length,
    extraRounds: rounds.filter((round) => round.number > includedRounds).length,
    redoRequests: rounds.filter((round) => round.redo).length,
    newItemsFlagged: rounds.flatMap((round) => round.items).filter((item) => item.newInLaterRound)
      .length,
  };
}
