import {
  type AnonymisationLogEntry,
  assertLogsAgree,
  type Contact,
  contactError,
  type RestoredState,
  replaySelection,
} from '../../domain/contacts/index.js';
import type { Origin } from '../shared/index.js';
import { eraseContact, userOf } from './erase-contact.js';
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
 * backup older than them (issue 17). The file must agree with the database's log on every number
 * both hold (`log_disagrees` otherwise, and nothing changes). Then, in log order, one transaction
 * each: a contact active again is erased under its logged pseudonym (its history keeps the logged
 * time and author; the audit log records the replay now), and the entry is put back under its own
 * number — refused if the database numbered another entry meanwhile. Legal holds are not asked
 * again: the anonymisation was final when it was made. A second replay finds nothing to do.
 */
export async function replayAnonymisations(
  options: Pick<
    ContactsDeps,
    'clock' | 'ids' | 'contacts' | 'users' | 'storedData' | 'transact' | 'anonymisationLog'
  > & {
    /** The log file's entries, checked and in order. */
    log: readonly AnonymisationLogEntry[];
    origin: Origin;
  },
): Promise<ReplayReport> {
  const held = await options.anonymisationLog.after(0);
  assertLogsAgree(options.log, held);
  const missing = options.log.slice(held.length);
  const found = new Map<string, Contact>();
  for (const { contactId } of missing) {
    const contact = await options.contacts.find(contactId);
    if (contact) found.set(contactId, contact);
  }
  const stateOf = (contactId: string): RestoredState => found.get(contactId)?.state ?? 'absent';
  const selected = replaySelection(missing, stateOf);
  for (const entry of missing) {
    const contact = selected.includes(entry) ? found.get(entry.contactId) : undefined;
    const user = contact && (await userOf(options.users, contact));
    await options.transact(async (tx) => {
      if (!(await tx.anonymisationLog.putBack(entry))) {
        const other = (await tx.anonymisationLog.after(entry.sequence - 1))[0];
        throw contactError(
          'log_disagrees',
          {
            sequence: entry.sequence,
            fileContact: entry.contactId,
            databaseContact: other?.contactId ?? '',
          },
          `the database numbered ${entry.sequence} while the log was replayed`,
        );
      }
      if (!contact) return;
      await eraseContact(tx, options, {
        found: contact,
        pseudonym: entry.pseudonym,
        at: new Date(entry.at),
        authorId: entry.actorId,
        actor: null,
        origin: options.origin,
        auditedAt: options.clock.now(),
        user,
      });
    });
  }
  return {
    replayed: selected.map((entry) => entry.contactId),
    absent: missing.filter((entry) => stateOf(entry.contactId) === 'absent').length,
  };
}
