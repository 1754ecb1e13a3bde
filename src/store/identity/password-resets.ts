import type { PasswordResetRepository } from '../../app/identity/index.js';
import type { Db } from '../database.js';

/** Password-reset links in PostgreSQL, used up by a single conditional update. */
export function passwordResetRepository(db: Db): PasswordResetRepository {
  return {
    async create(input) {
      await db
        .insertInto('password_resets')
        .values({
          token_hash: input.tokenHash,
          user_id: input.userId,
          created_at: input.createdAt,
          expires_at: input.expiresAt,
        })
        .execute();
    },
    async consume(tokenHash, now) {
      const row = await db
        .updateTable('password_resets')
        .set({ used_at: now })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .returning('user_id')
        .executeTakeFirst();
      return row?.user_id;
    },
    async voidForUser(userId, now) {
      await db
        .updateTable('password_resets')
        .set({ used_at: now })
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .execute();
    },
  };
}
