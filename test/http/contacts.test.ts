import { beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/domain/identity/roles.js';
import { storedData } from '../../src/main/stored-data.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { deskOn } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';

type Method = 'GET' | 'POST' | 'PATCH';

describeEachEngine('contacts and privacy over HTTP', (database) => {
  let test: TestApp;
  let desk: Awaited<ReturnType<typeof deskOn>>;
  let requesterContact: string;

  const call = async (role: Role, method: Method, url: string, payload?: object) => {
    const cookie = await test.cookieFor(demoUserByRole[role]);
    return test.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  };

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    desk = await deskOn(test);
    for (const subject of ['No puedo exportar', 'Error al importar CSV']) {
      const opened = await desk.open({ subject });
      expect(opened.statusCode).toBe(201);
    }
    const found = await call('agent', 'GET', '/api/contacts?q=solicitante%40tiendasol');
    requesterContact = found.json()[0].id;
  });

  it('every user is a contact: the requester is found with the user she signs in as', async () => {
    const res = await call('agent', 'GET', '/api/contacts?q=tiendasol');
    expect(res.statusCode).toBe(200);
    const emails = res.json().map((c: { email: string }) => c.email);
    expect(emails).toEqual(
      expect.arrayContaining([
        demoUserByRole.client_requester,
        demoUserByRole.client_decision_maker,
      ]),
    );
    const requester = res
      .json()
      .find((c: { email: string }) => c.email === demoUserByRole.client_requester);
    expect(requester).toMatchObject({ kind: 'person', userId: desk.requesterId, state: 'active' });
  });

  it('a new user becomes a contact in the same transaction, whoever creates it', async () => {
    const created = await call('provider_admin', 'POST', '/api/users', {
      organisationId: (await test.store.users.findById(desk.requesterId))?.organisationId,
      email: 'nueva@tiendasol.demo',
      name: 'Nueva Persona',
      role: 'client_requester',
      locale: 'en',
    });
    expect(created.statusCode).toBe(201);
    const res = await call('agent', 'GET', '/api/contacts?q=nueva%40tiendasol.demo');
    expect(res.json()).toMatchObject([
      { email: 'nueva@tiendasol.demo', userId: created.json().id, language: 'en' },
    ]);
  });

  it('the 360° view shows the contact’s tickets and messages, and the look is traced', async () => {
    const res = await call('account_manager', 'GET', `/api/contacts/${requesterContact}`);
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view.tickets.map((t: { subject: string }) => t.subject).sort()).toEqual([
      'Error al importar CSV',
      'No puedo exportar',
    ]);
    expect(view.messages.length).toBeGreaterThanOrEqual(2);
    const again = await call('agent', 'GET', `/api/contacts/${requesterContact}`);
    const viewed = again.json().trace.filter((e: { action: string }) => e.action === 'viewed');
    expect(viewed.length).toBe(2);
    expect(viewed[1].actorId).toBe((await test.store.users.findByEmail(demoUserByRole.agent))?.id);
  });

  it('staff add companies and people who never sign in; bad fields are named', async () => {
    const company = await call('agent', 'POST', '/api/contacts', {
      kind: 'company',
      fields: { name: 'Comercial Andes SpA', country: 'CL', website: 'https://andes.example.cl' },
    });
    expect(company.statusCode).toBe(201);
    const person = await call('agent', 'POST', '/api/contacts', {
      kind: 'person',
      fields: {
        givenName: 'Marta',
        familyName: 'Rojas',
        email: 'Marta@Andes.example.cl',
        companyId: company.json().id,
        'custom.store': 'Providencia',
      },
    });
    expect(person.statusCode).toBe(201);
    expect(person.json()).toMatchObject({
      displayName: 'Marta Rojas',
      email: 'marta@andes.example.cl',
      userId: null,
      custom: { store: 'Providencia' },
    });
    const view = await call('agent', 'GET', `/api/contacts/${person.json().id}`);
    expect(view.json()).toMatchObject({
      company: { displayName: 'Comercial Andes SpA' },
      tickets: [],
      trace: [{ action: 'created' }, { action: 'viewed' }],
    });

    const cases: [object, string][] = [
      [{ kind: 'person', fields: { familyName: 'Sin nombre' } }, 'fields.givenName'],
      [{ kind: 'person', fields: { givenName: 'A', email: 'no-es-correo' } }, 'fields.email'],
      [{ kind: 'company', fields: { name: 'X', givenName: 'Y' } }, 'fields.givenName'],
      [{ kind: 'person', fields: { givenName: 'A', country: 'Chile' } }, 'fields.country'],
      [
        { kind: 'person', fields: { givenName: 'A', companyId: person.json().id } },
        'fields.companyId',
      ],
    ];
    for (const [payload, path] of cases) {
      const res = await call('agent', 'POST', '/api/contacts', payload);
      expect([400, 404]).toContain(res.statusCode);
      expect(JSON.stringify(res.json())).toContain(`"body.${path}"`);
    }
  });

  it('rectification keeps the old value in the trace; equal values leave none', async () => {
    const res = await call('agent', 'PATCH', `/api/contacts/${requesterContact}`, {
      changes: { phone: '+56 9 8765 4321', familyName: 'Soto', language: 'es' },
      reason: 'solicitud 2026-17',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ phone: '+56 9 8765 4321', familyName: 'Soto' });
    const view = await call('agent', 'GET', `/api/contacts/${requesterContact}`);
    const rectified = view.json().trace.filter((e: { action: string }) => e.action === 'rectified');
    expect(rectified).toEqual([
      expect.objectContaining({ field: 'phone', oldValue: null, newValue: '+56 9 8765 4321' }),
      expect.objectContaining({ field: 'familyName', oldValue: '', newValue: 'Soto' }),
    ]);
    expect(rectified[0].reason).toBe('solicitud 2026-17');
    const bad = await call('agent', 'PATCH', `/api/contacts/${requesterContact}`, {
      changes: { email: 'x@' },
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('changes.email');
  });

  it('export includes every declared table', async () => {
    const res = await call('provider_admin', 'GET', `/api/contacts/${requesterContact}/export`);
    expect(res.statusCode).toBe(200);
    const exported = res.json();
    const declared = storedData.filter((data) => data.subject).map((data) => data.table);
    expect(exported.tables.map((t: { table: string }) => t.table)).toEqual(declared);
    const rows = Object.fromEntries(
      exported.tables.map((t: { table: string; rows: unknown[] }) => [t.table, t.rows.length]),
    );
    expect(rows).toMatchObject({ contacts: 1, users: 1, tickets: 2 });
    expect(rows.contact_trace).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(exported)).not.toContain('password_hash');
    expect(res.headers['content-disposition']).toContain(`contact-${requesterContact}.json`);
    const after = await call('agent', 'GET', `/api/contacts/${requesterContact}`);
    expect(after.json().trace.map((e: { action: string }) => e.action)).toContain('exported');
    expect(
      (await call('agent', 'GET', `/api/contacts/${requesterContact}/export`)).statusCode,
    ).toBe(403);
  });

  it('an anonymised contact’s tickets keep their SLA figures and ledger entries', async () => {
    const { db } = test.database;
    const figures = async () => ({
      tickets: await db
        .selectFrom('tickets')
        .select(['id', 'number', 'status', 'sla_state', 'sla_due_at', 'first_response_due_at'])
        .orderBy('id')
        .execute(),
      ledger: await db.selectFrom('ledger_entries').selectAll().orderBy('id').execute(),
      events: await db.selectFrom('ticket_events').selectAll().orderBy('id').execute(),
    });
    const before = await figures();
    expect(before.tickets.length).toBe(2);
    expect(before.ledger.length).toBeGreaterThan(0);

    const refused = await call(
      'provider_admin',
      'POST',
      `/api/contacts/${requesterContact}/anonymisation`,
      {},
    );
    expect(refused.statusCode).toBe(400);
    const res = await call(
      'provider_admin',
      'POST',
      `/api/contacts/${requesterContact}/anonymisation`,
      {
        confirm: true,
      },
    );
    expect(res.statusCode).toBe(200);
    const pseudonym: string = res.json().contact.pseudonym;
    expect(pseudonym).toMatch(/^ANON-[0-9A-F]{8}$/);
    expect(res.json().contact).toMatchObject({
      displayName: pseudonym,
      email: null,
      phone: null,
      state: 'anonymised',
      custom: {},
    });
    expect(await figures()).toEqual(before);
    const user = await test.store.users.findById(desk.requesterId);
    expect(user).toMatchObject({ name: pseudonym, active: false });
    const subjects = await db.selectFrom('tickets').select('subject').execute();
    expect(subjects.every((t) => t.subject === '[redacted]')).toBe(true);

    const view = await call('agent', 'GET', `/api/contacts/${requesterContact}`);
    const trace = view.json().trace as { action: string; oldValue: string | null }[];
    expect(trace.map((e) => e.action)).toContain('anonymised');
    expect(trace.filter((e) => e.action === 'rectified').map((e) => e.oldValue)).toEqual([
      '[redacted]',
      '[redacted]',
    ]);
    const again = await call(
      'provider_admin',
      'POST',
      `/api/contacts/${requesterContact}/anonymisation`,
      {
        confirm: true,
      },
    );
    expect(again.statusCode).toBe(422);
    expect(again.json().error).toMatchObject({ rule: 'contacts.rule.contact_anonymised' });
    const rectify = await call('agent', 'PATCH', `/api/contacts/${requesterContact}`, {
      changes: { phone: '+56 9 1111 1111' },
    });
    expect(rectify.statusCode).toBe(422);
  });

  it('client users and partners cannot list contacts; ids of no contact are not found', async () => {
    // (the requester was anonymised above: she can no longer sign in at all)
    for (const role of ['client_decision_maker', 'partner_agent'] as const) {
      expect((await call(role, 'GET', '/api/contacts')).statusCode).toBe(403);
    }
    expect((await call('agent', 'GET', '/api/contacts/not-an-id')).statusCode).toBe(404);
    expect(
      (await call('agent', 'GET', '/api/contacts/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
  });
});
