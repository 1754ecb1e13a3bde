import type { RecommendationRepository } from '../../app/reports/index.js';
import type { Db } from '../database.js';

/** The monitoring report's recommendations in PostgreSQL: one text per contract and window. */
export function recommendationRepository(db: Db): RecommendationRepository {
  return {
    async set(contractId, windowStart, text, by, at) {
      await db
        .insertInto('monitoring_recommendations')
        .values({
          contract_id: contractId,
          window_start: windowStart,
          text,
          set_at: at,
          set_by: by,
        })
        .onConflict((oc) =>
          oc.columns(['contract_id', 'window_start']).doUpdateSet({ text, set_at: at, set_by: by }),
        )
        .execute();
    },
    async find(contractId, windowStart) {
      const row = await db
        .selectFrom('monitoring_recommendations')
        .select('text')
        .where('contract_id', '=', contractId)
        .where('window_start', '=', windowStart)
        .executeTakeFirst();
      return row?.text;
    },
  };
}
