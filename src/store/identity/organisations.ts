import type { Selectable } from 'kysely';
import type { Organisation, OrganisationRepository } from '../../app/identity/index.js';
import type { Db } from '../database.js';
import type { OrganisationsTable } from './tables.js';

function toOrganisation(row: Selectable<OrganisationsTable>): Organisation {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    partnerId: row.partner_id,
    timeZone: row.time_zone,
    createdAt: row.created_at,
  };
}

/** Organisations in PostgreSQL. */
export function organisationRepository(db: Db): OrganisationRepository {
  return {
    async create(input) {
      const row = await db
        .insertInto('organisations')
        .values({
          id: input.id,
          kind: input.kind,
          name: input.name,
          partner_id: input.partnerId,
          time_zone: input.timeZone,
          created_at: input.createdAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toOrganisation(row);
    },
    async findById(id) {
      const row = await db
        .selectFrom('organisations')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toOrganisation(row);
    },
    async findProvider() {
      const row = await db
        .selectFrom('organisations')
        .selectAll()
        .where('kind', '=', 'provider')
        .executeTakeFirst();
      return row && toOrganisation(row);
    },
    async list(ids) {
      if (ids && ids.length === 0) return [];
      let query = db.selectFrom('organisations').selectAll().orderBy('kind').orderBy('name');
      if (ids) query = query.where('id', 'in', ids);
      return (await query.execute()).map(toOrganisation);
    },
    async managedClientIds(partnerId) {
      const rows = await db
        .selectFrom('organisations')
        .select('id')
        .where('partner_id', '=', partnerId)
        .execute();
      return rows.map((row) => row.id);
    },
    async setTimeZone(id, timeZone) {
      await db
        .updateTable('organisations')
        .set({ time_zone: timeZone })
        .where('id', '=', id)
        .execute();
    },
  };
}
