/** Each user's own calendar-feed tokens, stored hashed. */
import type { Selectable } from 'kysely';
import type { UserFeedToken, UserFeedTokenRepository } from '../../app/agency/index.js';
import type { Db } from '../database.js';
import type { AgencyUserFeedTokensTable } from './tables.js';

function toUserFeedToken(row: Selectable<AgencyUserFeedTokensTable>): UserFeedToken {
  return {
    id: row.id,
    userId: row.user_id,
    createdAt: row.created_at.getTime(),
    revokedAt: row.revoked_at?.getTime() ?? null,
  };
}

/** The user feed tokens over one database or transaction. */
export function userFeedTokenRepository(db: Db): UserFeedTokenRepository {
  return {
    async addUserFeedToken(token, tokenHash) {
      await db
        .insertInto('agency_user_feed_tokens')
        .values({
          id: token.id,
          user_id: token.userId,
          token_hash: tokenHash,
          created_at: new Date(token.createdAt),
          revoked_at: null,
        })
        .execute();
    },
    async revokeUserFeedTokens(userId, at) {
      const result = await db
        .updateTable('agency_user_feed_tokens')
        .set({ revoked_at: at })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async findUserFeedToken(tokenHash) {
      const row = await db
        .selectFrom('agency_user_feed_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row && toUserFeedToken(row);
    },
  };
}
