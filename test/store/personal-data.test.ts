import { beforeAll, describe, expect, it } from 'vitest';
import {
  exportPlan,
  locatorHolds,
  planAnonymisation,
  pseudonymEmail,
  redacted,
  storedDataCoverage,
} from '../../src/domain/contacts/index.js';
import { bookkeepingTables, storedData } from '../../src/main/stored-data.js';
import {
  exportSubject,
  runAnonymisation,
  type Subject,
  schemaColumns,
} from '../../src/store/contacts/erasure.js';
import type { Db } from '../../src/store/database.js';
import {
  ana,
  anaTicket1,
  anaTicket2,
  bob,
  eva,
  evaTicket,
  id,
  seedPeopleAndTickets,
} from '../factories/personal-rows.js';
import { describeEachEngine } from '../support/engines.js';

/** Every row of the tables whose numbers must survive, in a stable order. */
async function figures(db: Db) {
  return {
    tickets: await db
      .selectFrom('tickets')
      .select([
        'id',
        'number',
        'requester_id',
        'assignee_id',
        'status',
        'outcome',
        'sla_state',
        'sla_due_at',
        'first_response_outcome',
        'opened_at',
        'criticality',
      ])
      .orderBy('id')
      .execute(),
    events: await db.selectFrom('ticket_events').selectAll().orderBy('id').execute(),
    outbox: await db.selectFrom('outbox_events').select(['id', 'payload']).orderBy('id').execute(),
    ledger: await db.selectFrom('ledger_entries').selectAll().orderBy('id').execute(),
    work: await db
      .selectFrom('work_log')
      .select(['id', 'ticket_ref', 'worked_minutes', 'charged_minutes', 'reasons', 'created_by'])
      .execute(),
  };
}

