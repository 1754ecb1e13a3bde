import { type Selectable, sql } from 'kysely';
import type { ContractRecord, ContractRepository } from '../../app/contracts/index.js';
import type { Db } from '../database.js';
import type { ContractsTable } from '../schema.js';
import { decodeAmendment, decodePlan, encodeAmendment, encodePlan } from './codec.js';

type ContractRow = Selectable<ContractsTable> & { amendments: unknown[] };

function toRecord(row: ContractRow): ContractRecord {
  return {
    contract: {
      id: row.id,
      clientId: row.client_id,
      start: row.start_date,
      end: row.end_date,
      plan: decodePlan(row.plan),
      amendments: row.amendments.map(decodeAmendment),
    },
    name: row.name,
    planId: row.plan_id,
    createdAt: row.created_at,
  };
}

/** Contracts with their amendments, oldest first, read in the same query. */
function contractRows(db: Db) {
  return db
    .selectFrom('contracts')
    .selectAll()
    .select(
      sql<unknown[]>`coalesce((select json_agg(a.body order by a.created_at, a.id)
        from contract_amendments a where a.contract_id = contracts.id), '[]'::json)`.as(
        'amendments',
      ),
    );
}

/** Contracts, their amendments and authorised requesters in PostgreSQL. */
export function contractRepository(db: Db): ContractRepository {
  return {
    async create(input) {
      const row = await db
        .insertInto('contracts')
        .values({
          id: input.id,
          client_id: input.clientId,
          plan_id: input.planId,
          name: input.name,
          start_date: input.start,
          end_date: input.end,
          plan: encodePlan(input.plan),
          created_at: input.at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toRecord({ ...row, amendments: [] });
    },
    async find(id) {
      const row = await contractRows(db).where('id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },
    async list(clientIds) {
      if (clientIds && clientIds.length === 0) return [];
      let query = contractRows(db).orderBy('created_at').orderBy('id');
      if (clientIds) query = query.where('client_id', 'in', clientIds);
      const rows = await query.execute();
      return rows.map(toRecord);
    },
    async lock(id) {
      const row = await contractRows(db).where('id', '=', id).forUpdate().executeTakeFirst();
      return row && toRecord(row);
    },
    async addAmendment(contractId, amendment, by, at) {
      await db
        .insertInto('contract_amendments')
        .values({
          id: amendment.id,
          contract_id: contractId,
          body: encodeAmendment(amendment),
          created_at: at,
          created_by: by,
        })
        .execute();
    },
    async requesters(contractId) {
      const rows = await db
        .selectFrom('contract_requesters')
        .select('user_id')
        .where('contract_id', '=', contractId)
        .execute();
      return rows.map((row) => row.user_id);
    },
    async fingerprint(contractId, calendarRefs, requesterId) {
      const refs = calendarRefs.length > 0 ? sql.join(calendarRefs) : sql`null`;
      return db
        .selectFrom('contracts as c')
        .select([
          sql<string>`md5(c::text || coalesce((select string_agg(a::text, ',' order by
            a.created_at, a.id) from contract_amendments a where a.contract_id = c.id), ''))`.as(
            'contract',
          ),
          sql<string>`coalesce((select md5(string_agg(k::text, ',' order by k.id))
            from calendars k where k.id::text in (${refs}) or k.name in (${refs})), '')`.as(
            'calendars',
          ),
          sql<boolean>`exists(select 1 from contract_requesters r
            where r.contract_id = c.id and r.user_id::text = ${requesterId})`.as('requester'),
        ])
        .where('c.id', '=', contractId)
        .executeTakeFirst();
    },
    async setRequesters(contractId, userIds) {
      await db.deleteFrom('contract_requesters').where('contract_id', '=', contractId).execute();
      if (userIds.length > 0) {
        await db
          .insertInto('contract_requesters')
          .values(userIds.map((userId) => ({ contract_id: contractId, user_id: userId })))
          .execute();
      }
    },
  };
}
