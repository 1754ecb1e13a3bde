import { expect, it } from 'vitest';
import { buildTestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { deskWithContract } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';

/** Bodies a careless or hostile client sends: wrong types everywhere, never a 500. */
const garbage: unknown[] = [
  {},
  [],
  'text',
  42,
  {
    minutes: 'ten',
    name: 12,
    kind: { nested: true },
    spec: [],
    params: 'x',
    overrides: [1],
    userIds: 'all',
  },
  {
    minutes: 1e308,
    on: '2026-02-30',
    expiresOn: 'tomorrow',
    consumeId: '99999999999999999999999',
    entryId: '-1',
  },
  { kind: 'temporary_growth', from: '2026-13-01', extraMinutesPerPeriod: -5, periods: 0 },
  {
    classification: { kind: 'urgency', urgency: 'apocalypse' },
    criticality: 'extreme',
    contractId: 'not-a-uuid',
  },
  {
    params: { price: { amount: '1e5', currency: 'CLF' }, includedMinutesPerPeriod: 1.5 },
    presetId: 'nope',
    name: 'x',
  },
];

describeEachEngine('bad input never causes a 500', (database) => {
  it('every state-changing route answers 4xx JSON to garbage bodies', async () => {
    const test = await buildTestApp(database().handle);
    const desk = await deskWithContract(test);
    const ticketId = (await desk.open()).json().id as string;
    const admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin) };
    const doc = (await test.app.inject({ url: '/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const failures: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods).filter((m) =>
        ['post', 'put', 'patch'].includes(m),
      )) {
        const url = path.replace(
          '{id}',
          path.startsWith('/api/tickets') ? ticketId : desk.contractId,
        );
        for (const body of garbage) {
          const res = await test.app.inject({
            method: method.toUpperCase() as 'POST',
            url,
            headers: { ...admin, 'content-type': 'application/json' },
            payload: JSON.stringify(body),
          });
          const json = String(res.headers['content-type'] ?? '').includes('application/json');
          if (res.statusCode >= 500 || (res.statusCode >= 400 && !json)) {
            failures.push(
              `${method.toUpperCase()} ${path} ${JSON.stringify(body).slice(0, 60)} → ${res.statusCode} ${res.payload.slice(0, 120)}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
    await test.app.close();
  }, 120_000);
});
