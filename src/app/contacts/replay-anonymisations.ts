import {
  type AnonymisationLogEntry,
  type Contact,
  type RestoredState,
  replaySelection,
} from '../../domain/contacts/index.js';
import type { Origin } from '../shared/index.js';
import { eraseContact } from './erase-contact.js';
import type { ContactsDeps } from './ports.js';

/** What a replay did with the log file's entries the database lacked. */
export interface ReplayReport {
  /** Contacts anonymised again under their logged pseudonym, in log order. */
  readonly replayed: readonly string[];
  /** Entries whose contact is not in the restored data (created after the backup). */
  readonly absent: number;
}

/**
 * Re-applies the log file's anonymisations that the database lacks — it was restored from a
 * backup older than them (issue 17): in log order, one transaction each, a contact active again
 * is erased under its logged pseudonym, at its logged time and by its logged author, and every
 * such entry is put back in the database's log, so both keep one numbering. Legal holds are not
 * asked again: the anonymisation was final when it was made. A second replay finds nothing.
 */
export async function replayAnonymisations(
  options: Pick<
    ContactsDeps,
    'ids' | 'contacts' | 'storedData' | 'transact' | 'anonymisationLog'
  > & {
    /** The log file's entries, checked and in order. */
    log: readonly AnonymisationLogEntry[];
    origin: Origin;
  },
): Promise<ReplayReport> {
  const last = await options.anonymisationLog.last();
  const missing = options.log.filter((entry) => entry.sequence > last);
  const found = new Map<string, Contact>();
  for (const { contactId } of missing) {
    const contact = await options.contacts.find(contactId);
    if (contact) found.set(contactId, contact);
  }
  const stateOf = (contactId: string): RestoredState => found.get(contactId)?.state ?? 'absent';
  const selected = replaySelection(missing, stateOf);
  for (const entry of missing) {
    const contact = selected.includes(entry) ? found.get(entry.contactId) : undefined;
    await options.transact(async (tx) => {
      if (contact) {
        await eraseContact(tx, options, {
          found: contact,
          pseudonym: entry.pseudonym,
          at: new Date(entry.at),
          authorId: entry.actorId,
          actor: null,
          origin: options.origin,
        });
      }
      await tx.anonymisationLog.putBack(entry);
    });
  }
  return {
    replayed: selected.map((entry) => entry.contactId),
    absent: missing.filter((entry) => stateOf(entry.contactId) === 'absent').length,
  };
}
