/** Serialises the hour bank for the API: charges with their reasons, work, entries, balances, statements. */
import type { z } from 'zod';
import type { LoggedWork, WorkRecord } from '../../../app/hour-bank/index.js';
import type { Balance, Charge, LedgerEntry, Statement } from '../../../domain/hour-bank/index.js';
import { type Money, toMoneyJson } from '../../../domain/money.js';
import { type Locale, reasonPhrase } from '../../../i18n/index.js';
import type {
  balanceView,
  chargeView,
  entryView,
  loggedWorkView,
  statementView,
  workView,
} from './schema.js';

const moneyOrNull = (value: Money | null) => (value ? toMoneyJson(value) : null);

/** Serialises a charge: each reason with its code, parameters and its text in the viewer's language. */
export function presentCharge(charge: Charge, locale: Locale): z.infer<typeof chargeView> {
  return {
    minutes: charge.minutes,
    free: charge.free,
    quoteRequired: charge.quoteRequired,
    approvalRequired: charge.approvalRequired,
    reasons: charge.reasons.map((reason) => {
      const { code, ...params } = reason;
      return { code, text: reasonPhrase(locale, reason), params };
    }),
  };
}

/** Serialises logged work. */
export function presentWork(work: WorkRecord): z.infer<typeof workView> {
  const { contractId: _c, reasons: _r, ...rest } = work;
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
export function presentLoggedWork(
  result: LoggedWork,
  locale: Locale,
): z.infer<typeof loggedWorkView> {
  return {
    work: presentWork(result.work),
    charge: presentCharge(result.charge, locale),
    entry: result.entry ? presentEntry(result.entry) : null,
  };
}
