import { identityError } from '../../domain/identity/errors.js';
import { type Origin, recordChange } from '../shared/index.js';
import { acceptablePasswordHash } from './password-policy.js';
import type { IdentityDeps } from './ports.js';
import { replacePassword } from './replace-password.js';
import { digestSecret } from './secrets.js';

/**
 * Completes a reset with the link's secret: the link is used up, the new password (under the
 * usual policy) replaces the old one, and every session, API token and other link of the user
 * ends. A used, expired or unknown link is refused alike.
 */
export async function completePasswordReset(
  options: Pick<IdentityDeps, 'clock' | 'users' | 'transact'> & {
    origin: Origin;
    token: string;
    password: string;
  },
): Promise<void> {
  const passwordHash = await acceptablePasswordHash(options.password);
  const at = options.clock.now();
  await options.transact(async (tx) => {
    const userId = await tx.passwordResets.consume(digestSecret(options.token), at);
    const user = userId ? await tx.users.findById(userId) : undefined;
    if (!user?.active) {
      throw identityError(
        'reset_link_unusable',
        {},
        'this reset link is unknown, used or expired',
        'token',
      );
    }
    await replacePassword(tx, { userId: user.id, passwordHash, at });
    // the person proved they hold the mailbox: the audit log names them
    await recordChange(tx, {
      origin: options.origin,
      actor: { userId: user.id, organisationId: user.organisationId },
      at,
      resourceType: 'users',
      resourceId: user.id,
    });
  });
}
