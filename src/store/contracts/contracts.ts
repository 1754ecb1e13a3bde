import type { Selectable } from 'kysely';
import type { ContractRecord, ContractRepository } from '../../app/contracts/index.js';
import type { Db } from '../database.js';
import type { ContractsTable } from '../schema.js';
import { decodeAmendment, decodePlan, encodeAmendment, encodePlan } from './codec.js';

async function loadRecord(db: Db, row: Selectable<ContractsTable>): Promise<ContractRecord> {
  const amendments = await db
    .selectFrom('contract_amendments')
    .select('body')
    .where('contract_id', '=', row.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return {
    contract: {
      id: row.id,
      clientId: row.client_id,
      start: row.start_date,
      end: row.end_date,
      plan: decodePlan(row.plan),
      amendments: amendments.map((amendment) => decodeAmendment(amendment.body)),
    },
    name: row.name,
    planId: row.plan_id,
    createdAt: row.created_at,
  };
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
      return loadRecord(db, row);
    },
    async find(id) {
      const row = await db
        .selectFrom('contracts')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && loadRecord(db, row);
    },
    async list(clientIds) {
      if (clientIds && clientIds.length === 0) return [];
      let query = db.selectFrom('contracts').selectAll().orderBy('created_at').orderBy('id');
      if (clientIds) query = query.where('client_id', 'in', clientIds);
      const rows = await query.execute();
      return Promise.all(rows.map((row) => loadRecord(db, row)));
    },
    async lock(id) {
      const row = await db
        .selectFrom('contracts')
        .selectAll()
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      return row && loadRecord(db, row);
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
