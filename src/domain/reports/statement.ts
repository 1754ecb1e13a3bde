/**
 * The monthly hour-bank statement of one contract (seed 002, issue 14 report 1): the document an
 * account manager sends with the invoice. It is the hour bank's `statement` totals with their
 * detail: the grant, the hours carried over and from which period, growth and prepaid hours,
 * every consumption with its ticket, requester, kind, dates, worked and charged minutes and the
 * reasons of the charge, the approvals pending (this period's and earlier periods'), the expiries,
 * the closing balance by grant, and the overage priced at the rate in force, beside the fee billed.
 *
 * Pure: the ledger, the work log and the tickets' facts come in as plain data; nothing here reads
 * a clock. For a period still open, expiry and overage are projections and say so.
 */

import {
  type Contract,
  contractVersionAt,
  type Period,
  periodByIndex,
  scheduleOf,
} from '../contracts/index.js';
import type { ChargeReason } from '../hour-bank/charge.js';
import { statement } from '../hour-bank/index.js';
import type { ConsumeKind, GrantSource } from '../hour-bank/ledger.js';
import type { CurrencyCode, Money } from '../money.js';
import type { LocalDate } from '../time/index.js';
import { feesBilledAt, type InvoiceLine, invoiceTotal } from './invoice.js';
import {
  type ConsumeRow,
  type ContractLedger,
  carriedInto,
  deductionsIn,
  endOfPeriod,
  type GrantShare,
  grantsAndAdjustmentsIn,
  indexLedger,
  pendingAt,
  rejectedIn,
} from './statement-ledger.js';

/** One row of the work log (the store's work records fit it as they are). */
export interface WorkLogRow {
  /** The consume entry the work appended; null when it charged nothing. */
  readonly ledgerEntryId: string | null;
  readonly ticketRef: string;
  readonly kind: ConsumeKind;
  readonly on: LocalDate;
  readonly workedMinutes: number;
  readonly chargedMinutes: number;
  readonly reasons: readonly ChargeReason[];
}

/** What the statement shows of a ticket besides its reference. */
export interface TicketFacts {
  readonly ref: string;
  /** How people name the ticket (its number, "#42"); the ref is shown when absent. */
  readonly label?: string;
  readonly title: string | null;
  readonly requester: string | null;
}

/** One piece of work on the statement. */
export interface WorkLine {
  readonly ticketRef: string;
  /** The ticket as people name it (see {@link TicketFacts.label}). */
  readonly ticketLabel: string;
  readonly title: string | null;
  readonly requester: string | null;
  readonly kind: ConsumeKind;
  /** The day the work was logged. */
  readonly workedOn: LocalDate;
  /** Minutes worked; null when the ledger entry has no work-log row (an imported entry). */
  readonly workedMinutes: number | null;
  readonly chargedMinutes: number;
  readonly reasons: readonly ChargeReason[];
  /** The day the client approved it, when it waited for approval. */
  readonly approvedOn: LocalDate | null;
}

/** A grant dated in the period. */
export interface PeriodGrant {
  readonly on: LocalDate;
  readonly source: GrantSource;
  readonly minutes: number;
  readonly expiresOn: LocalDate | null;
  /** The agreed price of prepaid hours, when one was agreed. */
  readonly price: Money | null;
}

/** A manual correction dated in the period. */
export interface AdjustmentLine {
  readonly on: LocalDate;
  readonly minutes: number;
  readonly reason: string;
}

/** The monthly hour-bank statement of a contract (see the module comment). */
export interface HourStatement {
  readonly contractId: string;
  readonly period: Period;
  readonly closed: boolean;
  readonly currency: CurrencyCode;
  readonly openingMinutes: number;
  /** The opening balance by grant, with the period each came from. */
  readonly carriedOver: readonly GrantShare[];
  readonly granted: {
    readonly allotment: number;
    readonly growth: number;
    readonly prepaid: number;
    readonly total: number;
  };
  readonly grants: readonly PeriodGrant[];
  readonly adjustedMinutes: number;
  readonly adjustments: readonly AdjustmentLine[];
  readonly consumedMinutes: number;
  readonly consumption: readonly WorkLine[];
  /** Work that charged nothing (free kinds, out of scope, covered by a minimum). */
  readonly uncharged: readonly WorkLine[];
  /** Logged in this period and awaiting approval at its end: not deducted. */
  readonly pending: readonly WorkLine[];
  /** Logged in earlier periods and still awaiting approval at this one's end: not deducted. */
  readonly pendingFromEarlier: readonly WorkLine[];
  /** Rejected by the client during the period: never deducted. */
  readonly rejected: readonly WorkLine[];
  readonly expiredMinutes: number;
  readonly expiries: readonly GrantShare[];
  readonly closingMinutes: number;
  /** The closing balance by grant, with the day each expires. */
  readonly closingGrants: readonly GrantShare[];
  readonly overage: {
    readonly minutes: number;
    readonly ratePerHour: Money | null;
    readonly amount: Money | null;
    /** From the period's overage entry (closed) or projected (open). */
    readonly billed: boolean;
  };
  readonly invoice: readonly InvoiceLine[];
  /** The invoice's total; null when its lines mix currencies or it has none. */
  readonly invoiceTotal: Money | null;
}

/** What the statement is built from. */
export interface StatementInput extends ContractLedger {
  readonly period: Period;
  readonly work: readonly WorkLogRow[];
  readonly tickets: readonly TicketFacts[];
}

