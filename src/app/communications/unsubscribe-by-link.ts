import {
  type UnsubscribeClaim,
  unsubscribe,
  verifyUnsubscribeToken,
} from '../../domain/communications/index.js';
import { DomainError } from '../../domain/errors.js';
import { type Origin, recordChange } from '../shared/index.js';
import { appendConsent } from './append-consent.js';
import { currentUnsubscribeSecret } from './issue-unsubscribe-link.js';
import type { CommunicationsDeps } from './ports.js';

/**
 * Withdraws the consent an unsubscribe link names, for whoever holds the link (no sign-in: the
 * token is signed). A forged or unknown token is `not_found`; clicking twice changes nothing
 * more; an anonymised contact is simply answered (it receives nothing any more). Without a
 * secret configured the link cannot be checked: `unsubscribe_unavailable`, said plainly.
 */
export async function unsubscribeByLink(
  options: Pick<
    CommunicationsDeps,
    'clock' | 'ids' | 'contacts' | 'consents' | 'unsubscribeSecrets' | 'transact'
  > & { origin: Origin; token: string },
): Promise<UnsubscribeClaim> {
  currentUnsubscribeSecret(options);
  const claim = verifyUnsubscribeToken(options.token, options.unsubscribeSecrets);
  const contact = claim === null ? undefined : await options.contacts.find(claim.contactId);
  if (claim === null || contact === undefined) {
    throw new DomainError('not_found', 'no such unsubscribe link');
  }
  const at = options.clock.now();
  const history = await options.consents.history(contact.id);
  const event = unsubscribe(history, claim, contact.state, at.getTime());
  if (event === null) return claim;
  await options.transact(async (tx) => {
    await appendConsent(tx, options.ids, event, null);
    await recordChange(tx, {
      ...options,
      actor: null,
      at,
      resourceType: 'contacts',
      resourceId: contact.id,
    });
  });
  return claim;
}
