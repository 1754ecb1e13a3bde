/**
 * The account manager's recommendations on the monitoring report over HTTP, on both engines:
 * written before the issue, shown in the report's JSON, PDF (read back with pdftotext) and CSV;
 * read by the client, written only by those who issue reports; too long is refused by its field.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { deskWithContract, moveClock } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';

const pdftotext = '/usr/bin/pdftotext';

describeEachEngine('monitoring recommendations over HTTP', (database) => {
  let test: TestApp;
  let desk: Awaited<ReturnType<typeof deskWithContract>>;
  let manager: { cookie: string };
  const url = (path: string) => `/api/contracts/${desk.contractId}/reports/monitoring${path}`;
  const put = (payload: object, headers = manager) =>
    test.app.inject({ method: 'PUT', url: url('/recommendations'), headers, payload });

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    desk = await deskWithContract(test);
    await moveClock(test, '2026-03-20T15:00:00Z');
    manager = { cookie: await test.cookieFor(demoUserByRole.account_manager, true) };
  });

  it('recommendations written for a window show in the monitoring report, its PDF and its CSV', async () => {
    const text = 'Depurar los contactos sin correo antes del cierre.';
    const written = await put({ period: '2026-03-20', text: `  ${text}\n` });
    expect(written.statusCode).toBe(200);
    expect(written.json()).toEqual({
      periodStart: '2026-03-16',
      periodLastDay: '2026-03-30',
      text,
    });
    const decider = { cookie: await test.cookieFor(demoUserByRole.client_decision_maker, true) };
    const read = await test.app.inject({ url: url('/recommendations'), headers: decider });
    expect(read.json().text).toBe(text);
    const json = await test.app.inject({ url: url('?lang=es'), headers: manager });
    expect(JSON.stringify(json.json().document)).toContain(text);
    const csv = await test.app.inject({ url: url('?lang=es&format=csv'), headers: manager });
    expect(csv.payload).toContain(text);
    const pdf = await test.app.inject({ url: url('?lang=es&format=pdf'), headers: manager });
    if (existsSync(pdftotext)) {
      const read = execFileSync(pdftotext, ['-enc', 'UTF-8', '-', '-'], { input: pdf.rawPayload });
      expect(read.toString('utf8').replace(/\s+/g, ' ')).toContain(text);
    }
  });

  it('the client may not write them, and a text too long is refused naming the field', async () => {
    const decider = { cookie: await test.cookieFor(demoUserByRole.client_decision_maker, true) };
    expect((await put({ text: 'Hola' }, decider)).statusCode).toBe(403);
    const long = await put({ text: 'x'.repeat(4001) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields[0].path).toBe('body.text');
  });
});
