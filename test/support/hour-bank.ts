import type { TestApp } from './app.js';
import { demoUserByRole } from './demo.js';

/** A seed-002 Infinity 25 contract of a demo client ("Tienda Sol" by default) from 2026-03-01, made over the API. */
export async function signInfinity25(
  test: TestApp,
  overrides: Record<string, unknown> = {},
  clientName = 'Tienda Sol',
  dates: { end?: string } = {},
) {
  const admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin) };
  const calendar = await test.app.inject({
    method: 'POST',
    url: '/api/calendars',
    headers: admin,
    payload: {
      name: `seed-002-${Math.random().toString(36).slice(2)}`,
      spec: {
        timeZone: 'America/Santiago',
        week: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']] },
      },
    },
  });
  const plan = await test.app.inject({
    method: 'POST',
    url: '/api/plans',
    headers: admin,
    payload: {
      name: `Infinity 25 ${Math.random().toString(36).slice(2)}`,
      presetId: 'seed002-infinity-25',
      params: { calendarId: calendar.json().id },
    },
  });
  if (plan.statusCode !== 201) throw new Error(`plan: ${plan.payload}`);
  const client = (await test.store.organisations.list()).find((org) => org.name === clientName);
  const contract = await test.app.inject({
    method: 'POST',
    url: '/api/contracts',
    headers: admin,
    payload: {
      clientId: client?.id,
      planId: plan.json().id,
      name: 'Soporte Salesforce',
      start: '2026-03-01',
      overrides,
      ...dates,
    },
  });
  if (contract.statusCode !== 201) throw new Error(`contract: ${contract.payload}`);
  return { admin, contractId: contract.json().id as string, planId: plan.json().id as string };
}
