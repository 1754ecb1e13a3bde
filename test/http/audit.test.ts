import { beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';
import { signInfinity25 } from '../support/hour-bank.js';

describeEachEngine('the audit log of API requests', (database) => {
  let test: TestApp;
  let admin: { cookie: string };
  const entriesOf = async (requestId: string) =>
    (await test.store.audit.list({ limit: 500 })).filter((entry) => entry.requestId === requestId);

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin) };
  });

  it('a change is audited once, in its own transaction, with the status its success answers', async () => {
    const res = await test.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { ...admin, 'x-request-id': 'audit-created' },
      payload: { kind: 'client', name: 'Audit once' },
    });
    expect(res.statusCode).toBe(201);
    expect(await entriesOf('audit-created')).toMatchObject([
      {
        via: 'http',
        action: 'POST /api/organisations',
        resourceType: 'organisations',
        resourceId: res.json().id,
        outcome: 201,
      },
    ]);
  });

  it('a write that fails inside its transaction is audited as failed, never as done', async () => {
    const organisationId = (await test.store.organisations.list()).find(
      (org) => org.name === 'Tienda Sol',
    )?.id;
    const res = await test.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { ...admin, 'x-request-id': 'audit-conflict' },
      payload: {
        organisationId,
        email: demoUserByRole.client_requester.toUpperCase(),
        name: 'Duplicate',
        role: 'client_requester',
      },
    });
    expect(res.statusCode).toBe(409);
    expect((await entriesOf('audit-conflict')).map((entry) => entry.outcome)).toEqual([409]);
  });

  it('a request that changes nothing is still in the log, once', async () => {
    const { contractId } = await signInfinity25(test);
    const res = await test.app.inject({
      method: 'POST',
      url: `/api/contracts/${contractId}/close-periods`,
      headers: { ...admin, 'x-request-id': 'audit-noop' },
    });
    expect(res.json()).toEqual({ closed: [] });
    expect(await entriesOf('audit-noop')).toMatchObject([
      { via: 'http', resourceType: 'contracts', resourceId: contractId, outcome: 200 },
    ]);
  });
});
