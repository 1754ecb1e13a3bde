/** Ledger entries as rows: `type`, `on` and `key` in columns, the rest as jsonb (money as JSON). */
import { z } from 'zod';
import type { LedgerEntry, NewEntry } from '../../domain/hour-bank/index.js';
import { isMoney, moneySchema } from '../../domain/money.js';

/** The columns of one ledger entry: `type`, `on` and `key` apart, the rest as jsonb (money as JSON). */
export function encodeEntry(entry: NewEntry): {
  type: string;
  on_date: string;
  key: string | null;
  body: string;
} {
  const { type, on, ...rest } = entry;
  const body: Record<string, unknown> = { ...rest };
  if ('amount' in rest && rest.amount) body.amount = z.encode(moneySchema, rest.amount);
  const key = 'key' in rest ? rest.key : null;
  return { type, on_date: on, key, body: JSON.stringify(body) };
}

/**
 * A ledger entry from its row, built on the row's parsed jsonb object itself (no copy: 100k rows
 * load fast); decoding the same row twice is harmless.
 */
export function decodeEntry(row: {
  id: string;
  type: string;
  on_date: string;
  body: unknown;
}): LedgerEntry {
  const entry = row.body as Record<string, unknown>;
  entry.id = row.id;
  entry.type = row.type;
  entry.on = row.on_date;
  if (entry.amount && !isMoney(entry.amount)) {
    entry.amount = z.decode(moneySchema, entry.amount as z.input<typeof moneySchema>);
  }
  return entry as unknown as LedgerEntry;
}
