/**
 * The contract rules a command can break, as codes rendered through `contracts.rule.<code>`.
 */
import { ruleErrors } from '../rule-error.js';

/** Every contract rule a command can break. */
export const contractRules = ['plan_calendar_undefined', 'contract_ended'] as const;

/** One of {@link contractRules}. */
export type ContractRule = (typeof contractRules)[number];

/** Builds a contract {@link RuleError}. */
export const contractError = ruleErrors<ContractRule>('contracts');
