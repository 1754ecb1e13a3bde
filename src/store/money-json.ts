/**
 * JSON for records that hold exact amounts: a `Money` (whose minor units are a bigint) is written
 * as `{ "$money": { amount, currency } }` with its decimal string, and read back exactly.
 */
import { isMoney, type MoneyJson, parseMoney, toMoneyJson } from '../domain/money.js';

const tag = '$money';

/** A domain record as JSON text, amounts as exact decimal strings. */
export function toRecordJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    isMoney(field) ? { [tag]: toMoneyJson(field) } : field,
  );
}

function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const [first] = entries;
  if (entries.length === 1 && first?.[0] === tag) {
    const money = first[1] as MoneyJson;
    return parseMoney(money.amount, money.currency, tag);
  }
  return Object.fromEntries(entries.map(([key, field]) => [key, revive(field)]));
}

/** A record this store wrote with {@link toRecordJson}, as its domain type `T`. */
export function fromRecordJson<T>(stored: unknown): T {
  return revive(stored) as T;
}
