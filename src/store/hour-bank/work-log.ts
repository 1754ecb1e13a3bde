import type { Selectable } from 'kysely';
import type { WorkLogRepository, WorkRecord } from '../../app/hour-bank/index.js';
import type { ChargeReason } from '../../domain/hour-bank/index.js';
import type { TicketKind } from '../../domain/tickets/vocabulary.js';
import type { Db } from '../database.js';
import type { WorkLogTable } from '../schema.js';

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

/** A ticket's time entries (the ones with worked minutes) and what it has been charged in all. */
async function ticketWork(db: Db, contractId: string, ticketRef: string) {
  const rows = await db
    .selectFrom('work_log')
    .select(['kind', 'worked_minutes', 'first_contact', 'conversation_ref', 'charged_minutes'])
    .where('contract_id', '=', contractId)
    .where('ticket_ref', '=', ticketRef)
    .execute();
  return {
    entries: rows
      .filter((row) => row.worked_minutes > 0)
      .map((row) => ({
        kind: row.kind as TicketKind,
        minutes: row.worked_minutes,
        firstContact: row.first_contact,
        conversationId: row.conversation_ref,
      })),
    chargedMinutes: rows.reduce((sum, row) => sum + row.charged_minutes, 0),
  };
}

/** The work log in PostgreSQL: every piece of logged work with what it was charged and why. */
export function workLogRepository(db: Db): WorkLogRepository {
  return {
    ticketWork: (contractId, ticketRef) => ticketWork(db, contractId, ticketRef),
    async record(work) {
      const row = await db
        .insertInto('work_log')
        .values({
          id: work.id,
          contract_id: work.contractId,
          ticket_ref: work.ticketRef,
          conversation_ref: work.conversationRef,
          kind: work.kind,
          on_date: work.on,
          worked_minutes: work.workedMinutes,
          charged_minutes: work.chargedMinutes,
          first_contact: work.firstContact,
          reasons: JSON.stringify(work.reasons),
          quote_required: work.quoteRequired,
          ledger_entry_id: work.ledgerEntryId,
          note: work.note,
          created_at: work.createdAt,
          created_by: work.createdBy,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toWork(row);
    },
    async list(contractId, filter) {
      let query = db
        .selectFrom('work_log')
        .selectAll()
        .where('contract_id', '=', contractId)
        .orderBy('created_at', 'desc')
        .limit(filter.limit);
      if (filter.ticketRef) query = query.where('ticket_ref', '=', filter.ticketRef);
      if (filter.ticketRefs) {
        if (filter.ticketRefs.length === 0) return [];
        query = query.where('ticket_ref', 'in', filter.ticketRefs);
      }
      return (await query.execute()).map(toWork);
    },
    async ticketRefsRequestedBy(contractId, userId) {
      const rows = await db
        .selectFrom('tickets')
        .select('id')
        .where('contract_id', '=', contractId)
        .where('requester_id', '=', userId)
        .execute();
      return rows.map((row) => row.id);
    },
  };
}
