/**
 * How seed 002's five possible answers to a request drive the hour bank (CONDICIONES DEL
 * SERVICIO 1, "Entre las respuestas posibles para el requerimiento están"):
 * - `answered_in_first_contact` ("satisfecho dentro de la misma comunicación"): the time is
 *   recorded and the plan's minimum per ticket is deducted, without asking the client;
 * - `scheduled` ("dentro de un plazo que Infinity se compromete a fijar"): the time is deducted
 *   only once the client approves it;
 * - `hours_exhausted` ("se agotó el tiempo disponible para el mes"): the work is charged
 *   without approval; what the bank no longer covers is overage, billed at the hourly rate;
 * - `not_covered` ("no califica para ser cumplido mediante el servicio"): nothing is deducted
 *   and a quote may be offered;
 * - `platform_limitation` ("no puede ser subsanado por las limitaciones técnicas"): only the
 *   diagnosis is billable, and Pacta bills it like an answer in the same communication: the
 *   plan's minimum per ticket at most, without approval.
 * - `redirected_to_documentation` (seed 001, "siempre trataremos de guiarte con la
 *   documentación"): answered within the conversation the client opened, so charged like an
 *   answer in the same communication: at once, with the plan's minimums, never waiting for approval.
 * A ticket with no answer yet follows the plan: each entry's first-contact flag decides approval.
 * With no minimum per ticket (seed 001's plans), the first-contact and diagnosis answers charge
 * what the usual rules give.
 */
import type { PlanParams } from '../plans/params.js';
import type { RequestOutcome } from '../tickets/vocabulary.js';
import type { ChargeReason } from './charge.js';

/** What an answer does to a ticket's charge. */
export interface AnswerRule {
  /** Most the ticket is charged in total; null: the plan's maximum per ticket applies. */
  readonly cap: number | null;
  /** The reason every charge under this answer gives; null for none. */
  readonly reason: ChargeReason | null;
  /** Work the answer leaves uncharged needs a quote instead. */
  readonly quote: boolean;
  /** Whether new consumption waits for the client's approval ('entry': the entry's first-contact flag decides). */
  readonly approval: boolean | 'entry';
}

/** The rule of an answer (null: not answered yet) under a plan's consumption rules. */
export function answerRule(
  outcome: RequestOutcome | null,
  rules: PlanParams['consumption'],
): AnswerRule {
  const minimum = rules.minimumPerTicketMinutes;
  const oneContact = minimum > 0 ? minimum : rules.maximumPerTicketMinutes;
  switch (outcome) {
    case null:
      return { cap: rules.maximumPerTicketMinutes, reason: null, quote: true, approval: 'entry' };
    case 'answered_in_first_contact':
    case 'redirected_to_documentation':
    case 'platform_limitation': {
      const code =
        outcome === 'platform_limitation' ? 'billable_diagnosis' : 'first_contact_charge';
      return {
        cap: oneContact,
        reason: { code, minutes: minimum },
        quote: minimum === 0,
        approval: false,
      };
    }
    case 'scheduled':
      return { cap: rules.maximumPerTicketMinutes, reason: null, quote: true, approval: true };
    case 'hours_exhausted':
      return {
        cap: rules.maximumPerTicketMinutes,
        reason: { code: 'overage_rate' },
        quote: true,
        approval: false,
      };
    case 'not_covered':
      return { cap: 0, reason: { code: 'not_covered' }, quote: true, approval: false };
  }
}
