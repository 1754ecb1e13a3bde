import type { SessionRepository } from '../../app/identity/index.js';
import type { Db } from '../database.js';

/** Web sessions in PostgreSQL. */
export function sessionRepository(db: Db): SessionRepository {
  return {
    async create(input) {
      await db
        .insertInto('sessions')
        .values({
          token_hash: input.tokenHash,
          user_id: input.userId,
          created_at: input.createdAt,
          expires_at: input.expiresAt,
        })
        .execute();
    },
    async findUserId(tokenHash, now) {
      const row = await db
        .selectFrom('sessions')
        .select('user_id')
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row?.user_id;
    },
    async delete(tokenHash) {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    async deleteForUser(userId) {
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },
  };
}
