import {
  type ConsentChannel,
  type ConsentEvent,
  type ConsentPurpose,
  type ConsentSource,
  changeConsent,
} from '../../domain/communications/index.js';
import type { Actor } from '../../domain/identity/policy.js';
import { findContact } from '../contacts/index.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import { appendConsent } from './append-consent.js';
import type { CommunicationsDeps } from './ports.js';

/** A grant or withdrawal as staff record it. */
export interface ConsentInput {
  readonly channel: ConsentChannel;
  readonly purpose: ConsentPurpose;
  readonly state: 'granted' | 'withdrawn';
  readonly source: ConsentSource;
  readonly evidence: string | null;
}

/**
 * Records a contact's consent or withdrawal for a channel and purpose, with its source, date and
 * evidence (provider staff; seed 003 "Clientes que cumplan la GDPR"). Recording the state already
 * in force changes nothing; a grant from a source that cannot grant, or for an anonymised
 * contact, is refused. Returns the contact's whole history.
 */
export async function recordConsent(
  options: Pick<CommunicationsDeps, 'clock' | 'ids' | 'contacts' | 'consents' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    contactId: string;
    consent: ConsentInput;
  },
): Promise<ConsentEvent[]> {
  authorise(options.actor, 'contacts.manage');
  const at = options.clock.now();
  const contact = await findContact(options.contacts, options.contactId);
  const history = await options.consents.history(contact.id);
  const event = changeConsent(history, { ...options.consent, contact, at: at.getTime() });
  if (event === null) return history;
  await options.transact(async (tx) => {
    await appendConsent(tx, options.ids, event, options.actor.userId);
    await recordChange(tx, { ...options, at, resourceType: 'contacts', resourceId: contact.id });
  });
  return [...history, event];
}
