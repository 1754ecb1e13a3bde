import {
  communicationError,
  signUnsubscribeToken,
  type UnsubscribeClaim,
} from '../../domain/communications/index.js';
import type { CommunicationsDeps } from './ports.js';

/**
 * The secret unsubscribe links are signed with now; without one (no `PACTA_SECRET_KEY`) links are
 * refused with `unsubscribe_unavailable` rather than offered and never working.
 */
export function currentUnsubscribeSecret(
  options: Pick<CommunicationsDeps, 'unsubscribeSecrets'>,
): string {
  const [current] = options.unsubscribeSecrets;
  if (current === undefined) {
    throw communicationError('unsubscribe_unavailable', {}, 'no secret to sign unsubscribe links');
  }
  return current;
}

/** The token of an unsubscribe link (campaign mail puts it in every message), signed with the current secret. */
export function issueUnsubscribeToken(
  options: Pick<CommunicationsDeps, 'unsubscribeSecrets'>,
  claim: UnsubscribeClaim,
): string {
  return signUnsubscribeToken(claim, currentUnsubscribeSecret(options));
}
