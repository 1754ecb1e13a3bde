/**
 * Rows of every table that holds personal data, inserted directly (DESIGN.md: store tests seed
 * rows): Ana, a requester who will ask to be forgotten, with two tickets, messages (one with an
 * attachment), a session, an API token, audit entries, a time entry, received mail with a file
 * and a notice mailed to her; Bob, an agent; Eva, another requester whose data must stay untouched.
 */
import type { Db } from '../../src/store/database.js';

/** The n-th fixed UUID. */
export const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const org = id(1);
/** The requester who asks to be forgotten. */
export const ana = id(2);
/** An agent. */
export const bob = id(3);
/** Another requester. */
export const eva = id(4);
const contract = id(5);
/** Ana's two tickets and Eva's. */
export const [anaTicket1, anaTicket2, evaTicket] = [id(6), id(7), id(8)];
const at = new Date('2026-03-02T10:00:00Z');
const json = (value: unknown) => JSON.stringify(value);

/** Inserts the rows (see the module comment). */
export async function seedPeopleAndTickets(db: Db): Promise<void> {
  await db
    .insertInto('organisations')
    .values({ id: org, kind: 'client', name: 'Andes SpA', partner_id: null })
    .execute();
  await db
    .insertInto('users')
    .values([
      {
        id: ana,
        organisation_id: org,
        email: 'ana@andes.cl',
        name: 'Ana Pérez',
        locale: 'es',
        role: 'client_requester',
        password_hash: 'scrypt$a',
      },
      {
        id: bob,
        organisation_id: org,
        email: 'bob@provider.example',
        name: 'Bob Agent',
        locale: 'en',
        role: 'agent',
        password_hash: 'scrypt$b',
      },
      {
        id: eva,
        organisation_id: org,
        email: 'eva@andes.cl',
        name: 'Eva Soto',
        locale: 'es',
        role: 'client_requester',
        password_hash: null,
      },
    ])
    .execute();
  await db
    .insertInto('sessions')
    .values([
      { token_hash: 'hash-ana', user_id: ana, created_at: at, expires_at: at },
      { token_hash: 'hash-bob', user_id: bob, created_at: at, expires_at: at },
    ])
    .execute();
  await db
    .insertInto('api_tokens')
    .values({ user_id: ana, name: 'Integración de Ana', token_hash: 'tok-ana', created_at: at })
    .execute();
  await db
    .insertInto('audit_log')
    .values([
      {
        at,
        via: 'api',
        actor_user_id: ana,
        actor_organisation_id: org,
        action: 'ticket.open',
        outcome: 201,
        ip: '190.5.1.1',
        resource_type: 'ticket',
        resource_id: anaTicket1,
        request_id: 'r1',
      },
      {
        at,
        via: 'api',
        actor_user_id: bob,
        actor_organisation_id: org,
        action: 'ticket.reply',
        outcome: 200,
        ip: '10.0.0.9',
        resource_type: 'ticket',
        resource_id: anaTicket1,
        request_id: 'r2',
      },
    ])
    .execute();
  await db
    .insertInto('contracts')
    .values({
      id: contract,
      client_id: org,
      plan_id: null,
      name: 'Premium',
      start_date: '2026-01-01',
      end_date: null,
      plan: json({}),
      created_at: at,
    })
    .execute();
  await db
    .insertInto('contract_requesters')
    .values([
      { contract_id: contract, user_id: ana },
      { contract_id: contract, user_id: eva },
    ])
    .execute();
  const ticket = (ticketId: string, requester: string, subject: string, due: string) => ({
    id: ticketId,
    contract_id: contract,
    client_id: org,
    requester_id: requester,
    assignee_id: bob,
    subject,
    channel: 'portal',
    classification: json({ kind: 'question' }),
    kind: 'question',
    criticality: 'high',
    level: 'L1',
    status: 'closed',
    outcome: 'answered_in_first_contact',
    sla_state: 'met',
    sla_due_at: new Date(due),
    next_check_at: null,
    first_response_outcome: 'met',
    opened_at: at,
    updated_at: at,
  });
  await db
    .insertInto('tickets')
    .values([
      ticket(anaTicket1, ana, 'Ana Pérez no puede importar su CSV', '2026-03-02T12:00:00Z'),
      ticket(anaTicket2, ana, 'Factura de Ana', '2026-03-03T09:00:00Z'),
      ticket(evaTicket, eva, 'Consulta de Eva', '2026-03-04T09:00:00Z'),
    ])
    .execute();
  await db
    .insertInto('ticket_events')
    .values([
      {
        ticket_id: anaTicket1,
        at,
        actor_id: ana,
        event: json({ type: 'opened', at: at.getTime() }),
      },
      {
        ticket_id: anaTicket1,
        at,
        actor_id: bob,
        event: json({ type: 'provider_replied', at: at.getTime() }),
      },
    ])
    .execute();
  const message = (ticketId: string, author: string, body: string, files: unknown[] = []) => ({
    ticket_id: ticketId,
    author_id: author,
    visibility: 'public' as const,
    automatic: false,
    body,
    attachments: json(files),
    created_at: at,
  });
  await db
    .insertInto('ticket_messages')
    .values([
      message(anaTicket1, ana, 'Hola, soy Ana, mi teléfono es +56 9 1234 5678', [
        { id: 'file-1', name: 'csv-ana.csv' },
      ]),
      message(anaTicket1, bob, 'Hola Ana, revisa este artículo'),
      message(evaTicket, eva, 'Hola, soy Eva'),
    ])
    .execute();
  await db
    .insertInto('ledger_entries')
    .values([
      {
        contract_id: contract,
        type: 'grant',
        on_date: '2026-01-01',
        body: json({ minutes: 2400 }),
        key: 'grant-2026',
        created_at: at,
        created_by: null,
      },
      {
        contract_id: contract,
        type: 'consume',
        on_date: '2026-03-02',
        body: json({ minutes: 15, ticketId: anaTicket1 }),
        key: null,
        created_at: at,
        created_by: bob,
      },
    ])
    .execute();
  await db
    .insertInto('work_log')
    .values({
      contract_id: contract,
      ticket_ref: anaTicket1,
      conversation_ref: null,
      kind: 'question',
      on_date: '2026-03-02',
      worked_minutes: 5,
      charged_minutes: 15,
      first_contact: true,
      reasons: json([{ code: 'minimum_per_conversation', minutes: 15 }]),
      quote_required: false,
      ledger_entry_id: null,
      note: 'Llamé a Ana al móvil',
      created_at: at,
      created_by: bob,
    })
    .execute();
  await db
    .insertInto('outbox_events')
    .values([
      {
        id: id(70),
        type: 'ticket.opened',
        payload: json({ ticketId: anaTicket1, requesterId: ana }),
        occurred_at: at,
        next_attempt_at: at,
      },
      {
        id: id(71),
        type: 'ticket.opened',
        payload: json({ ticketId: evaTicket, requesterId: eva }),
        occurred_at: at,
        next_attempt_at: at,
      },
    ])
    .execute();
  await seedMail(db);
}

