/**
 * SLA compliance of one contract and period (issue 14 report 2; seed 002: "El objetivo es 100 por
 * ciento de cumplimiento, pero se considera logrado el SLA con un 90 por ciento; el SLA se cumple
 * con menos de 10 tickets"): one monthly verdict over all the period's tickets, the breakdown by
 * criticality, every breached ticket with the explanation of its clock (step codes and
 * parameters, rendered in the reader's language at the edge), and the trend over the last 12
 * periods.
 *
 * Pure, from counts: the store aggregates millions of tickets into met/total per criticality and
 * period, and lists the breached ones; nothing is counted twice here. Each period is judged by
 * the compliance terms of the contract version in force on its last day.
 */

import { type Contract, contractVersionAt, type Period } from '../contracts/index.js';
import { invalidInput } from '../errors.js';
import { type ComplianceTerms, type JudgedCompliance, judgeCompliance } from '../sla/compliance.js';
import type { ExplanationStep } from '../sla/steps.js';
import { type Criticality, criticalities } from '../tickets/vocabulary.js';

/** First responses of one criticality in a period: how many were on time of how many judged. */
export interface CriticalityCount {
  readonly criticality: Criticality;
  readonly met: number;
  readonly total: number;
}

/** A ticket whose first response missed its target, with the why. */
export interface BreachedTicket {
  readonly ticketRef: string;
  readonly title: string | null;
  readonly requester: string | null;
  readonly criticality: Criticality;
  /** Epoch milliseconds. */
  readonly openedAt: number;
  readonly dueAt: number | null;
  readonly respondedAt: number | null;
  /** The first-response clock's explanation (see sla/steps.ts). */
  readonly steps: readonly ExplanationStep[];
}

export type { ComplianceTerms, JudgedCompliance };

/** One point of the trend. */
export interface TrendPoint {
  readonly period: Period;
  readonly compliance: JudgedCompliance | null;
}

/** The SLA compliance report of a contract and period. */
export interface ComplianceReport {
  readonly contractId: string;
  readonly period: Period;
  /** Null when the plan promises no compliance level: the report then shows counts only. */
  readonly terms: ComplianceTerms | null;
  /** The period's verdict over all its tickets. */
  readonly overall: JudgedCompliance | null;
  readonly byCriticality: readonly (CriticalityCount & {
    readonly compliance: JudgedCompliance | null;
  })[];
  /** Breached tickets, oldest first. */
  readonly breaches: readonly BreachedTicket[];
  /** Up to 12 periods ending with this one, oldest first. */
  readonly trend: readonly TrendPoint[];
}

/** What the report is built from. */
export interface ComplianceInput {
  readonly contract: Contract;
  readonly period: Period;
  readonly counts: readonly CriticalityCount[];
  readonly breaches: readonly BreachedTicket[];
  /** Counts of earlier periods (any order; those beyond the last 11 are left out). */
  readonly history: readonly {
    readonly period: Period;
    readonly counts: readonly CriticalityCount[];
  }[];
}

/** Periods in the trend, this one included. */
export const trendLength = 12;

/** A period's compliance under its terms; null when the plan promises none. */
function judge(terms: ComplianceTerms | null, met: number, total: number): JudgedCompliance | null {
  return terms === null ? null : judgeCompliance(terms, met, total);
}

function checkCounts(counts: readonly CriticalityCount[], path: string): void {
  const seen = new Set<Criticality>();
  counts.forEach((count, i) => {
    const at = `${path}[${i}]`;
    if (!criticalities.includes(count.criticality))
      throw invalidInput(`${at}.criticality`, `unknown criticality "${count.criticality}"`);
    if (seen.has(count.criticality))
      throw invalidInput(`${at}.criticality`, `"${count.criticality}" is counted twice`);
    seen.add(count.criticality);
    for (const field of ['met', 'total'] as const) {
      if (!Number.isSafeInteger(count[field]) || count[field] < 0)
        throw invalidInput(`${at}.${field}`, 'must be a whole number ≥ 0');
    }
    if (count.met > count.total)
      throw invalidInput(`${at}.met`, `more met (${count.met}) than judged (${count.total})`);
  });
}

function totals(counts: readonly CriticalityCount[]): { met: number; total: number } {
  return counts.reduce((sum, c) => ({ met: sum.met + c.met, total: sum.total + c.total }), {
    met: 0,
    total: 0,
  });
}

function termsAt(contract: Contract, period: Period): ComplianceTerms | null {
  return contractVersionAt(contract, period.lastDay).plan.compliance;
}

/** The breaches listed must be exactly the period's breached first responses, criticality by criticality. */
function checkBreaches(input: ComplianceInput): void {
  for (const count of input.counts) {
    const listed = input.breaches.filter((b) => b.criticality === count.criticality).length;
    if (listed !== count.total - count.met) {
      throw invalidInput(
        'breaches',
        `${count.criticality}: ${count.total - count.met} breached, ${listed} listed`,
      );
    }
  }
  const counted = new Set(input.counts.map((c) => c.criticality));
  const stray = input.breaches.findIndex((b) => !counted.has(b.criticality));
  if (stray >= 0)
    throw invalidInput(`breaches[${stray}].criticality`, 'no count for this criticality');
}

/** The compliance report (see the module comment); counts that do not add up are invalid_input naming the field. */
export function complianceReport(input: ComplianceInput): ComplianceReport {
  const { contract, period } = input;
  checkCounts(input.counts, 'counts');
  input.history.forEach((h, i) => {
    checkCounts(h.counts, `history[${i}].counts`);
  });
  checkBreaches(input);
  const terms = termsAt(contract, period);
  const all = totals(input.counts);
  const byCriticality = criticalities.map((criticality) => {
    const count = input.counts.find((c) => c.criticality === criticality) ?? {
      criticality,
      met: 0,
      total: 0,
    };
    return { ...count, compliance: judge(terms, count.met, count.total) };
  });
  const earlier = input.history
    .filter((h) => h.period.index < period.index)
    .sort((a, b) => a.period.index - b.period.index)
    .slice(-(trendLength - 1));
  const trend = [...earlier, { period, counts: input.counts }].map((h) => {
    const sum = totals(h.counts);
    return { period: h.period, compliance: judge(termsAt(contract, h.period), sum.met, sum.total) };
  });
  return {
    contractId: contract.id,
    period,
    terms,
    overall: judge(terms, all.met, all.total),
    byCriticality,
    breaches: [...input.breaches].sort((a, b) => a.openedAt - b.openedAt),
    trend,
  };
}
