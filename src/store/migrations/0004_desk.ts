import { type Kysely, sql } from 'kysely';

/** Tickets with their event log and messages, authorised requesters, and SLA notices. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('contract_requesters')
    .addColumn('contract_id', 'uuid', (c) => c.notNull().references('contracts.id'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('contract_requesters_pk', ['contract_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('tickets')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('number', 'bigserial', (c) => c.notNull().unique())
    .addColumn('contract_id', 'uuid', (c) => c.notNull().references('contracts.id'))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('requester_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('assignee_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('classification', 'jsonb', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('criticality', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('sla_state', 'text')
    .addColumn('sla_due_at', 'timestamptz')
    .addColumn('next_check_at', 'timestamptz')
    .addColumn('first_response_outcome', 'text')
    .addColumn('client_late', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('opened_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('tickets_contract')
    .on('tickets')
    .columns(['contract_id', 'opened_at'])
    .execute();
  await db.schema
    .createIndex('tickets_client')
    .on('tickets')
    .columns(['client_id', 'status'])
    .execute();
  await db.schema.createIndex('tickets_due').on('tickets').column('sla_due_at').execute();
  await sql`create index tickets_next_check on tickets (next_check_at) where next_check_at is not null`.execute(
    db,
  );

  await db.schema
    .createTable('ticket_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('ticket_id', 'uuid', (c) => c.notNull().references('tickets.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_id', 'uuid')
    .addColumn('event', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ticket_events_ticket')
    .on('ticket_events')
    .columns(['ticket_id', 'id'])
    .execute();

  await db.schema
    .createTable('ticket_messages')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('ticket_id', 'uuid', (c) => c.notNull().references('tickets.id'))
    .addColumn('author_id', 'uuid')
    .addColumn('visibility', 'text', (c) =>
      c.notNull().check(sql`visibility in ('public', 'internal')`),
    )
    .addColumn('automatic', 'boolean', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('attachments', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ticket_messages_ticket')
    .on('ticket_messages')
    .columns(['ticket_id', 'id'])
    .execute();

  await db.schema
    .createTable('sla_notices')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('ticket_id', 'uuid', (c) => c.notNull().references('tickets.id'))
    .addColumn('clock', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('moment', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('sla_notices_once', ['ticket_id', 'clock', 'kind'])
    .execute();
}

/** Drops the desk tables (development only). */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'sla_notices',
    'ticket_messages',
    'ticket_events',
    'tickets',
    'contract_requesters',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