async function seedMail(db: Db): Promise<void> {
  const received = (mailId: string, ticketId: string, from: string, text: string) => ({
    id: mailId,
    received_at: at,
    source: 'smtp',
    envelope: json({ mailFrom: from, rcptTo: ['soporte@pacta.localhost'] }),
    raw: Buffer.from(`From: ${from}\r\n\r\n${text}`),
    size: text.length,
    digest: `digest-${mailId}`,
    message_id: `<${mailId}@mail.example>`,
    from_address: from,
    subject: 'Re: CSV',
    text,
    html: `<p>${text}</p>`,
    fate: 'reply',
    reason: null,
    ticket_id: ticketId,
    processed_at: at,
    last_error: null,
  });
  await db
    .insertInto('mail_messages')
    .values([
      received(id(80), anaTicket1, 'ana@andes.cl', 'Adjunto el CSV, Ana'),
      received(id(81), evaTicket, 'eva@andes.cl', 'Gracias, Eva'),
    ])
    .execute();
  await db
    .insertInto('mail_attachments')
    .values({
      id: id(82),
      mail_id: id(80),
      ticket_id: anaTicket1,
      filename: 'clientes-ana.csv',
      content_type: 'text/csv',
      inline: false,
      size: 9,
      content: Buffer.from('ana;+5691'),
    })
    .execute();
  await db
    .insertInto('mail_outgoing')
    .values({
      id: id(83),
      dedupe_key: 'ack-ana',
      message_id: '<ack-ana@pacta.localhost>',
      ticket_id: anaTicket1,
      ticket_number: 1,
      ticket_token: 'tok-ana',
      to_address: 'ana@andes.cl',
      to_name: 'Ana Pérez',
      language: 'es',
      subject: '[#1] Ana Pérez no puede importar su CSV',
      text: 'Hola Ana',
      html: '<p>Hola Ana</p>',
      automatic: true,
      in_reply_to: null,
      status: 'sent',
      created_at: at,
      send_after: at,
      sent_at: at,
      last_error: null,
    })
    .execute();
}
