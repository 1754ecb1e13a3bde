import { z } from 'zod';
import { type Amendment, amendmentSchema } from '../../domain/contracts/index.js';
import type { LedgerEntry, NewEntry } from '../../domain/hour-bank/index.js';
import { isMoney, moneySchema } from '../../domain/money.js';
import { type PlanParams, planParamsSchema } from '../../domain/plans/params.js';

/** Plan params to their JSON text for a jsonb column. */
export function encodePlan(plan: PlanParams): string {
  return JSON.stringify(z.encode(planParamsSchema, plan));
}

/** Plan params from a jsonb column (written by {@link encodePlan}). */
export function decodePlan(json: unknown): PlanParams {
  return z.decode(planParamsSchema, json as z.input<typeof planParamsSchema>);
}

/** An amendment to its JSON text. */
export function encodeAmendment(amendment: Amendment): string {
  return JSON.stringify(z.encode(amendmentSchema, amendment));
}

/** An amendment from a jsonb column. */
export function decodeAmendment(json: unknown): Amendment {
  return z.decode(amendmentSchema, json as z.input<typeof amendmentSchema>);
}

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
