/**
 * What a module stores, table by table, and which columns hold personal data (a person's name
 * or contact details, what they wrote, where they connected from) or point at a person — and,
 * where there are some, how a person's rows are found and what erasure does with them. Each
 * module declares it once (its `stored-data.ts`), so access, rectification, export and
 * anonymisation requests (seed 003, GDPR) can find everything; the rules of a sound declaration
 * are the contacts domain's (`checkStoredData`), and tests keep the declarations and the
 * database's tables and columns in step.
 */
export type { AnonymiseAction, Locator, StoredData } from '../../domain/contacts/index.js';
