/**
 * Reports over HTTP on both engines: computed on request in JSON, PDF (read back with pdftotext)
 * and CSV; issued into the archive as immutable versions; reachable by the provider's staff and
 * the client's decision-maker of that contract only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole, otherTenantName } from '../support/demo.js';
import { deskWithContract } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';
import { signInfinity25 } from '../support/hour-bank.js';

const pdftotext = '/usr/bin/pdftotext';
const hasPdftotext = existsSync(pdftotext);

function pdfText(body: Buffer): string {
  const text = execFileSync(pdftotext, ['-layout', '-enc', 'UTF-8', '-', '-'], { input: body });
  return text.toString('utf8').replace(/[ \t]+/g, ' ');
}

type Cell = { kind: string; minutes?: number; text?: string };
type Fact = { label: string; value: Cell };
type Doc = { document: { sections: { blocks: { kind: string; facts?: Fact[] }[] }[] } };

describeEachEngine('reports over HTTP', (database) => {
  let test: TestApp;
  let desk: Awaited<ReturnType<typeof deskWithContract>>;
  let manager: { cookie: string };
  let decider: { cookie: string };
  let ticketNumber: string;
  const url = (path: string) => `/api/contracts/${desk.contractId}/reports${path}`;
  const get = (path: string, headers = manager) => test.app.inject({ url: path, headers });
  /** The summary's figures by label. */
  const summary = (body: Doc) =>
    Object.fromEntries(
      body.document.sections
        .flatMap((section) => section.blocks)
        .flatMap((block) => block.facts ?? [])
        .map((fact) => [fact.label, fact.value]),
    );

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    desk = await deskWithContract(test);
    manager = { cookie: await test.cookieFor(demoUserByRole.account_manager) };
    decider = { cookie: await test.cookieFor(demoUserByRole.client_decision_maker) };
    const opened = (await desk.open({ classification: { kind: 'corrective' } })).json();
    ticketNumber = opened.number;
    const logged = await test.app.inject({
      method: 'POST',
      url: `/api/tickets/${opened.id}/time`,
      headers: desk.agent,
      payload: { minutes: 95, firstContact: true },
    });
    if (logged.statusCode !== 201) throw new Error(`time: ${logged.payload}`);
  });

  it('the statement on request lists the ticket, its requester and the charge, in JSON, PDF and CSV', async () => {
    const json = await get(url('/statement?period=2026-03-02&lang=es'));
    expect(json.statusCode).toBe(200);
    const body = json.json();
    expect(body).toMatchObject({ kind: 'statement', periodStart: '2026-03-01', issued: null });
    const consumption = body.document.sections.find(
      (s: { heading: string }) => s.heading === 'Consumo',
    );
    expect(JSON.stringify(consumption)).toContain(ticketNumber);
    const csv = await get(url('/statement?period=2026-03-02&lang=es&format=csv'));
    expect(csv.headers['content-type']).toContain('text/csv');
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.payload).toContain(ticketNumber);
    const pdf = await get(url('/statement?period=2026-03-02&lang=es&format=pdf'));
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('statement-2026-03-01.pdf');
    if (hasPdftotext) {
      const text = pdfText(pdf.rawPayload);
      expect(text).toContain('Estado de cuenta de la bolsa de horas');
      expect(text).toContain(ticketNumber);
      expect(text).toMatch(/Consumido -\d+:\d\d h/);
    }
  });

  it('the compliance and planning reports answer for the same contract', async () => {
    const compliance = await get(url('/compliance?lang=en'));
    expect(compliance.statusCode).toBe(200);
    expect(compliance.json().document.title).toMatch(/compliance/i);
    const planning = await get(url('/planning?lang=en&format=pdf'));
    expect(planning.headers['content-type']).toBe('application/pdf');
  });

  it('an issued statement stays as issued after the ledger changes; a re-issue is version 2 and says what it replaces', async () => {
    const admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin) };
    const issued = await test.app.inject({
      method: 'POST',
      url: url('/statement/issues'),
      headers: manager,
      payload: { period: '2026-03-02' },
    });
    expect(issued.statusCode).toBe(201);
    const first = issued.json();
    expect(first).toMatchObject({ version: 1, replacesId: null, reason: 'requested' });
    const adjusted = await test.app.inject({
      method: 'POST',
      url: `/api/contracts/${desk.contractId}/adjustments`,
      headers: admin,
      payload: { minutes: -30, reason: 'corrección de registro' },
    });
    expect(adjusted.statusCode).toBe(201);
    const archived = (await get(`/api/reports/${first.id}?lang=es`, decider)).json();
    const now = (await get(url('/statement?lang=es'))).json();
    expect(summary(archived)['Ajustes manuales']).toEqual({ kind: 'minutes', minutes: 0 });
    expect(summary(now)['Ajustes manuales']).toEqual({ kind: 'minutes', minutes: -30 });
    expect(summary(archived)['Saldo final']).toEqual({ kind: 'minutes', minutes: 1500 - 95 });
    expect(summary(now)['Saldo final']).toEqual({ kind: 'minutes', minutes: 1500 - 95 - 30 });
    expect(archived.issued).toMatchObject({ id: first.id, version: 1 });
    const again = (
      await test.app.inject({
        method: 'POST',
        url: url('/statement/issues'),
        headers: admin,
        payload: {},
      })
    ).json();
    expect(again).toMatchObject({ version: 2, replacesId: first.id });
    const list = (await get(url(''), decider)).json();
    expect(list.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    const pdf = await get(`/api/reports/${again.id}?lang=es&format=pdf`, decider);
    expect(pdf.headers['content-disposition']).toContain('statement-2026-03-01-v2.pdf');
    if (hasPdftotext) {
      expect(pdfText(pdf.rawPayload)).toContain('Versión 2: reemisión que reemplaza la versión 1');
    }
    const twice = await get(`/api/reports/${first.id}?format=pdf`, decider);
    const thrice = await get(`/api/reports/${first.id}?format=pdf`, decider);
    expect(twice.rawPayload.equals(thrice.rawPayload)).toBe(true);
  });

  it('the archive refuses any change to an issued report at the database', async () => {
    const [row] = await sql<{ id: string }>`select id from issued_reports limit 1`
      .execute(test.database.db)
      .then((r) => r.rows);
    expect(row).toBeDefined();
    await expect(
      sql`update issued_reports set client_name = 'x' where id = ${row?.id}`.execute(
        test.database.db,
      ),
    ).rejects.toThrow(/immutable/);
    await expect(
      sql`delete from issued_reports where id = ${row?.id}`.execute(test.database.db),
    ).rejects.toThrow(/immutable/);
  });

  it('the client’s requester, an agent issuing, another client and bad input get clear answers', async () => {
    expect((await get(url('/statement'), desk.client)).statusCode).toBe(403);
    const byAgent = await test.app.inject({
      method: 'POST',
      url: url('/compliance/issues'),
      headers: desk.agent,
      payload: {},
    });
    expect(byAgent.statusCode).toBe(403);
    const other = await signInfinity25(test, {}, otherTenantName);
    const elsewhere = await get(`/api/contracts/${other.contractId}/reports/statement`, decider);
    expect(elsewhere.statusCode).toBe(404);
    const issuedThere = await test.app.inject({
      method: 'POST',
      url: `/api/contracts/${other.contractId}/reports/statement/issues`,
      headers: manager,
      payload: {},
    });
    const foreign = await get(`/api/reports/${issuedThere.json().id}`, decider);
    expect(foreign.statusCode).toBe(404);
    const early = await get(url('/statement?period=2025-01-01'));
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields[0].path).toBe('querystring.period');
    const kind = await get(url('/invoice'));
    expect(kind.statusCode).toBe(400);
    const format = await get(url('/statement?format=xlsx'));
    expect(format.json().error.fields[0].path).toBe('querystring.format');
  });
});
