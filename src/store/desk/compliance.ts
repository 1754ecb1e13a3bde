import { sql } from 'kysely';
import type { ComplianceQueries } from '../../app/desk/index.js';
import { dueByForBreachAt, projectionAt } from '../../domain/sla/index.js';
import type { Criticality } from '../../domain/tickets/vocabulary.js';
import type { Db } from '../database.js';
import { toTicket } from './tickets.js';

/** First-response compliance counts (one aggregate over the covering index of migration 0005) and the breached tickets. */
export function complianceQueries(db: Db): ComplianceQueries {
  return {
    async complianceCounts(contractId, from, to, now) {
      const rows = await db
        .selectFrom('tickets')
        .select((eb) => [
          'criticality',
          eb.fn.countAll<string>().as('total'),
          eb.fn.count<string>(sql`case when first_response_outcome = 'met' then 1 end`).as('met'),
        ])
        .where('contract_id', '=', contractId)
        .where('opened_at', '>=', from)
        .where('opened_at', '<', to)
        .where((eb) =>
          eb.or([
            eb('first_response_outcome', 'is not', null),
            eb('first_response_due_at', '<=', dueByForBreachAt(now)),
          ]),
        )
        .groupBy('criticality')
        .execute();
      return rows.map((row) => ({
        criticality: row.criticality as Criticality,
        met: Number(row.met),
        total: Number(row.total),
      }));
    },
    async breachedTickets(contractId, from, to, now, limit) {
      const rows = await db
        .selectFrom('tickets')
        .selectAll()
        .where('contract_id', '=', contractId)
        .where('opened_at', '>=', from)
        .where('opened_at', '<', to)
        .where((eb) =>
          eb.or([
            eb('first_response_outcome', '=', 'breached'),
            eb.and([
              eb('first_response_outcome', 'is', null),
              eb('first_response_due_at', '<=', dueByForBreachAt(now)),
            ]),
          ]),
        )
        .orderBy('opened_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((row) => projectionAt(toTicket(row), now));
    },
  };
}
