import { signUnsubscribeToken, type UnsubscribeClaim } from '../../domain/communications/index.js';
import { DomainError } from '../../domain/errors.js';
import type { CommunicationsDeps } from './ports.js';

/** The token of an unsubscribe link (campaign mail puts it in every message), signed with the current secret. */
export function issueUnsubscribeToken(
  options: Pick<CommunicationsDeps, 'unsubscribeSecrets'>,
  claim: UnsubscribeClaim,
): string {
  const [current] = options.unsubscribeSecrets;
  if (current === undefined) {
    throw new DomainError('unavailable', 'no secret to sign unsubscribe links is configured');
  }
  return signUnsubscribeToken(claim, current);
}
