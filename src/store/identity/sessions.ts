import { type Selectable, sql } from 'kysely';
import type { SessionInfo, SessionRepository } from '../../app/identity/index.js';
import type { Db } from '../database.js';
import type { SessionsTable } from './tables.js';
import { toUser } from './users.js';

/** How stale a session's "last used" may get before a request writes it again. */
const touchEveryMs = 60_000;

function toSession(row: Selectable<SessionsTable>): SessionInfo {
  return {
    id: row.id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    userAgent: row.user_agent,
    ip: row.ip,
  };
}

/** Web sessions in PostgreSQL. */
export function sessionRepository(db: Db): SessionRepository {
  return {
    async create(input) {
      await db
        .insertInto('sessions')
        .values({
          id: input.id,
          token_hash: input.tokenHash,
          user_id: input.userId,
          created_at: input.createdAt,
          expires_at: input.expiresAt,
          last_used_at: input.createdAt,
          user_agent: input.userAgent,
          ip: input.ip,
        })
        .execute();
    },
    async touchActive(tokenHash, now) {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .selectAll('users')
        .select(['sessions.id as session_id', 'sessions.last_used_at as session_used_at'])
        .where('sessions.token_hash', '=', tokenHash)
        .where('sessions.expires_at', '>', now)
        .executeTakeFirst();
      if (!row) return undefined;
      const stale = new Date(now.getTime() - touchEveryMs);
      if (row.session_used_at === null || row.session_used_at < stale) {
        await db
          .updateTable('sessions')
          .set({ last_used_at: sql`greatest(coalesce(last_used_at, ${now}), ${now})` })
          .where('id', '=', row.session_id)
          .execute();
      }
      return { user: toUser(row), sessionId: row.session_id };
    },
    async listForUser(userId, now) {
      const rows = await db
        .selectFrom('sessions')
        .selectAll()
        .where('user_id', '=', userId)
        .where('expires_at', '>', now)
        .orderBy('last_used_at', (ob) => ob.desc().nullsLast())
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toSession);
    },
    async delete(tokenHash) {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    async deleteById(id, userId) {
      const result = await db
        .deleteFrom('sessions')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
    async deleteForUser(userId, exceptId) {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (exceptId) query = query.where('id', '!=', exceptId);
      await query.execute();
    },
  };
}
