/**
 * Everything Pacta stores, every module's declaration together and checked once: what access
 * exports and anonymisation (seed 003) walk, and what the tests hold against the schema. A module
 * with a new table adds it to its own `stored-data.ts`; a new module adds its list here.
 */
import { agencyData } from '../app/agency/index.js';
import { calendarsData } from '../app/calendars/index.js';
import { campaignsData } from '../app/campaigns/index.js';
import { communicationsData } from '../app/communications/index.js';
import { contactsData } from '../app/contacts/index.js';
import { contractsData } from '../app/contracts/index.js';
import { deskData } from '../app/desk/index.js';
import { hourBankData } from '../app/hour-bank/index.js';
import { identityData } from '../app/identity/index.js';
import { knowledgeData } from '../app/knowledge/index.js';
import { mailData } from '../app/mail/index.js';
import { outboxData } from '../app/outbox/index.js';
import { plansData } from '../app/plans/index.js';
import { projectsData } from '../app/projects/index.js';
import { quotesData } from '../app/quotes/index.js';
import { reportsData } from '../app/reports/index.js';
import type { StoredData } from '../app/shared/index.js';
import { successData } from '../app/success/index.js';
import { checkStoredData } from '../domain/contacts/index.js';

/** Every module's tables, in the order access exports list them. */
export const storedData: readonly StoredData[] = [
  ...calendarsData,
  ...plansData,
  ...contractsData,
  ...hourBankData,
  ...deskData,
  ...outboxData,
  ...reportsData,
  ...knowledgeData,
  ...agencyData,
  ...quotesData,
  ...projectsData,
  ...successData,
  ...mailData,
  ...identityData,
  ...contactsData,
  ...communicationsData,
  ...campaignsData,
];
checkStoredData(storedData);

/** Tables that are the migrator's bookkeeping, not data. */
export const bookkeepingTables: readonly string[] = ['kysely_migration', 'kysely_migration_lock'];
