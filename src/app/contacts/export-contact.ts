import { type Contact, exportPlan, type TraceEntry, traceOf } from '../../domain/contacts/index.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import { findContact } from './find-contact.js';
import type { ContactsDeps, ExportedRows } from './ports.js';
import { appendTrace } from './trace.js';

/** Everything held about a contact (GDPR access): the contact, every declared table's rows, its history. */
export interface ContactExport {
  readonly contact: Contact;
  readonly exportedAt: Date;
  readonly tables: readonly ExportedRows[];
  readonly trace: readonly TraceEntry[];
}

/**
 * Exports everything held about a contact in one request (provider administrators, for the data
 * protection officer): the rows of every table a module declares personal, found through the
 * declarations, credentials left out. The export is traced and audited.
 */
export async function exportContact(
  options: Pick<
    ContactsDeps,
    'clock' | 'ids' | 'contacts' | 'privacy' | 'storedData' | 'transact'
  > & {
    actor: Actor;
    origin: Origin;
    contactId: string;
  },
): Promise<ContactExport> {
  authorise(options.actor, 'privacy.manage');
  const at = options.clock.now();
  const contact = await findContact(options.contacts, options.contactId);
  const userId = contact.kind === 'person' ? contact.userId : null;
  const tables = await options.privacy.exportSubject(exportPlan(options.storedData), {
    contactId: contact.id,
    userId,
  });
  await options.transact(async (tx) => {
    const entry = traceOf(contact.id, 'exported', at.getTime(), options.actor.userId);
    await appendTrace(tx.contacts, options.ids, [entry]);
    await recordChange(tx, { ...options, at, resourceType: 'contacts', resourceId: contact.id });
  });
  const trace = await options.contacts.trace(contact.id);
  return { contact, exportedAt: at, tables, trace };
}
