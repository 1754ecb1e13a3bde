/**
 * Platform metrics over HTTP on both engines (issue 14, report 3): a batch of dated values and the
 * web app's CSV upload, stored once per metric and day, refused whole with every bad field named;
 * thresholds agreed as a dated parameter change of the contract; the monitoring report alerting
 * from them.
 */
import { beforeAll, expect, it } from 'vitest';
import { uploadLineOf } from '../../src/reports/index.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { deskWithContract, moveClock } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';

type Field = { path: string; issue: string; params: Record<string, string | number> };

describeEachEngine('platform metrics over HTTP', (database) => {
  let test: TestApp;
  let desk: Awaited<ReturnType<typeof deskWithContract>>;
  let manager: { cookie: string };
  const post = (path: string, payload: unknown, headers = manager) =>
    test.app.inject({
      method: 'POST',
      url: `/api/contracts/${desk.contractId}${path}`,
      headers,
      payload: payload as object,
    });
  const stored = async () =>
    (
      await test.database.db
        .selectFrom('metric_readings')
        .select(['metric', 'measured_on', 'hundredths'])
        .where('contract_id', '=', desk.contractId)
        .orderBy('metric')
        .orderBy('measured_on')
        .execute()
    ).map((r) => `${r.metric} ${r.measured_on} ${Number(r.hundredths)}`);

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    desk = await deskWithContract(test);
    await moveClock(test, '2026-03-20T15:00:00Z');
    manager = { cookie: await test.cookieFor(demoUserByRole.account_manager, true) };
  });

  it('a batch is stored once per metric and day: sent again it stores nothing twice; a corrected value replaces the old', async () => {
    const batch = {
      readings: [
        { metric: 'storage_used', on: '2026-03-10', value: 70 },
        { metric: 'licences_used', on: '2026-03-10', value: '41' },
      ],
    };
    expect((await post('/metrics', batch)).json()).toEqual({
      created: 2,
      changed: 0,
      unchanged: 0,
    });
    expect((await post('/metrics', batch)).json()).toEqual({
      created: 0,
      changed: 0,
      unchanged: 2,
    });
    const corrected = { readings: [{ metric: 'storage_used', on: '2026-03-10', value: 71.5 }] };
    expect((await post('/metrics', corrected)).json()).toEqual({
      created: 0,
      changed: 1,
      unchanged: 0,
    });
    expect(await stored()).toEqual([
      'licences_used 2026-03-10 4100',
      'storage_used 2026-03-10 7150',
    ]);
  });

  it('a bad batch is refused whole with 400, every bad field named with a code, and nothing stored', async () => {
    const before = await stored();
    const answer = await post('/metrics', {
      readings: [
        { metric: 'api_calls', on: '2026-03-11', value: 1000 },
        { metric: 'storage', on: '2026-03-32', value: 'mucho' },
        { metric: 'login_rate', on: '2026-03-21', value: 100.001 },
      ],
    });
    expect(answer.statusCode).toBe(400);
    const fields = answer.json().error.fields as Field[];
    expect(fields.map((f) => [f.path, f.issue])).toEqual([
      ['body.readings[1].metric', 'unknown_metric'],
      ['body.readings[1].on', 'not_a_date'],
      ['body.readings[1].value', 'not_a_number'],
      ['body.readings[2].on', 'in_the_future'],
      ['body.readings[2].value', 'too_many_decimals'],
    ]);
    expect(fields[0]?.params).toEqual({ metric: 'storage' });
    expect(await stored()).toEqual(before);
  });

  it('a Spanish CSV saved by Excel (BOM, semicolons, decimal comma) is stored; a bad line is named by its number', async () => {
    const csv =
      '\uFEFFmétrica;fecha;valor\nlogin_rate;2026-03-12;87,25\napi_calls;2026-03-12;15000\n';
    const answer = await post('/metrics/upload', { csv, lang: 'es' });
    expect(answer.json()).toEqual({ created: 2, changed: 0, unchanged: 0 });
    expect(await stored()).toContain('login_rate 2026-03-12 8725');
    const bad = await post('/metrics/upload', {
      csv: 'métrica;fecha;valor\nlogin_rate;2026-03-13;88,5\nstorage_used;2026-03-13;12.5\n',
      lang: 'es',
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.fields as Field[];
    expect(fields.map((f) => [f.path, f.issue, uploadLineOf(f.path.replace('body.', ''))])).toEqual(
      [['body.rows[1].value', 'not_a_number', 3]],
    );
    expect(await stored()).not.toContain('login_rate 2026-03-13 8850');
  });

  it('thresholds agreed as a parameter change of the contract make the monitoring report alert', async () => {
    const amended = await post('/amendments', {
      kind: 'parameter_change',
      from: '2026-03-01',
      changes: {
        monitoring: {
          rules: [],
          thresholds: [{ metric: 'storage_used', alertWhen: 'above', limit: 80 }],
        },
      },
    });
    expect(amended.statusCode).toBe(201);
    await post('/metrics', { readings: [{ metric: 'storage_used', on: '2026-03-18', value: 84 }] });
    const report = await test.app.inject({
      url: `/api/contracts/${desk.contractId}/reports/monitoring?period=2026-03-20&lang=en`,
      headers: manager,
    });
    expect(report.statusCode).toBe(200);
    expect(report.json()).toMatchObject({ periodStart: '2026-03-16', periodLastDay: '2026-03-30' });
    const text = JSON.stringify(report.json().document);
    expect(text).toContain('"tone":"alert"');
    const badThreshold = await post('/amendments', {
      kind: 'parameter_change',
      from: '2026-04-01',
      changes: {
        monitoring: {
          rules: [],
          thresholds: [{ metric: 'storage_used', alertWhen: 'above', limit: 180 }],
        },
      },
    });
    expect(badThreshold.statusCode).toBe(400);
    expect(badThreshold.json().error.fields[0].path).toMatch(/monitoring.*thresholds\[0\]\.limit/);
  });

  it('metrics are refused to agents and to the client', async () => {
    const row = { readings: [{ metric: 'storage_used', on: '2026-03-12', value: 1 }] };
    for (const role of ['agent', 'client_decision_maker'] as const) {
      const cookie = await test.cookieFor(demoUserByRole[role], true);
      expect((await post('/metrics', row, { cookie })).statusCode).toBe(403);
    }
  });
});
