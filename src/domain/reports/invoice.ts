/**
 * What the invoice sent with a monthly statement bills: the plan's fee (seed 002: "La facturación
 * se realiza por mes anticipado"), the period's overage hours × the rate in force, and prepaid
 * hours bought in the period at their agreed price.
 *
 * Which fee: the statement goes out when its period closes, so with billing in advance it bills
 * each billing interval that starts then (the next month, for seed 002), and with billing in
 * arrears each interval that ends then. Billing intervals are counted from the contract's start
 * (1, 3 or 12 months). The first interval of a contract billed in advance is invoiced at
 * signing, with no statement.
 */

import { type Contract, contractVersionAt, type Period } from '../contracts/index.js';
import { addMoney, type Money } from '../money.js';
import { addDays, addMonths, type LocalDate, monthsBetween } from '../time/index.js';

/** Months in a billing interval. */
const intervalMonths = { month: 1, quarter: 3, year: 12 } as const;

/** One line of the invoice that goes with the statement. */
export type InvoiceLine =
  | {
      readonly kind: 'fee';
      readonly timing: 'in_advance' | 'in_arrears';
      /** The billing interval the fee pays for, first and last day. */
      readonly from: LocalDate;
      readonly to: LocalDate;
      readonly amount: Money;
    }
  | {
      readonly kind: 'overage';
      readonly minutes: number;
      readonly ratePerHour: Money;
      readonly amount: Money;
    }
  | {
      readonly kind: 'prepaid';
      readonly on: LocalDate;
      readonly minutes: number;
      readonly amount: Money;
    };

/** The fee lines billed when `period` closes (see the module comment). */
export function feesBilledAt(contract: Contract, period: Period): InvoiceLine[] {
  const { billing } = contractVersionAt(contract, period.lastDay).plan;
  const months = intervalMonths[billing.every];
  const elapsed = monthsBetween(contract.start, period.end);
  const aligned = addMonths(contract.start, elapsed) === period.end && elapsed % months === 0;
  if (!aligned) return [];
  const inAdvance = billing.timing === 'in_advance';
  const from = inAdvance ? period.end : addMonths(contract.start, elapsed - months);
  const end = inAdvance ? addMonths(contract.start, elapsed + months) : period.end;
  if (inAdvance && contract.end !== null && from >= contract.end) return [];
  if (from < contract.start) return [];
  const priced = inAdvance ? from : addDays(end, -1);
  return [
    {
      kind: 'fee',
      timing: billing.timing,
      from,
      to: addDays(end, -1),
      amount: contractVersionAt(contract, priced).plan.price,
    },
  ];
}

/** The sum of the lines, or null when they mix currencies (each is then billed apart). */
export function invoiceTotal(lines: readonly InvoiceLine[]): Money | null {
  const [first, ...rest] = lines;
  if (first === undefined) return null;
  if (rest.some((line) => line.amount.currency !== first.amount.currency)) return null;
  return rest.reduce((sum, line) => addMoney(sum, line.amount), first.amount);
}