describeEachEngine('personal data', (database) => {
  const subject: Subject = { contactId: id(99), userId: ana };
  const pseudonym = 'ANON-7F3A2C1D';
  const target = { ...subject, pseudonym, names: ['Ana Pérez'], emails: ['ana@andes.cl'] };
  const invitee = (name: string, email: string) => ({ name, email, required: true });
  const agenda = [{ text: 'Ana Pérez presenta el plan de uso' }];

  beforeAll(async () => {
    await seedPeopleAndTickets(database().handle.db);
  });

  it('the declarations must cover every table with personal columns (walked from the real schema)', async () => {
    const coverage = storedDataCoverage(
      storedData,
      await schemaColumns(database().handle.db),
      bookkeepingTables,
    );
    expect(coverage).toEqual({ undeclaredTables: [], undeclaredColumns: [], unknown: [] });
  });

  it('export includes every declared table', async () => {
    const exported = await exportSubject(database().handle.db, exportPlan(storedData), subject);
    const declared = storedData.filter((data) => data.subject).map((data) => data.table);
    expect(exported.map((t) => t.table)).toEqual(declared);
    const count = Object.fromEntries(exported.map((t) => [t.table, t.rows.length]));
    expect(count).toMatchObject({
      users: 1,
      sessions: 1,
      api_tokens: 1,
      audit_log: 1,
      contract_requesters: 1,
      tickets: 2,
      ticket_events: 1,
      ticket_messages: 2, // Ana's own message and Bob's reply on her ticket
      work_log: 1,
      ledger_entries: 0,
      outbox_events: 1, // found by the requester's id inside the event's payload
      mail_messages: 1, // the mail on her ticket, not Eva's
      mail_attachments: 1,
      mail_outgoing: 1,
    });
    const sessions = exported.find((t) => t.table === 'sessions')?.rows[0] ?? {};
    expect(Object.keys(sessions)).not.toContain('token_hash');
    expect(exported.find((t) => t.table === 'users')?.rows[0]).not.toHaveProperty('password_hash');
  });

  it('an access export includes meetings the user was invited to by id', async () => {
    const db = database().handle.db;
    const meeting = (n: number, userIds: readonly string[]) => ({
      id: id(n),
      contract_id: id(5),
      starts_at: new Date('2026-04-01T07:00:00Z'),
      updated_at: new Date('2026-03-01T07:00:00Z'),
      record: JSON.stringify({
        id: id(n),
        contactIds: [],
        userIds,
        agenda,
        attendees: [invitee('Ana Pérez', 'ana@andes.cl'), invitee('Bob Soto', 'bob@andes.cl')],
      }),
    });
    await db
      .insertInto('account_meetings')
      .values([meeting(201, [bob, ana]), meeting(202, [bob])])
      .execute();
    const exported = await exportSubject(db, exportPlan(storedData), subject);
    const meetings = exported.find((t) => t.table === 'account_meetings')?.rows ?? [];
    expect(meetings.map((row) => row.id)).toEqual([id(201)]);
  });

  it('an anonymised contact’s tickets keep their SLA figures and ledger entries', async () => {
    const { db } = database().handle;
    const before = await figures(db);
    const plan = planAnonymisation(storedData, target);
    const results = await db.transaction().execute((trx) => runAnonymisation(trx, plan));

    expect(await figures(db)).toEqual(before);
    const tickets = await db
      .selectFrom('tickets')
      .select(['id', 'subject'])
      .orderBy('id')
      .execute();
    expect(tickets).toEqual([
      { id: anaTicket1, subject: redacted },
      { id: anaTicket2, subject: redacted },
      { id: evaTicket, subject: 'Consulta de Eva' },
    ]);
    const messages = await db
      .selectFrom('ticket_messages')
      .select(['ticket_id', 'body', 'attachments'])
      .orderBy('id')
      .execute();
    expect(messages).toEqual([
      { ticket_id: anaTicket1, body: redacted, attachments: [] },
      { ticket_id: anaTicket1, body: redacted, attachments: [] },
      { ticket_id: evaTicket, body: 'Hola, soy Eva', attachments: [] },
    ]);
    expect(results.find((r) => r.table === 'ticket_messages')?.removedAttachments).toEqual([
      { id: 'file-1', name: 'csv-ana.csv' },
    ]);
    const users = await db
      .selectFrom('users')
      .select(['id', 'name', 'email', 'password_hash', 'active'])
      .orderBy('id')
      .execute();
    expect(users).toEqual([
      {
        id: ana,
        name: pseudonym,
        email: pseudonymEmail(pseudonym),
        password_hash: null,
        active: false,
      },
      {
        id: bob,
        name: 'Bob Agent',
        email: 'bob@provider.example',
        password_hash: 'scrypt$b',
        active: true,
      },
      { id: eva, name: 'Eva Soto', email: 'eva@andes.cl', password_hash: null, active: true },
    ]);
    expect(await db.selectFrom('sessions').select('user_id').execute()).toEqual([{ user_id: bob }]);
    expect(await db.selectFrom('api_tokens').select('user_id').execute()).toEqual([]);
    expect(await db.selectFrom('contract_requesters').select('user_id').execute()).toEqual([
      { user_id: eva },
    ]);
    expect(
      await db.selectFrom('audit_log').select(['actor_user_id', 'ip']).orderBy('id').execute(),
    ).toEqual([
      { actor_user_id: ana, ip: null },
      { actor_user_id: bob, ip: '10.0.0.9' },
    ]);
    expect(await db.selectFrom('work_log').select('note').execute()).toEqual([{ note: redacted }]);
  });

  it('a requester’s mail is erased with her tickets: words redacted, files deleted, fates kept', async () => {
    const { db } = database().handle;
    const received = await db
      .selectFrom('mail_messages')
      .select(['ticket_id', 'from_address', 'subject', 'text', 'html', 'envelope', 'fate'])
      .orderBy('id')
      .execute();
    expect(received).toEqual([
      {
        ticket_id: anaTicket1,
        from_address: null,
        subject: redacted,
        text: redacted,
        html: null,
        envelope: {},
        fate: 'reply',
      },
      {
        ticket_id: evaTicket,
        from_address: 'eva@andes.cl',
        subject: 'Re: CSV',
        text: 'Gracias, Eva',
        html: '<p>Gracias, Eva</p>',
        envelope: { mailFrom: 'eva@andes.cl', rcptTo: ['soporte@pacta.localhost'] },
        fate: 'reply',
      },
    ]);
    const raw = await db.selectFrom('mail_messages').select('raw').orderBy('id').execute();
    expect(raw.map((row) => Buffer.from(row.raw).toString())).toEqual([
      redacted,
      'From: eva@andes.cl\r\n\r\nGracias, Eva',
    ]);
    expect(await db.selectFrom('mail_attachments').select('id').execute()).toEqual([]);
    expect(
      await db.selectFrom('mail_outgoing').select(['to_address', 'to_name', 'text']).execute(),
    ).toEqual([{ to_address: pseudonymEmail(pseudonym), to_name: pseudonym, text: redacted }]);
  });

  it('an anonymised invitee’s name and address leave the meeting’s record; its agenda stays', async () => {
    const { db } = database().handle;
    const records = await db
      .selectFrom('account_meetings')
      .select(['id', 'record'])
      .orderBy('id')
      .execute();
    const attendeesOf = (n: number) =>
      (records.find((row) => row.id === id(n))?.record as { attendees: unknown[] } | undefined)
        ?.attendees;
    expect(attendeesOf(201)).toEqual([
      invitee(pseudonym, pseudonymEmail(pseudonym)),
      invitee('Bob Soto', 'bob@andes.cl'),
    ]);
    expect(records.map((row) => (row.record as { agenda: unknown }).agenda)).toEqual([
      agenda,
      agenda,
    ]);
    // a meeting she was not invited to is not touched
    expect(attendeesOf(202)).toEqual([
      invitee('Ana Pérez', 'ana@andes.cl'),
      invitee('Bob Soto', 'bob@andes.cl'),
    ]);
  });

  it('re-applying the plan (after a backup is restored) changes nothing more', async () => {
    const { db } = database().handle;
    const snapshot = async () => ({
      figures: await figures(db),
      users: await db.selectFrom('users').selectAll().orderBy('id').execute(),
      messages: await db.selectFrom('ticket_messages').selectAll().orderBy('id').execute(),
    });
    const before = await snapshot();
    const plan = planAnonymisation(storedData, target);
    const results = await db.transaction().execute((trx) => runAnonymisation(trx, plan));
    expect(await snapshot()).toEqual(before);
    expect(results.flatMap((r) => r.removedAttachments)).toEqual([]);
  });
});

describe('erasure of a contact who never signed in', () => {
  it('plans no step that needs a user id', () => {
    const plan = planAnonymisation(storedData, {
      contactId: id(98),
      userId: null,
      pseudonym: 'ANON-00000001',
      names: [],
      emails: [],
    });
    // only the contact's own tables: contacts, its history, its legal holds, its consents, the
    // campaigns it got and its suppressed addresses
    expect(plan.steps.map((step) => step.table)).toEqual([
      'contacts',
      'contact_trace',
      'legal_holds',
      'consent_events',
      'campaign_messages',
      'campaign_suppressions',
    ]);
    expect(plan.steps.flatMap((step) => step.locate.map(locatorHolds))).not.toContain('user');
  });
});
