import type { Selectable } from 'kysely';
import type { ContractRecord, ContractRepository, WorkRecord } from '../../app/hour-bank/ports.js';
import type { ChargeReason } from '../../domain/hour-bank/charge.js';
import type { NewEntry } from '../../domain/hour-bank/index.js';
import type { TicketKind } from '../../domain/tickets/vocabulary.js';
import type { Db } from '../database.js';
import type { ContractsTable, WorkLogTable } from '../schema.js';
import {
  decodeAmendment,
  decodeEntry,
  decodePlan,
  encodeAmendment,
  encodeEntry,
  encodePlan,
} from './codec.js';

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

function toWork(row: Selectable<WorkLogTable>): WorkRecord {
  return {
    id: row.id,
    contractId: row.contract_id,
    ticketRef: row.ticket_ref,
    conversationRef: row.conversation_ref,
    kind: row.kind as TicketKind,
    on: row.on_date,
    workedMinutes: row.worked_minutes,
    chargedMinutes: row.charged_minutes,
    firstContact: row.first_contact,
    reasons: row.reasons as ChargeReason[],
    quoteRequired: row.quote_required,
    ledgerEntryId: row.ledger_entry_id,
    note: row.note,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

async function entriesOf(db: Db, contractId: string, types: readonly string[] | 'all' = 'all') {
  let query = db
    .selectFrom('ledger_entries')
    .select(['id', 'type', 'on_date', 'body'])
    .where('contract_id', '=', contractId)
    .orderBy('id');
  if (types !== 'all') query = query.where('type', 'in', types);
  const rows = await query.execute();
  return rows.map(decodeEntry);
}

async function insertEntries(
  db: Db,
  contractId: string,
  entries: readonly NewEntry[],
  by: string | null,
  at: Date,
) {
  if (entries.length === 0) return [];
  const rows = await db
    .insertInto('ledger_entries')
    .values(
      entries.map((entry) => ({
        ...encodeEntry(entry),
        contract_id: contractId,
        created_at: at,
        created_by: by,
      })),
    )
    .returning(['id', 'type', 'on_date', 'body'])
    .execute();
  return rows.sort((a, b) => Number(a.id) - Number(b.id)).map(decodeEntry);
}

async function tally(
  db: Db,
  contractId: string,
  column: 'ticket_ref' | 'conversation_ref',
  ref: string,
) {
  const row = await db
    .selectFrom('work_log')
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<string>('worked_minutes'), eb.lit(0)).as('logged'),
      eb.fn.coalesce(eb.fn.sum<string>('charged_minutes'), eb.lit(0)).as('charged'),
    ])
    .where('contract_id', '=', contractId)
    .where(column, '=', ref)
    .executeTakeFirstOrThrow();
  return { loggedMinutes: Number(row.logged), chargedMinutes: Number(row.charged) };
}

/** Contracts, amendments, the ledger and the work log in PostgreSQL. */
export function contractRepository(db: Db): ContractRepository {
  return {
    create(input) {
      return db.transaction().execute(async (trx) => {
        const row = await trx
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
        await insertEntries(trx, input.id, input.initialEntries, input.by, input.at);
        return loadRecord(trx, row);
      });
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
    entries: (contractId) => entriesOf(db, contractId),
    async listWork(contractId, filter) {
      let query = db
        .selectFrom('work_log')
        .selectAll()
        .where('contract_id', '=', contractId)
        .orderBy('created_at', 'desc')
        .limit(filter.limit);
      if (filter.ticketRef) query = query.where('ticket_ref', '=', filter.ticketRef);
      return (await query.execute()).map(toWork);
    },
    withLock(contractId, work, entryTypes = 'all') {
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('contracts')
          .selectAll()
          .where('id', '=', contractId)
          .forUpdate()
          .executeTakeFirstOrThrow();
        const record = await loadRecord(trx, row);
        const entries = await entriesOf(trx, contractId, entryTypes);
        return work({
          record,
          entries,
          append: (newEntries, by) => insertEntries(trx, contractId, newEntries, by, new Date()),
          async addAmendment(amendment, by, at) {
            await trx
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
          async tallies(ticketRef, conversationRef) {
            return {
              ticket: await tally(trx, contractId, 'ticket_ref', ticketRef),
              conversation: conversationRef
                ? await tally(trx, contractId, 'conversation_ref', conversationRef)
                : null,
            };
          },
          async recordWork(input, at) {
            const row = await trx
              .insertInto('work_log')
              .values({
                contract_id: input.contractId,
                ticket_ref: input.ticketRef,
                conversation_ref: input.conversationRef,
                kind: input.kind,
                on_date: input.on,
                worked_minutes: input.workedMinutes,
                charged_minutes: input.chargedMinutes,
                first_contact: input.firstContact,
                reasons: JSON.stringify(input.reasons),
                quote_required: input.quoteRequired,
                ledger_entry_id: input.ledgerEntryId,
                note: input.note,
                created_at: at,
                created_by: input.createdBy,
              })
              .returningAll()
              .executeTakeFirstOrThrow();
            return toWork(row);
          },
        });
      });
    },
  };
}
