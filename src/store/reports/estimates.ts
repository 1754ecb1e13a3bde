import type { TicketEstimate, TicketEstimateRepository } from '../../app/reports/index.js';
import type { Db } from '../database.js';

const columns = ['ticket_id', 'contract_id', 'planned_for', 'estimate_minutes'] as const;

function estimateOf(row: {
  ticket_id: string;
  contract_id: string;
  planned_for: string;
  estimate_minutes: number;
}): TicketEstimate {
  return {
    ticketId: row.ticket_id,
    contractId: row.contract_id,
    plannedFor: row.planned_for,
    minutes: row.estimate_minutes,
  };
}

/** The estimates of planned work in PostgreSQL: one row per ticket. */
export function ticketEstimateRepository(db: Db): TicketEstimateRepository {
  return {
    async set(estimate, by, at) {
      const values = {
        contract_id: estimate.contractId,
        planned_for: estimate.plannedFor,
        estimate_minutes: estimate.minutes,
        set_at: at,
        set_by: by,
      };
      await db
        .insertInto('ticket_estimates')
        .values({ ticket_id: estimate.ticketId, ...values })
        .onConflict((oc) => oc.column('ticket_id').doUpdateSet(values))
        .execute();
    },
    async clear(ticketId) {
      const result = await db
        .deleteFrom('ticket_estimates')
        .where('ticket_id', '=', ticketId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
    async find(ticketId) {
      const row = await db
        .selectFrom('ticket_estimates')
        .select(columns)
        .where('ticket_id', '=', ticketId)
        .executeTakeFirst();
      return row && estimateOf(row);
    },
    async planned(contractId, from, to) {
      const rows = await db
        .selectFrom('ticket_estimates')
        .select(columns)
        .where('contract_id', '=', contractId)
        .where('planned_for', '>=', from)
        .where('planned_for', '<', to)
        .orderBy('planned_for')
        .orderBy('ticket_id')
        .execute();
      return rows.map(estimateOf);
    },
  };
}
