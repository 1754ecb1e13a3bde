import type { TestApp } from './app.js';
import { demoUserByRole } from './demo.js';

/** What {@link signContract} signs: a preset plan (with the values it leaves open) for a demo client. */
export interface ContractTerms {
  presetId: string;
  /** Plan values on top of the preset (the calendar is added). */
  params?: Record<string, unknown>;
  clientName?: string;
  start?: string;
  end?: string;
  overrides?: Record<string, unknown>;
  /** Keep the calendar the preset names instead of a Mon–Tue 09–18 Santiago calendar of its own. */
  presetCalendar?: boolean;
}

/** A contract of a demo client made over the API on a plan from a seed preset (on its own Mon–Tue 09–18 Santiago calendar unless `presetCalendar`). */
export async function signContract(test: TestApp, terms: ContractTerms) {
  const admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin) };
  const calendar = async () => {
    if (terms.presetCalendar) return {};
    const created = await test.app.inject({
      method: 'POST',
      url: '/api/calendars',
      headers: admin,
      payload: {
        name: `seed-calendar-${Math.random().toString(36).slice(2)}`,
        spec: {
          timeZone: 'America/Santiago',
          week: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']] },
        },
      },
    });
    return { calendarId: created.json().id };
  };
  const plan = await test.app.inject({
    method: 'POST',
    url: '/api/plans',
    headers: admin,
    payload: {
      name: `${terms.presetId} ${Math.random().toString(36).slice(2)}`,
      presetId: terms.presetId,
      params: { ...terms.params, ...(await calendar()) },
    },
  });
  if (plan.statusCode !== 201) throw new Error(`plan: ${plan.payload}`);
  const clientName = terms.clientName ?? 'Tienda Sol';
  const client = (await test.store.organisations.list()).find((org) => org.name === clientName);
  const contract = await test.app.inject({
    method: 'POST',
    url: '/api/contracts',
    headers: admin,
    payload: {
      clientId: client?.id,
      planId: plan.json().id,
      name: 'Soporte',
      start: terms.start ?? '2026-03-01',
      overrides: terms.overrides ?? {},
      ...(terms.end ? { end: terms.end } : {}),
    },
  });
  if (contract.statusCode !== 201) throw new Error(`contract: ${contract.payload}`);
  return { admin, contractId: contract.json().id as string, planId: plan.json().id as string };
}

/** A seed-002 Infinity 25 contract of a demo client ("Tienda Sol" by default) from 2026-03-01, made over the API. */
export function signInfinity25(
  test: TestApp,
  overrides: Record<string, unknown> = {},
  clientName = 'Tienda Sol',
  dates: { end?: string } = {},
) {
  return signContract(test, {
    presetId: 'seed002-infinity-25',
    clientName,
    overrides,
    ...dates,
  });
}

/** The values seed 001's presets leave to the contract: 100 yearly hours, a price, billing and term. */
export const seed001Terms = {
  includedMinutesPerPeriod: 100 * 60,
  price: { amount: '6000.00', currency: 'EUR' },
  billing: { every: 'year', timing: 'in_advance' },
  term: { months: 12, autoRenew: true },
};
