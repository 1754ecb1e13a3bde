/**
 * A signed-in person's own subscription to the updates section by mail: their consent to
 * platform updates by email, given or withdrawn from the portal (source `portal`).
 */
import {
  changeConsent,
  communicationError,
  hasConsent,
} from '../../domain/communications/index.js';
import type { Contact } from '../../domain/contacts/index.js';
import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import { appendConsent } from './append-consent.js';
import { currentUnsubscribeSecret } from './issue-unsubscribe-link.js';
import type { CommunicationsDeps } from './ports.js';

/** Whether the person is subscribed, and the address the mail goes to. */
export interface UpdateSubscription {
  readonly subscribed: boolean;
  readonly email: string | null;
}

async function contactOf(
  options: Pick<CommunicationsDeps, 'contacts'> & { actor: Actor },
): Promise<Contact> {
  const contact = await options.contacts.findByUser(options.actor.userId);
  if (contact === undefined) throw new DomainError('not_found', 'no contact for this user');
  return contact;
}

/** The signed-in person's subscription to the updates section. */
export async function readUpdateSubscription(
  options: Pick<CommunicationsDeps, 'contacts' | 'consents'> & { actor: Actor },
): Promise<UpdateSubscription> {
  authorise(options.actor, 'updates.subscribe');
  const contact = await contactOf(options);
  const history = await options.consents.history(contact.id);
  return {
    subscribed: hasConsent(history, contact.id, 'email', 'product_updates'),
    email: contact.email,
  };
}

/**
 * Subscribes the signed-in person to the updates section's mail, or unsubscribes them; the
 * change is in their contact's consent history and trace. Subscribing is refused when the mail
 * could never be sent: no address (`no_email_address`), or no secret to sign its
 * unsubscribe links (`unsubscribe_unavailable`).
 */
export async function setUpdateSubscription(
  options: Pick<
    CommunicationsDeps,
    'clock' | 'ids' | 'contacts' | 'consents' | 'unsubscribeSecrets' | 'transact'
  > & { actor: Actor; origin: Origin; subscribed: boolean },
): Promise<UpdateSubscription> {
  authorise(options.actor, 'updates.subscribe');
  const contact = await contactOf(options);
  if (options.subscribed) {
    currentUnsubscribeSecret(options);
    if (contact.email === null) {
      throw communicationError(
        'no_email_address',
        { contactId: contact.id },
        'the contact has no email address',
        'subscribed',
      );
    }
  }
  const at = options.clock.now();
  const history = await options.consents.history(contact.id);
  const event = changeConsent(history, {
    contact,
    channel: 'email',
    purpose: 'product_updates',
    state: options.subscribed ? 'granted' : 'withdrawn',
    source: 'portal',
    at: at.getTime(),
    evidence: null,
  });
  if (event !== null) {
    await options.transact(async (tx) => {
      await appendConsent(tx, options.ids, event, options.actor.userId);
      await recordChange(tx, { ...options, at, resourceType: 'contacts', resourceId: contact.id });
    });
  }
  return { subscribed: options.subscribed, email: contact.email };
}
