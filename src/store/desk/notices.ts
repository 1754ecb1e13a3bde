import type { SlaNotice, SlaNoticeRepository } from '../../app/desk/index.js';
import type { Db } from '../database.js';

/** SLA notices in PostgreSQL; a unique constraint keeps one per ticket, clock and kind. */
export function slaNoticeRepository(db: Db): SlaNoticeRepository {
  return {
    async add(notice) {
      const result = await db
        .insertInto('sla_notices')
        .values({
          ticket_id: notice.ticketId,
          clock: notice.clock,
          kind: notice.kind,
          moment: notice.moment,
          created_at: notice.createdAt,
        })
        .onConflict((oc) => oc.columns(['ticket_id', 'clock', 'kind']).doNothing())
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },
    async list(limit) {
      const rows = await db
        .selectFrom('sla_notices')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        ticketId: row.ticket_id,
        clock: row.clock as SlaNotice['clock'],
        kind: row.kind as SlaNotice['kind'],
        moment: row.moment,
        createdAt: row.created_at,
      }));
    },
  };
}
