import { type Selectable, sql } from 'kysely';
import type {
  AttachmentMeta,
  TicketMessage,
  TicketRecord,
  TicketRepository,
  TicketSummary,
} from '../../app/desk/index.js';
import type { SlaProjection, SlaState, TicketEvent } from '../../domain/sla/index.js';
import type { LoggedEvent } from '../../domain/tickets/index.js';
import type { TicketStatus } from '../../domain/tickets/status.js';
import type {
  Channel,
  Classification,
  Criticality,
  RequestOutcome,
  SupportLevel,
} from '../../domain/tickets/vocabulary.js';
import type { Db } from '../database.js';
import type { TicketMessagesTable, TicketsTable } from '../schema.js';
import { queuePage, type SummaryRow, summaries } from './ticket-queue.js';

/** A ticket row as the desk's record. */
export function toTicket(row: Selectable<TicketsTable>): TicketRecord {
  return {
    id: row.id,
    number: row.number,
    contractId: row.contract_id,
    clientId: row.client_id,
    requesterId: row.requester_id,
    assigneeId: row.assignee_id,
    subject: row.subject,
    channel: row.channel as Channel,
    classification: row.classification as Classification,
    criticality: row.criticality as Criticality,
    level: row.level as SupportLevel,
    status: row.status as TicketStatus,
    outcome: row.outcome as RequestOutcome | null,
    escalatedAt: row.escalated_at,
    slaState: row.sla_state as SlaState | null,
    slaDueAt: row.sla_due_at,
    slaAtRiskAt: row.sla_at_risk_at,
    nextCheckAt: row.next_check_at,
    firstResponseOutcome: row.first_response_outcome as 'met' | 'breached' | null,
    firstResponseDueAt: row.first_response_due_at,
    clientLate: row.client_late,
    openedAt: row.opened_at,
    updatedAt: row.updated_at,
  };
}

function toMessage(row: Selectable<TicketMessagesTable>): TicketMessage {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    authorId: row.author_id,
    visibility: row.visibility,
    automatic: row.automatic,
    body: row.body,
    attachments: row.attachments as AttachmentMeta[],
    createdAt: row.created_at,
    mailId: row.mail_id,
  };
}

function projectionColumns(projection: SlaProjection) {
  return {
    sla_state: projection.slaState,
    sla_due_at: projection.slaDueAt,
    sla_at_risk_at: projection.slaAtRiskAt,
    next_check_at: projection.nextCheckAt,
    first_response_outcome: projection.firstResponseOutcome,
    first_response_due_at: projection.firstResponseDueAt,
    client_late: projection.clientLate,
  };
}

async function eventsOf(db: Db, ticketId: string): Promise<TicketEvent[]> {
  const rows = await db
    .selectFrom('ticket_events')
    .select('event')
    .where('ticket_id', '=', ticketId)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.event as TicketEvent);
}

async function insertEvents(
  db: Db,
  ticketId: string,
  events: readonly TicketEvent[],
  actorId: string | null,
) {
  if (events.length === 0) return;
  await db
    .insertInto('ticket_events')
    .values(
      events.map((event) => ({
        ticket_id: ticketId,
        at: new Date(event.at),
        actor_id: actorId,
        event: JSON.stringify(event),
      })),
    )
    .execute();
}

async function logOf(db: Db, ticketId: string): Promise<LoggedEvent[]> {
  const rows = await db
    .selectFrom('ticket_events')
    .select(['event', 'actor_id'])
    .where('ticket_id', '=', ticketId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ event: row.event as TicketEvent, actorId: row.actor_id }));
}

function toSummary(row: SummaryRow): TicketSummary {
  return {
    ...toTicket(row),
    clientName: row.client_name,
    contractName: row.contract_name,
    requesterName: row.requester_name,
    assigneeName: row.assignee_name,
  };
}

/** Tickets, their event logs and messages in PostgreSQL. */
export function ticketRepository(db: Db): TicketRepository {
  const find = async (id: string, lock: boolean) => {
    let query = db.selectFrom('tickets').selectAll().where('id', '=', id);
    if (lock) query = query.forUpdate();
    const row = await query.executeTakeFirst();
    return row && toTicket(row);
  };
  return {
    async create(ticket) {
      const row = await db
        .insertInto('tickets')
        .values({
          id: ticket.id,
          contract_id: ticket.contractId,
          client_id: ticket.clientId,
          requester_id: ticket.requesterId,
          assignee_id: ticket.assigneeId,
          subject: ticket.subject,
          channel: ticket.channel,
          classification: JSON.stringify(ticket.classification),
          kind: ticket.classification.kind,
          criticality: ticket.criticality,
          level: ticket.level,
          status: ticket.status,
          outcome: ticket.outcome,
          escalated_at: ticket.escalatedAt,
          opened_at: ticket.openedAt,
          updated_at: ticket.updatedAt,
          ...projectionColumns(ticket),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toTicket(row);
    },
    find: (id) => find(id, false),
    lock: (id) => find(id, true),
    events: (id) => eventsOf(db, id),
    appendEvents: (ticketId, events, actorId) => insertEvents(db, ticketId, events, actorId),
    log: (id) => logOf(db, id),
    async messages(id, visibilities) {
      if (visibilities.length === 0) return [];
      const rows = await db
        .selectFrom('ticket_messages')
        .selectAll()
        .where('ticket_id', '=', id)
        .where('visibility', 'in', visibilities)
        .orderBy('id')
        .execute();
      return rows.map(toMessage);
    },
    async addMessage(ticketId, message) {
      const row = await db
        .insertInto('ticket_messages')
        .values({
          ticket_id: ticketId,
          author_id: message.authorId,
          visibility: message.visibility,
          automatic: message.automatic,
          body: message.body,
          attachments: JSON.stringify(message.attachments),
          created_at: message.createdAt,
          mail_id: message.mailId ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toMessage(row);
    },
    async update(id, { changes, projection, at }) {
      const status = changes.status ?? sql<TicketStatus>`status`;
      const row = await db
        .updateTable('tickets')
        .set({
          ...(changes.assigneeId !== undefined ? { assignee_id: changes.assigneeId } : {}),
          ...(changes.criticality ? { criticality: changes.criticality } : {}),
          ...(changes.level ? { level: changes.level } : {}),
          ...(changes.outcome !== undefined ? { outcome: changes.outcome } : {}),
          ...(changes.subject ? { subject: changes.subject } : {}),
          ...(changes.escalatedAt !== undefined ? { escalated_at: changes.escalatedAt } : {}),
          ...(changes.classification
            ? {
                classification: JSON.stringify(changes.classification),
                kind: changes.classification.kind,
              }
            : {}),
          status,
          updated_at: at,
          ...projectionColumns(projection),
          // a closed ticket is never checked again, whatever its projection says
          next_check_at: sql<Date | null>`case when ${status}::text = 'closed' then null
            else ${projection.nextCheckAt}::timestamptz end`,
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return toTicket(row);
    },
    page: (filter) => queuePage(db, filter, toSummary),
    async summary(id) {
      const row = await summaries(db).where('tickets.id', '=', id).executeTakeFirst();
      return row && toSummary(row);
    },
    async dueForCheck(now, limit) {
      const rows = await db
        .selectFrom('tickets')
        .select('id')
        .where('next_check_at', '<=', now)
        .orderBy('next_check_at')
        .limit(limit)
        .execute();
      return rows.map((row) => row.id);
    },
  };
}
