/** Setting up, through the API, a Tienda Sol contract on an agile retainer over a Bogotá calendar. */
import type { Page } from 'playwright-core';
import { bogotaSpec } from '../factories/agency.js';
import { apiAs, type Stage } from './browser.js';

/** Signs Tienda Sol's contract `name` from `start` as the signed-in `admin`; returns its id. */
export async function signBogotaRetainer(
  stage: Stage,
  admin: Page,
  names: { calendar: string; plan: string; contract: string },
  start: string,
): Promise<string> {
  const post = <T>(path: string, data: object) => apiAs<T>(stage, admin, 'POST', path, data);
  const calendar = await post<{ id: string }>('/api/calendars', {
    name: names.calendar,
    spec: bogotaSpec,
  });
  const plan = await post<{ id: string }>('/api/plans', {
    name: names.plan,
    presetId: 'seed004-agency-retainer',
    params: {
      calendarId: calendar.id,
      includedMinutesPerPeriod: 40 * 60,
      price: { amount: '12000000', currency: 'COP' },
      overageRatePerHour: { amount: '150000', currency: 'COP' },
      billing: { every: 'month', timing: 'in_advance' },
      term: { months: 12, autoRenew: true },
    },
  });
  const orgs = await apiAs<{ id: string; name: string }[]>(
    stage,
    admin,
    'GET',
    '/api/organisations',
  );
  const contract = await post<{ id: string }>('/api/contracts', {
    clientId: orgs.find((org) => org.name === 'Tienda Sol')?.id,
    planId: plan.id,
    name: names.contract,
    start,
    overrides: {},
  });
  return contract.id;
}