/** Turns consume entries into statement lines, joining the work log and the tickets' facts. */
function lineMaker(work: readonly WorkLogRow[], tickets: readonly TicketFacts[]) {
  const workByEntry = new Map<string, WorkLogRow>();
  for (const row of work) if (row.ledgerEntryId !== null) workByEntry.set(row.ledgerEntryId, row);
  const facts = new Map(tickets.map((ticket) => [ticket.ref, ticket]));
  const line = (
    row: Pick<WorkLogRow, 'ticketRef' | 'kind' | 'on'>,
    minutes: { worked: number | null; charged: number },
    reasons: readonly ChargeReason[],
    approvedOn: LocalDate | null,
  ): WorkLine => ({
    ticketRef: row.ticketRef,
    ticketLabel: facts.get(row.ticketRef)?.label ?? row.ticketRef,
    title: facts.get(row.ticketRef)?.title ?? null,
    requester: facts.get(row.ticketRef)?.requester ?? null,
    kind: row.kind,
    workedOn: row.on,
    workedMinutes: minutes.worked,
    chargedMinutes: minutes.charged,
    reasons,
    approvedOn,
  });
  return {
    ofEntry: (entry: ConsumeRow, approvedOn: LocalDate | null = null): WorkLine => {
      const row = workByEntry.get(entry.id);
      const ref = { ticketRef: entry.ticketId, kind: entry.kind, on: entry.on };
      return line(
        ref,
        { worked: row?.workedMinutes ?? null, charged: entry.minutes },
        row?.reasons ?? [],
        approvedOn,
      );
    },
    ofWork: (row: WorkLogRow): WorkLine =>
      line(row, { worked: row.workedMinutes, charged: 0 }, row.reasons, null),
  };
}

/** The statement of `period` (see {@link HourStatement}). */
export function hourStatement(input: StatementInput): HourStatement {
  const { contract, entries, period } = input;
  const totals = statement(contract, entries, period);
  const index = indexLedger(entries);
  const lines = lineMaker(input.work, input.tickets);
  const previous =
    period.index === 0 ? null : periodByIndex(scheduleOf(contract), period.index - 1);
  const pending = pendingAt(entries, index, period.lastDay).map((entry) => lines.ofEntry(entry));
  const { grants, adjustments } = grantsAndAdjustmentsIn(entries, index, period);
  const { expiries, surviving } = endOfPeriod(contract, entries, period, totals.closed);
  const prepaidPrice = new Map(
    contract.amendments.flatMap((a) => (a.kind === 'prepaid_hours' ? [[a.id, a.price]] : [])),
  );
  const periodGrants = grants.map((grant) => ({
    on: grant.on,
    source: grant.source,
    minutes: grant.minutes,
    expiresOn: grant.expiresOn,
    price: (grant.amendmentId !== null && prepaidPrice.get(grant.amendmentId)) || null,
  }));
  const ratePerHour = contractVersionAt(contract, period.lastDay).plan.overageRatePerHour;
  const invoice = invoiceLines(contract, period, periodGrants, totals.overage, ratePerHour);
  return {
    contractId: contract.id,
    period,
    closed: totals.closed,
    currency: contract.plan.price.currency,
    openingMinutes: totals.openingMinutes,
    carriedOver: carriedInto(contract, entries, period, previous),
    granted: totals.granted,
    grants: periodGrants,
    adjustedMinutes: totals.adjustedMinutes,
    adjustments: adjustments.map(({ on, minutes, reason }) => ({ on, minutes, reason })),
    consumedMinutes: totals.consumed.total,
    consumption: deductionsIn(entries, index, period).map((d) =>
      lines.ofEntry(d.entry, d.approvedOn),
    ),
    uncharged: input.work
      .filter((row) => row.chargedMinutes === 0 && row.on >= period.start && row.on < period.end)
      .map(lines.ofWork),
    pending: pending.filter((line) => line.workedOn >= period.start),
    pendingFromEarlier: pending.filter((line) => line.workedOn < period.start),
    rejected: rejectedIn(entries, index, period).map((entry) => lines.ofEntry(entry)),
    expiredMinutes: totals.expiredMinutes,
    expiries,
    closingMinutes: totals.closingMinutes,
    closingGrants: surviving,
    overage: { ...totals.overage, ratePerHour },
    invoice,
    invoiceTotal: invoiceTotal(invoice),
  };
}

function invoiceLines(
  contract: Contract,
  period: Period,
  grants: readonly PeriodGrant[],
  overage: { minutes: number; amount: Money | null },
  ratePerHour: Money | null,
): InvoiceLine[] {
  const lines: InvoiceLine[] = feesBilledAt(contract, period);
  if (overage.minutes > 0 && overage.amount !== null && ratePerHour !== null) {
    lines.push({ kind: 'overage', minutes: overage.minutes, ratePerHour, amount: overage.amount });
  }
  for (const grant of grants) {
    if (grant.source === 'prepaid' && grant.price !== null)
      lines.push({ kind: 'prepaid', on: grant.on, minutes: grant.minutes, amount: grant.price });
  }
  return lines;
}

/** Minutes a list of lines charged: what the statement's detail adds up to. */
export function chargedMinutes(lines: readonly WorkLine[]): number {
  return lines.reduce((sum, line) => sum + line.chargedMinutes, 0);
}
