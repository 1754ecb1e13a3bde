import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';
import { type Actor, can, canTakeTickets } from './policy.js';
import type { Role } from './roles.js';

const provider = 'org-provider';
const clientA = 'org-client-a';
const clientB = 'org-client-b';
const partner = 'org-partner';

function actor(role: Role, organisationId: string, managedClientIds: string[] = []): Actor {
  const organisationKind =
    organisationId === provider ? 'provider' : organisationId === partner ? 'partner' : 'client';
  return { userId: 'u', organisationId, organisationKind, role, managedClientIds };
}

describe('can(actor, action, scope)', () => {
  it.each([
    ['provider staff reach every client', actor('agent', provider), 'users.read', clientB, true],
    [
      'a client user reaches only its own organisation',
      actor('client_requester', clientA),
      'users.read',
      clientA,
      true,
    ],
    [
      'a client user never reaches another client',
      actor('client_decision_maker', clientA),
      'users.read',
      clientB,
      false,
    ],
    [
      'a partner reaches the clients it manages',
      actor('partner_agent', partner, [clientA]),
      'organisations.read',
      clientA,
      true,
    ],
    [
      'a partner does not reach clients it does not manage',
      actor('partner_agent', partner, [clientA]),
      'organisations.read',
      clientB,
      false,
    ],
    [
      'only admins manage users',
      actor('account_manager', provider),
      'users.manage',
      clientA,
      false,
    ],
    ['admins manage users', actor('provider_admin', provider), 'users.manage', clientA, true],
    ['only admins read the audit log', actor('agent', provider), 'audit.read', undefined, false],
    [
      'clients cannot manage calendars',
      actor('client_decision_maker', clientA),
      'calendars.manage',
      undefined,
      false,
    ],
  ] as const)('%s', (_rule, who, action, organisationId, expected) => {
    const scope = organisationId === undefined ? undefined : { organisationId };
    expect(can(who, action, scope)).toBe(expected);
  });
});

describe('login throttle', () => {
  const limits = { maxFailures: 3, windowMs: 60_000 };

  it('blocks a key after too many failures within the window', () => {
    const throttle = new LoginThrottle(limits);
    for (const at of [0, 1000, 2000]) throttle.recordFailure('a@x', at);
    expect(throttle.retryAfter('a@x', 3000)).toBe(57_000);
    expect(throttle.retryAfter('b@x', 3000)).toBe(0);
  });

  it('lets the key try again once the window has passed', () => {
    const throttle = new LoginThrottle(limits);
    for (const at of [0, 1000, 2000]) throttle.recordFailure('a@x', at);
    expect(throttle.retryAfter('a@x', 60_001)).toBe(0);
  });

  it('a successful sign-in resets the count', () => {
    const throttle = new LoginThrottle(limits);
    for (const at of [0, 1000, 2000]) throttle.recordFailure('a@x', at);
    throttle.reset('a@x');
    expect(throttle.retryAfter('a@x', 2500)).toBe(0);
  });
});

describe('who can take a ticket', () => {
  const managed = { partnerId: 'partner-1' };
  const direct = { partnerId: null };
  it.each<[Role, string, boolean, { partnerId: string | null }, boolean]>([
    ['agent', 'provider', true, direct, true],
    ['account_manager', 'provider', true, managed, true],
    ['provider_admin', 'provider', false, direct, false],
    ['partner_agent', 'partner-1', true, managed, true],
    ['partner_agent', 'partner-1', true, direct, false],
    ['partner_agent', 'partner-2', true, managed, false],
    ['client_requester', 'client-1', true, direct, false],
    ['client_decision_maker', 'client-1', true, managed, false],
  ])(
    '%s of %s (active: %s) on a client managed by %o: %s',
    (role, organisationId, active, client, expected) => {
      expect(canTakeTickets({ role, organisationId, active }, client)).toBe(expected);
    },
  );
});
