import type { Selectable } from 'kysely';
import type { ApiToken, ApiTokenRepository } from '../../app/identity/index.js';
import type { Db } from '../database.js';
import type { ApiTokensTable } from './tables.js';

function toToken(row: Selectable<ApiTokensTable>): ApiToken {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}

/** Personal API tokens in PostgreSQL (only digests are stored). */
export function apiTokenRepository(db: Db): ApiTokenRepository {
  return {
    async create(input) {
      const row = await db
        .insertInto('api_tokens')
        .values({
          id: input.id,
          user_id: input.userId,
          name: input.name,
          token_hash: input.tokenHash,
          created_at: input.createdAt,
          expires_at: input.expiresAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toToken(row);
    },
    async touchActiveToken(tokenHash, now) {
      const row = await db
        .updateTable('api_tokens')
        .set({ last_used_at: now })
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
        .returning(['user_id', 'expires_at'])
        .executeTakeFirst();
      return row && { userId: row.user_id, expiresAt: row.expires_at };
    },
    async listForUser(userId) {
      const rows = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toToken);
    },
    async revoke(id, userId, now) {
      const result = await db
        .updateTable('api_tokens')
        .set({ revoked_at: now })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async revokeAllForUser(userId, now) {
      await db
        .updateTable('api_tokens')
        .set({ revoked_at: now })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .execute();
    },
  };
}
