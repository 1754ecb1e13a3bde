/**
 * The ticket queue in SQL: one page of tickets with the names a list shows (client, contract,
 * requester, assignee), in the asked order with the ticket number as the last tie-breaker, and
 * the count of every ticket that matches, SLA states as of the filter's `now`. Migration 0008's
 * indexes serve its sorts (the urgency order reads the state as of now, so it sorts in memory).
 */
import {
  type Expression,
  type ExpressionBuilder,
  type RawBuilder,
  type Selectable,
  type SqlBool,
  sql,
} from 'kysely';
import type { TicketFilter, TicketPage, TicketSummary } from '../../app/desk/index.js';
import { dueByForBreachAt } from '../../domain/sla/index.js';
import type { QueueSort } from '../../domain/tickets/index.js';
import type { Db } from '../database.js';
import type { Tables, TicketsTable } from '../schema.js';

type Eb = ExpressionBuilder<Tables, 'tickets'>;

/** The joined row of a ticket with its names. */
export type SummaryRow = Selectable<TicketsTable> & {
  client_name: string;
  contract_name: string;
  requester_name: string;
  assignee_name: string | null;
};

function joined(db: Db) {
  return db
    .selectFrom('tickets')
    .innerJoin('organisations as client', 'client.id', 'tickets.client_id')
    .innerJoin('contracts as contract', 'contract.id', 'tickets.contract_id')
    .innerJoin('users as requester', 'requester.id', 'tickets.requester_id')
    .leftJoin('users as assignee', 'assignee.id', 'tickets.assignee_id');
}

/** A row's SLA state as of `now`: the rule of `projectionAt` in SQL, for filters and order. */
function slaStateAt(now: Date) {
  return sql<string | null>`case
    when tickets.sla_state in ('running', 'at_risk') and tickets.sla_due_at <= ${dueByForBreachAt(now)} then 'breached'
    when tickets.sla_state = 'running' and tickets.sla_at_risk_at <= ${now} then 'at_risk'
    else tickets.sla_state end`;
}

/** The urgency rank of a row as of `now`: breached, at risk, running, paused, no clock. */
function urgencyRank(now: Date) {
  return sql`case ${slaStateAt(now)} when 'breached' then 0 when 'at_risk' then 1
  when 'running' then 2 when 'paused' then 3 else 4 end`;
}

/** One key of an order; a nullable key puts its nulls last whatever the direction. */
interface OrderKey {
  key: RawBuilder<unknown>;
  nullable?: true;
}

/** The keys of each sort as of `now`, before the ticket number that breaks every tie. */
const orderKeys = (now: Date): Record<QueueSort, OrderKey[]> => ({
  urgency: [
    { key: urgencyRank(now) },
    { key: sql.ref('tickets.sla_due_at'), nullable: true },
    { key: sql.ref('tickets.opened_at') },
  ],
  number: [],
  subject: [{ key: sql`lower(tickets.subject)` }],
  client: [{ key: sql`lower(client.name)` }],
  criticality: [
    { key: sql`case tickets.criticality when 'high' then 0 when 'medium' then 1 else 2 end` },
  ],
  status: [
    {
      key: sql`case tickets.status when 'new' then 0 when 'open' then 1 when 'waiting_client' then 2
        when 'waiting_vendor' then 3 when 'resolved' then 4 else 5 end`,
    },
  ],
  assignee: [{ key: sql`lower(assignee.name)`, nullable: true }],
  due: [{ key: sql.ref('tickets.sla_due_at'), nullable: true }],
  opened: [{ key: sql.ref('tickets.opened_at') }],
  updated: [{ key: sql.ref('tickets.updated_at') }],
});

function escapeLike(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The conditions of a filter, shared by the page and its count. */
function conditions(eb: Eb, filter: TicketFilter): Expression<SqlBool>[] {
  const all: Expression<SqlBool>[] = [];
  const add = (condition: Expression<SqlBool>) => all.push(condition);
  if (filter.clientIds) add(eb('tickets.client_id', 'in', filter.clientIds));
  if (filter.clientId) add(eb('tickets.client_id', '=', filter.clientId));
  if (filter.requesterId) add(eb('tickets.requester_id', '=', filter.requesterId));
  if (filter.contractId) add(eb('tickets.contract_id', '=', filter.contractId));
  if (filter.statuses?.length) add(eb('tickets.status', 'in', filter.statuses));
  if (filter.slaStates?.length) add(eb(slaStateAt(filter.now), 'in', filter.slaStates));
  if (filter.criticality) add(eb('tickets.criticality', '=', filter.criticality));
  if (filter.kind) add(eb('tickets.kind', '=', filter.kind));
  if (filter.level) add(eb('tickets.level', '=', filter.level));
  if (filter.channel) add(eb('tickets.channel', '=', filter.channel));
  if (filter.assigneeId === null) add(eb('tickets.assignee_id', 'is', null));
  else if (filter.assigneeId) add(eb('tickets.assignee_id', '=', filter.assigneeId));
  if (filter.escalated !== undefined)
    add(eb('tickets.escalated_at', filter.escalated ? 'is not' : 'is', null));
  if (filter.dueBefore) add(eb('tickets.sla_due_at', '<', filter.dueBefore));
  if (filter.text) {
    const like = escapeLike(filter.text);
    add(
      eb.or([
        eb('tickets.subject', 'ilike', like),
        eb.exists(
          eb
            .selectFrom('ticket_messages')
            .select(sql`1`.as('one'))
            .whereRef('ticket_messages.ticket_id', '=', 'tickets.id')
            .where('ticket_messages.visibility', '=', 'public')
            .where('ticket_messages.body', 'ilike', like),
        ),
      ]),
    );
  }
  return all;
}

function ordered(filter: Pick<TicketFilter, 'sort' | 'direction' | 'now'>): RawBuilder<unknown>[] {
  const direction = filter.direction === 'desc' ? sql`desc` : sql`asc`;
  const keys: OrderKey[] = [
    ...orderKeys(filter.now)[filter.sort],
    { key: sql.ref('tickets.number') },
  ];
  return keys.map(({ key, nullable }) =>
    nullable ? sql`${key} ${direction} nulls last` : sql`${key} ${direction}`,
  );
}

/** Selects tickets with their names; `where` narrows it. */
export function summaries(db: Db) {
  return joined(db)
    .selectAll('tickets')
    .select([
      'client.name as client_name',
      'contract.name as contract_name',
      'requester.name as requester_name',
      'assignee.name as assignee_name',
    ]);
}

/** One page of the queue and the number of tickets that match the filter. */
export async function queuePage(
  db: Db,
  filter: TicketFilter,
  toSummary: (row: SummaryRow) => TicketSummary,
): Promise<TicketPage> {
  if (filter.clientIds?.length === 0) return { tickets: [], total: 0 };
  let page = summaries(db).where((eb) => eb.and(conditions(eb, filter)));
  for (const key of ordered(filter)) page = page.orderBy(key);
  const rows = await page.limit(filter.limit).offset(filter.offset).execute();
  const counted = await db
    .selectFrom('tickets')
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .where((eb) => eb.and(conditions(eb, filter)))
    .executeTakeFirstOrThrow();
  return { tickets: rows.map(toSummary), total: Number(counted.total) };
}
