import { type Selectable, sql } from 'kysely';
import type {
  AttachmentMeta,
  SlaNotice,
  TicketMessage,
  TicketRecord,
  TicketRepository,
} from '../../app/desk/ports.js';
import type { SlaProjection, SlaState, TicketEvent } from '../../domain/sla/index.js';
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

function toTicket(row: Selectable<TicketsTable>): TicketRecord {
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
    slaState: row.sla_state as SlaState | null,
    slaDueAt: row.sla_due_at,
    nextCheckAt: row.next_check_at,
    firstResponseOutcome: row.first_response_outcome as 'met' | 'breached' | null,
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
  };
}

function projectionColumns(projection: SlaProjection, status: TicketStatus) {
  return {
    sla_state: projection.slaState,
    sla_due_at: projection.slaDueAt,
    next_check_at: status === 'closed' ? null : projection.nextCheckAt,
    first_response_outcome: projection.firstResponseOutcome,
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

async function insertMessage(
  db: Db,
  ticketId: string,
  message: Omit<TicketMessage, 'id' | 'ticketId'>,
) {
  await db
    .insertInto('ticket_messages')
    .values({
      ticket_id: ticketId,
      author_id: message.authorId,
      visibility: message.visibility,
      automatic: message.automatic,
      body: message.body,
      attachments: JSON.stringify(message.attachments),
      created_at: message.createdAt,
    })
    .execute();
}

/** Tickets, their event logs, messages, requesters and notices in PostgreSQL. */
export function ticketRepository(db: Db): TicketRepository {
  return {
    create(input) {
      const { ticket } = input;
      return db.transaction().execute(async (trx) => {
        const row = await trx
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
            opened_at: ticket.openedAt,
            updated_at: ticket.updatedAt,
            ...projectionColumns(ticket, ticket.status),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await insertEvents(trx, ticket.id, input.events, input.actorId);
        await insertMessage(trx, ticket.id, input.message);
        return toTicket(row);
      });
    },
    async find(id) {
      const row = await db
        .selectFrom('tickets')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toTicket(row);
    },
    events: (id) => eventsOf(db, id),
    async messages(id, includeInternal) {
      let query = db
        .selectFrom('ticket_messages')
        .selectAll()
        .where('ticket_id', '=', id)
        .orderBy('id');
      if (!includeInternal) query = query.where('visibility', '=', 'public');
      return (await query.execute()).map(toMessage);
    },
    async list(filter) {
      if (filter.clientIds && filter.clientIds.length === 0) return [];
      let query = db.selectFrom('tickets').selectAll();
      if (filter.clientIds) query = query.where('client_id', 'in', filter.clientIds);
      if (filter.requesterId) query = query.where('requester_id', '=', filter.requesterId);
      if (filter.contractId) query = query.where('contract_id', '=', filter.contractId);
      if (filter.statuses?.length) query = query.where('status', 'in', filter.statuses);
      if (filter.slaStates?.length) query = query.where('sla_state', 'in', filter.slaStates);
      if (filter.criticality) query = query.where('criticality', '=', filter.criticality);
      if (filter.dueBefore) query = query.where('sla_due_at', '<', filter.dueBefore);
      if (filter.text) {
        const like = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where((eb) =>
          eb.or([
            eb('subject', 'ilike', like),
            eb.exists(
              eb
                .selectFrom('ticket_messages')
                .select(sql`1`.as('one'))
                .whereRef('ticket_messages.ticket_id', '=', 'tickets.id')
                .where('visibility', '=', 'public')
                .where('body', 'ilike', like),
            ),
          ]),
        );
      }
      const rows = await query
        .orderBy(
          sql`case sla_state when 'breached' then 0 when 'at_risk' then 1 when 'running' then 2 when 'paused' then 3 else 4 end`,
        )
        .orderBy(sql`sla_due_at asc nulls last`)
        .orderBy('opened_at')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute();
      return rows.map(toTicket);
    },
    withLock(id, work) {
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('tickets')
          .selectAll()
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirstOrThrow();
        const ticket = toTicket(row);
        return work({
          ticket,
          events: await eventsOf(trx, id),
          async save(input) {
            await insertEvents(trx, id, input.events, input.actorId);
            if (input.message) await insertMessage(trx, id, input.message);
            const { changes } = input;
            const status = changes.status ?? ticket.status;
            const updated = await trx
              .updateTable('tickets')
              .set({
                ...(changes.assigneeId !== undefined ? { assignee_id: changes.assigneeId } : {}),
                ...(changes.criticality ? { criticality: changes.criticality } : {}),
                ...(changes.level ? { level: changes.level } : {}),
                ...(changes.outcome !== undefined ? { outcome: changes.outcome } : {}),
                ...(changes.subject ? { subject: changes.subject } : {}),
                ...(changes.classification
                  ? {
                      classification: JSON.stringify(changes.classification),
                      kind: changes.classification.kind,
                    }
                  : {}),
                status,
                updated_at: input.at,
                ...projectionColumns(input.projection, status),
              })
              .where('id', '=', id)
              .returningAll()
              .executeTakeFirstOrThrow();
            return toTicket(updated);
          },
        });
      });
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
    async addNotice(notice) {
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
    async listNotices(limit) {
      const rows = await db
        .selectFrom('sla_notices')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        ticketId: row.ticket_id,
        clock: row.clock,
        kind: row.kind as SlaNotice['kind'],
        moment: row.moment,
        createdAt: row.created_at,
      }));
    },
    async complianceCounts(contractId, from, to) {
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
        .where('first_response_outcome', 'is not', null)
        .groupBy('criticality')
        .execute();
      return rows.map((row) => ({
        criticality: row.criticality as Criticality,
        met: Number(row.met),
        total: Number(row.total),
      }));
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
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('contract_requesters').where('contract_id', '=', contractId).execute();
        if (userIds.length > 0) {
          await trx
            .insertInto('contract_requesters')
            .values(userIds.map((userId) => ({ contract_id: contractId, user_id: userId })))
            .execute();
        }
      });
    },
  };
}
