/** Retention rules per organisation and the contacts they reach, over PostgreSQL or PGlite. */
import { sql } from 'kysely';
import type { RetentionRepository } from '../../app/contacts/index.js';
import type { RetentionCandidate } from '../../domain/contacts/index.js';
import type { TicketStatus } from '../../domain/tickets/status.js';
import type { Db } from '../database.js';

/** The rules and candidates over one database or transaction. */
export function retentionRepository(db: Db): RetentionRepository {
  return {
    async rules() {
      const rows = await db
        .selectFrom('retention_rules')
        .selectAll()
        .orderBy('organisation_id')
        .execute();
      return rows.map((row) => ({
        organisationId: row.organisation_id,
        timeZone: row.time_zone,
        anonymiseAfterMonths: row.anonymise_after_months,
      }));
    },

    async saveRule(organisationId, rule, at) {
      if (rule === null) {
        await db
          .deleteFrom('retention_rules')
          .where('organisation_id', '=', organisationId)
          .execute();
        return;
      }
      const values = {
        anonymise_after_months: rule.anonymiseAfterMonths,
        time_zone: rule.timeZone,
        updated_at: at,
      };
      await db
        .insertInto('retention_rules')
        .values({ organisation_id: organisationId, ...values })
        .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
        .execute();
    },

    async candidates(organisationIds) {
      if (organisationIds.length === 0) return [];
      const rows = await db
        .selectFrom('contacts as c')
        .leftJoin('users as u', 'u.id', 'c.user_id')
        .leftJoin('tickets as t', 't.requester_id', 'c.user_id')
        .select(['c.id', 'c.organisation_id', 'c.state', 'u.active', 't.status'])
        .select(
          sql<
            Date | string | null
          >`(select max(e.at) from ticket_events e where e.ticket_id = t.id and e.event->>'type' = 'closed')`.as(
            'closed_at',
          ),
        )
        .select(
          sql<boolean>`exists (select 1 from legal_holds h where h.lifted_at is null and (h.contact_id = c.id or h.contract_id in (select k.contract_id from tickets k where k.requester_id = c.user_id)))`.as(
            'held',
          ),
        )
        .where('c.organisation_id', 'in', organisationIds)
        .orderBy('c.id')
        .execute();
      const byId = new Map<
        string,
        RetentionCandidate & { tickets: RetentionCandidate['tickets'][number][] }
      >();
      for (const row of rows) {
        const candidate = byId.get(row.id) ?? {
          contactId: row.id,
          organisationId: row.organisation_id,
          state: row.state,
          signsIn: row.active === true,
          legalHold: row.held === true,
          tickets: [],
        };
        byId.set(row.id, candidate);
        if (row.status !== null) {
          candidate.tickets.push({
            status: row.status as TicketStatus,
            closedAt: row.closed_at === null ? null : new Date(row.closed_at).getTime(),
          });
        }
      }
      return [...byId.values()];
    },
  };
}
