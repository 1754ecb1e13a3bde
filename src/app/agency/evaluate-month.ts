import {
  type AgencyCalendar,
  evaluateImpasseRules,
  type ImpasseEvaluation,
  inputFacts,
} from '../../domain/agency/index.js';
import { invalidInput } from '../../domain/errors.js';
import type { AgencyAccount, RecordedFact } from './ports.js';

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Seed 004 §5's monthly evaluation of an account: the recorded facts and the suspensions of its
 * required inputs, judged over `month` (`YYYY-MM`, in the contract's zone).
 */
export function evaluateMonth(
  calendar: AgencyCalendar,
  account: AgencyAccount,
  facts: readonly RecordedFact[],
  month: string,
): ImpasseEvaluation {
  if (!monthPattern.test(month))
    throw invalidInput('month', `"${month}" is not a month like 2026-03`);
  const all = [...facts.map((recorded) => recorded.fact), ...inputFacts(account.checklist)];
  return evaluateImpasseRules(calendar, all, month);
}
