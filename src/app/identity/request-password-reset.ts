import { retryAfterMs } from '../../domain/identity/login-throttle.js';
import {
  resetLink,
  resetLinkLifetimeMs,
  resetRequestKeys,
  resetRequestLimits,
} from '../../domain/identity/password-reset.js';
import { type Origin, recordChange } from '../shared/index.js';
import type { IdentityDeps } from './ports.js';
import { digestSecret, newSecret } from './secrets.js';

/**
 * "I forgot my password": mails the person a single-use link valid for an hour, in their
 * language, when the address belongs to an active user with a login. Answers nothing either way,
 * so the caller cannot tell a known address from an unknown one; every request is counted per
 * address and per IP, and past the limit nothing more is sent (no mail flood).
 */
export async function requestPasswordReset(
  options: Pick<
    IdentityDeps,
    'clock' | 'ids' | 'users' | 'signInAttempts' | 'accountMailer' | 'transact'
  > & { origin: Origin; email: string; ip: string },
): Promise<void> {
  const at = options.clock.now();
  const secret = newSecret('');
  const counts = await Promise.all(
    resetRequestKeys(options.email, options.ip).map((key) =>
      options.signInAttempts.count(key, at, resetRequestLimits.windowMs),
    ),
  );
  const user = await options.users.findByEmail(options.email);
  if (!user?.active || !user.passwordHash) return;
  if (counts.some((count) => retryAfterMs(count, resetRequestLimits, at) > 0)) return;
  const { accountMailer } = options;
  const tokenHash = digestSecret(secret);
  const mail = accountMailer.render(
    {
      kind: 'password_reset',
      name: user.name,
      link: resetLink(accountMailer.publicUrl, secret),
      minutes: resetLinkLifetimeMs / 60_000,
    },
    user.locale,
  );
  await options.transact(async (tx) => {
    await tx.passwordResets.create({
      tokenHash,
      userId: user.id,
      createdAt: at,
      expiresAt: new Date(at.getTime() + resetLinkLifetimeMs),
    });
    await tx.accountMail.enqueue({
      id: options.ids.newId(),
      dedupeKey: `password-reset:${tokenHash}`,
      messageId: `${options.ids.newId()}@${accountMailer.messageIdDomain}`,
      toAddress: user.email,
      toName: user.name,
      language: user.locale,
      ...mail,
      createdAt: at,
    });
    // nobody is signed in: the entry names the account the link was sent for
    await recordChange(tx, {
      origin: options.origin,
      actor: null,
      at,
      resourceType: 'users',
      resourceId: user.id,
    });
  });
}
