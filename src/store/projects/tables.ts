/** The projects table (seeds 002 and 003), part of the schema of `../schema.ts`. */
import type { ColumnType } from 'kysely';

/** Projects, kept whole in `record`; at most one per quote. */
export interface ProjectsTable {
  id: string;
  contract_id: string;
  quote_id: string | null;
  created_at: Date;
  updated_at: Date;
  record: ColumnType<unknown, string, string>;
}
