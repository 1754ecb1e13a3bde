/** The hour bank's checkpoint table (migration 0017), part of the schema of `../schema.ts`. */
import type { ColumnType } from 'kysely';

/** The replay state where each closed period of a contract ends (never updated or deleted). */
export interface LedgerCheckpointsTable {
  contract_id: string;
  period_index: number;
  from_date: string;
  state: ColumnType<unknown, string, string>;
  created_at: Date;
}
