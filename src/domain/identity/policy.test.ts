import { describe, expect, it } from 'vitest';
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
