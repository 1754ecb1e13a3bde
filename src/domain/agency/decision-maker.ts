/**
 * The client's single decision-maker (seed 004 §2.4.1): exactly one person, available at least
 * 20 % of their time, through whom every idea, request and correction reaches the agency. A
 * contract that does not have one is flagged, with the reason, for both sides to see.
 */
import { invalidInput } from '../errors.js';
import { AgencyRuleError } from './errors.js';

/** §2.4.1: "una disponibilidad mínima del 20%". */
export const minimumAvailabilityPercent = 20;

/** A client contact as this rule reads it. */
export interface ClientContact {
  readonly personId: string;
  readonly decisionMaker: boolean;
  /** Share of their working time available to the account, 0–100. */
  readonly availabilityPercent: number;
}

/** Why a contract is flagged. */
export type DecisionMakerFlag =
  | { readonly code: 'no_decision_maker' }
  | { readonly code: 'several_decision_makers'; readonly personIds: readonly string[] }
  | {
      readonly code: 'decision_maker_availability_too_low';
      readonly personId: string;
      readonly availabilityPercent: number;
      readonly minimumPercent: number;
    };

/** The decision-maker, or the flag the contract carries instead. */
export type DecisionMakerCheck =
  | { readonly ok: true; readonly decisionMaker: string }
  | { readonly ok: false; readonly flag: DecisionMakerFlag };

/** Applies §2.4.1 to a client's contacts (bad availability figures name the field). */
export function checkDecisionMaker(contacts: readonly ClientContact[]): DecisionMakerCheck {
  contacts.forEach((contact, i) => {
    const percent = contact.availabilityPercent;
    if (!(Number.isFinite(percent) && percent >= 0 && percent <= 100)) {
      throw invalidInput(`contacts[${i}].availabilityPercent`, 'expected a number from 0 to 100');
    }
  });
  const chosen = contacts.filter((contact) => contact.decisionMaker);
  const [only] = chosen;
  if (only === undefined) return { ok: false, flag: { code: 'no_decision_maker' } };
  if (chosen.length > 1) {
    const personIds = chosen.map((contact) => contact.personId);
    return { ok: false, flag: { code: 'several_decision_makers', personIds } };
  }
  if (only.availabilityPercent < minimumAvailabilityPercent) {
    return {
      ok: false,
      flag: {
        code: 'decision_maker_availability_too_low',
        personId: only.personId,
        availabilityPercent: only.availabilityPercent,
        minimumPercent: minimumAvailabilityPercent,
      },
    };
  }
  return { ok: true, decisionMaker: only.personId };
}

/**
 * §2.4.1 and §3.3: deliveries are approved or sent back by the client's single decision-maker
 * only — not another of the client's people, and nobody while the contract lacks exactly one.
 */
export function expectDecisionMaker(check: DecisionMakerCheck, personId: string): void {
  if (check.ok && check.decisionMaker === personId) return;
  throw new AgencyRuleError(
    'only_decision_maker_answers',
    { reason: check.ok ? 'not_the_decision_maker' : check.flag.code },
    "only the client's single decision-maker answers deliveries",
  );
}
