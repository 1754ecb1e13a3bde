import { sql } from 'kysely';
import type { SignInAttemptCounter } from '../../app/identity/index.js';
import type { Db } from '../database.js';

/** Sign-in attempts counted per key in one atomic upsert (row-locked, so concurrent counts queue). */
export function signInAttemptCounter(db: Db): SignInAttemptCounter {
  return {
    async count(key, now, windowMs) {
      const windowStart = new Date(now.getTime() - windowMs);
      const expired = sql<boolean>`sign_in_attempts.window_started_at <= ${windowStart}`;
      const row = await db
        .insertInto('sign_in_attempts')
        .values({ key, window_started_at: now, attempts: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            attempts: sql`case when ${expired} then 1 else sign_in_attempts.attempts + 1 end`,
            window_started_at: sql`case when ${expired} then ${now} else sign_in_attempts.window_started_at end`,
          }),
        )
        .returning(['attempts', 'window_started_at'])
        .executeTakeFirstOrThrow();
      return { attempts: row.attempts, windowStartedAt: row.window_started_at };
    },
    async takeBack(key) {
      await db
        .updateTable('sign_in_attempts')
        .set({ attempts: sql`greatest(attempts - 1, 0)` })
        .where('key', '=', key)
        .execute();
    },
    async clear(key) {
      await db.deleteFrom('sign_in_attempts').where('key', '=', key).execute();
    },
  };
}
