/** The quotes table (seeds 002 and 004), part of the schema of `../schema.ts`. */
import type { ColumnType } from 'kysely';

/** Quotes, kept whole in `record` beside the columns they are found by. */
export interface QuotesTable {
  id: string;
  contract_id: string;
  ticket_id: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  record: ColumnType<unknown, string, string>;
}
