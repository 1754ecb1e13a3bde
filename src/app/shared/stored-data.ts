/**
 * What a module stores, table by table, and which columns hold personal data (a person's name
 * or contact details, what they wrote, where they connected from) or point at a person. Each
 * module declares it once (its `stored-data.ts`), so access, rectification, export and
 * anonymisation requests (seed 003, GDPR) can find everything; a test keeps the declarations and
 * the database's tables in step.
 */
export interface StoredData {
  readonly table: string;
  /** Columns with personal data or a person's id; empty when the table holds none. */
  readonly personal: readonly string[];
}
