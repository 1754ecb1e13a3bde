/**
 * A report's model as JSON and back: amounts (`Money`, whose minor units are a bigint) are
 * written as `{ "$money": { amount, currency } }` and read back exact, so an archived
 * statement renders the same UF to the last decimal years later.
 */
import { isMoney, parseMoney, toMoneyJson } from '../../domain/money.js';

/** The model as the JSON text stored in `issued_reports.model`. */
export function encodeSnapshot(model: unknown): string {
  return JSON.stringify(model, (_key, value: unknown) =>
    isMoney(value) ? { $money: toMoneyJson(value) } : value,
  );
}

/** The model from its stored JSON (`pg` hands jsonb over parsed): amounts are Money again. */
export function decodeSnapshot(stored: unknown): unknown {
  const text = typeof stored === 'string' ? stored : JSON.stringify(stored);
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || !('$money' in value)) return value;
    const { amount, currency } = (value as { $money: { amount: string; currency: string } }).$money;
    return parseMoney(amount, currency);
  });
}
