import { assertNotHeld, pseudonymFrom } from '../../domain/contacts/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import { authorise, authorOf, type Origin, recordEvent } from '../shared/index.js';
import { type Anonymised, eraseContact, subjectOf, userOf } from './erase-contact.js';
import { contactAnonymised } from './events.js';
import { findContact } from './find-contact.js';
import type { ContactsDeps } from './ports.js';

/**
 * Anonymises a contact for good (right to erasure, provider administrators; the retention job):
 * in one transaction the contact and the user it signs in as are erased under a fresh pseudonym
 * (see `eraseContact`) while tickets, SLA figures and ledger entries keep their numbers, and the
 * anonymisation is logged under the next number, for the log file that outlives a restore.
 * Traced and audited; a second request is refused (`contact_anonymised`), and so is a contact a
 * legal hold keeps (`legal_hold`, naming the hold's reason) — checked in the transaction.
 */
export async function anonymiseContact(
  options: Pick<
    ContactsDeps,
    'clock' | 'ids' | 'contacts' | 'users' | 'storedData' | 'transact'
  > & {
    /** An administrator, or the retention job. */
    actor: Principal;
    origin: Origin;
    contactId: string;
  },
): Promise<Anonymised> {
  authorise(options.actor, 'privacy.manage');
  const at = options.clock.now();
  const found = await findContact(options.contacts, options.contactId);
  const pseudonym = pseudonymFrom(options.ids.newId());
  const authorId = authorOf(options.actor);
  const user = await userOf(options.users, found);
  return options.transact(async (tx) => {
    assertNotHeld(found.id, await tx.legalHolds.keeping(subjectOf(found)));
    const erasure = {
      found,
      pseudonym,
      at,
      authorId,
      actor: options.actor,
      origin: options.origin,
      user,
    };
    const done = await eraseContact(tx, options, erasure);
    const logged = await tx.anonymisationLog.append({
      ...subjectOf(found),
      pseudonym,
      at: at.getTime(),
      actorId: authorId,
      basis: 'system' in options.actor ? 'retention' : 'request',
    });
    await recordEvent(tx, options.ids, at, contactAnonymised, { sequence: logged.sequence });
    return done;
  });
}
