import type { IdentityTx } from './ports.js';

/**
 * Gives a user a new password hash and ends everything the old one opened: web sessions, API
 * tokens and unused reset links. Runs inside the caller's transaction.
 */
export async function replacePassword(
  tx: IdentityTx,
  change: { userId: string; passwordHash: string; at: Date },
): Promise<void> {
  await tx.users.setPasswordHash(change.userId, change.passwordHash);
  await tx.sessions.deleteForUser(change.userId);
  await tx.tokens.revokeAllForUser(change.userId, change.at);
  await tx.passwordResets.voidForUser(change.userId, change.at);
}
