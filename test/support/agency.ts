/**
 * Agency contracts over the API for HTTP tests: a seed-004 retainer for a demo client on a
 * given business calendar, its people taken from the demo users, and a clock moved to local
 * wall times.
 */
import { expect } from 'vitest';
import type { Role } from '../../src/domain/identity/roles.js';
import type { TestApp } from './app.js';
import { demoUserByRole } from './demo.js';

/** Signs a seed-004 retainer for `clientName` on its own calendar `spec`, from `start`. */
export async function signAgencyContract(
  test: TestApp,
  spec: object,
  options: { clientName?: string; start?: string } = {},
): Promise<string> {
  const headers = { cookie: await test.cookieFor(demoUserByRole.provider_admin, true) };
  const post = async (url: string, payload: object) => {
    const res = await test.app.inject({ method: 'POST', url, headers, payload });
    expect(res.statusCode, res.payload).toBe(201);
    return res.json().id as string;
  };
  const suffix = Math.random().toString(36).slice(2);
  const calendarId = await post('/api/calendars', { name: `agency-${suffix}`, spec });
  const planId = await post('/api/plans', {
    name: `Retainer ${suffix}`,
    presetId: 'seed004-agency-retainer',
    params: {
      calendarId,
      includedMinutesPerPeriod: 40 * 60,
      price: { amount: '12000000', currency: 'COP' },
      // The rate an out-of-scope activity is quoted at (seed 004 states none).
      overageRatePerHour: { amount: '150000', currency: 'COP' },
      billing: { every: 'month', timing: 'in_advance' },
      term: { months: 12, autoRenew: true },
    },
  });
  const client = (await test.store.organisations.list()).find(
    (org) => org.name === (options.clientName ?? 'Tienda Sol'),
  );
  return post('/api/contracts', {
    clientId: client?.id,
    planId,
    name: 'Inbound',
    start: options.start ?? '2026-03-01',
    overrides: {},
  });
}

/** The user id of the demo user of a role. */
export async function demoUserId(test: TestApp, role: Role): Promise<string> {
  const user = await test.store.users.findByEmail(demoUserByRole[role]);
  if (user === undefined) throw new Error(`no demo ${role}`);
  return user.id;
}

/** Tienda Sol's account: agency strategist, sponsor and member; client decision-maker and sponsor. */
export async function tiendaSolPeople(test: TestApp) {
  const id = (role: Role) => demoUserId(test, role);
  return [
    { personId: await id('account_manager'), side: 'agency', role: 'strategist' },
    { personId: await id('provider_admin'), side: 'agency', role: 'sponsor' },
    { personId: await id('agent'), side: 'agency', role: 'member' },
    {
      personId: await id('client_decision_maker'),
      side: 'client',
      role: 'decision_maker',
      availabilityPercent: 30,
    },
    { personId: await id('client_requester'), side: 'client', role: 'sponsor' },
  ];
}

/** Moves the test clock forward to an instant (ISO with offset); never backwards. */
export function moveClockTo(test: TestApp, at: string): void {
  const delta = Date.parse(at) - test.clock.now().getTime();
  if (delta < 0) throw new Error(`the clock is already past ${at}`);
  test.clock.advance(delta);
}

/** An HTTP method the agency routes answer. */
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Calls the API as the demo user of a role. Sessions expire as a test moves its clock weeks
 * ahead: `forget()` after a move makes the next call of each role sign in again.
 */
export function callerAs(test: TestApp) {
  const cookies = new Map<string, string>();
  const call = async (role: Role, method: Method, url: string, payload?: object) => {
    const email = demoUserByRole[role];
    const cookie = cookies.get(email) ?? (await test.cookieFor(email, true));
    cookies.set(email, cookie);
    return test.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  };
  return { call, forget: () => cookies.clear() };
}

/** A Bogotá wall time (UTC−05:00 all year) as ISO with its offset, as a request gives it. */
export const bogotaWall = (wall: string) => `${wall.replace(' ', 'T')}:00-05:00`;

/** The same instant as the API answers it (UTC). */
export const bogotaUtc = (wall: string) => new Date(bogotaWall(wall)).toISOString();
