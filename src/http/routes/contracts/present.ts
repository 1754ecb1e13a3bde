import { z } from 'zod';
import type { ContractRecord, WorkRecord } from '../../../app/hour-bank/ports.js';
import { amendmentSchema } from '../../../domain/contracts/index.js';
import {
  type Balance,
  type Charge,
  type LedgerEntry,
  renderReason,
  type Statement,
} from '../../../domain/hour-bank/index.js';
import { type Money, toMoneyJson } from '../../../domain/money.js';
import { planParamsSchema } from '../../../domain/plans/params.js';
import { localDateSchema } from '../../../domain/time/index.js';

const money = z.object({ amount: z.string(), currency: z.string() }).nullable();
const json = z.record(z.string(), z.unknown());

/** A contract as the API shows it. */
export const contractView = z
  .object({
    id: z.string(),
    name: z.string(),
    clientId: z.string(),
    planId: z.string().nullable(),
    start: z.string(),
    end: z.string().nullable(),
    plan: json,
    amendments: z.array(json),
    createdAt: z.string(),
  })
  .meta({ id: 'Contract' });

/** The charge of logged work with its reasons, as codes and as text. */
export const chargeView = z.object({
  minutes: z.number(),
  free: z.boolean(),
  quoteRequired: z.boolean(),
  approvalRequired: z.boolean(),
  reasons: z.array(z.object({ code: z.string(), text: z.string(), params: json })),
});

/** A logged piece of work. */
export const workView = z.object({
  id: z.string(),
  ticketRef: z.string(),
  conversationRef: z.string().nullable(),
  kind: z.string(),
  on: z.string(),
  workedMinutes: z.number(),
  chargedMinutes: z.number(),
  firstContact: z.boolean(),
  quoteRequired: z.boolean(),
  ledgerEntryId: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

/** The fields of a time entry, whether logged on a contract or on a ticket. */
export const timeEntryFields = {
  minutes: z.number().int().min(1).max(1440),
  firstContact: z.boolean().default(false),
  note: z.string().max(2000).nullable().default(null),
  on: localDateSchema.optional(),
};

/** A ledger entry: its type, date, id and the fields of its type. */
export const entryView = z
  .object({ id: z.string(), type: z.string(), on: z.string() })
  .catchall(z.unknown());

/** The answer to logging work: the work, its charge and the ledger entry (if any). */
export const loggedWorkView = z.object({
  work: workView,
  charge: chargeView,
  entry: entryView.nullable(),
});

/** The balance on a day. */
export const balanceView = z.object({
  date: z.string(),
  period: json,
  availableMinutes: z.number(),
  pendingMinutes: z.number(),
  uncoveredMinutes: z.number(),
  expiringAtPeriodEnd: z.number(),
  grants: z.array(json),
  pending: z.array(json),
});

/** A period statement with money as {amount, currency}. */
export const statementView = z
  .object({
    period: json,
    closed: z.boolean(),
    openingMinutes: z.number(),
    granted: json,
    adjustedMinutes: z.number(),
    consumed: json,
    pendingMinutes: z.number(),
    expiredMinutes: z.number(),
    overage: z.object({ minutes: z.number(), amount: money, billed: z.boolean() }),
    closingMinutes: z.number(),
  })
  .meta({ id: 'Statement' });

const moneyOrNull = (value: Money | null) => (value ? toMoneyJson(value) : null);

/** Serialises a contract. */
export function presentContract(record: ContractRecord): z.infer<typeof contractView> {
  const { contract } = record;
  return {
    id: contract.id,
    name: record.name,
    clientId: contract.clientId,
    planId: record.planId,
    start: contract.start,
    end: contract.end,
    plan: z.encode(planParamsSchema, contract.plan) as Record<string, unknown>,
    amendments: contract.amendments.map(
      (a) => z.encode(amendmentSchema, a) as Record<string, unknown>,
    ),
    createdAt: record.createdAt.toISOString(),
  };
}

/** Serialises a charge: each reason with its code, parameters and English text. */
export function presentCharge(charge: Charge): z.infer<typeof chargeView> {
  return {
    minutes: charge.minutes,
    free: charge.free,
    quoteRequired: charge.quoteRequired,
    approvalRequired: charge.approvalRequired,
    reasons: charge.reasons.map((reason) => {
      const { code, ...params } = reason;
      return { code, text: renderReason(reason), params };
    }),
  };
}

/** Serialises logged work. */
export function presentWork(work: WorkRecord): z.infer<typeof workView> {
  const { contractId: _c, reasons: _r, createdBy: _b, ...rest } = work;
  return { ...rest, createdAt: work.createdAt.toISOString() };
}

/** Serialises a ledger entry (money as JSON). */
export function presentEntry(entry: LedgerEntry): z.infer<typeof entryView> {
  return 'amount' in entry ? { ...entry, amount: moneyOrNull(entry.amount) } : { ...entry };
}

/** Serialises a balance. */
export function presentBalance(balance: Balance): z.infer<typeof balanceView> {
  return {
    ...balance,
    period: { ...balance.period },
    grants: balance.grants.map((grant) => ({ ...grant })),
    pending: balance.pending.map((pending) => ({ ...pending })),
  };
}

/** Serialises a statement. */
export function presentStatement(statement: Statement): z.infer<typeof statementView> {
  return {
    ...statement,
    period: { ...statement.period },
    granted: { ...statement.granted },
    consumed: { total: statement.consumed.total, byKind: { ...statement.consumed.byKind } },
    overage: { ...statement.overage, amount: moneyOrNull(statement.overage.amount) },
  };
}

/** Serialises the result of logging work: the work, its charge and the ledger entry (if any). */
export function presentLoggedWork(result: {
  work: WorkRecord;
  charge: Charge;
  entry: LedgerEntry | null;
}) {
  return {
    work: presentWork(result.work),
    charge: presentCharge(result.charge),
    entry: result.entry ? presentEntry(result.entry) : null,
  };
}
