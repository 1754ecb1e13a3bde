/**
 * A small installation written straight into the in-memory store (no use-case runs): the
 * provider with its staff, two clients with their people, a partner managing a third client, a
 * seed-002 calendar and plan, and a contract of "Tienda Sol" from 2026-03-01 whose authorised
 * requesters are its requester and decision-maker. Ids come from 9001 up, apart from the ids a
 * test's use-cases mint (1, 2, 3…).
 */
import type { ContractRecord } from '../../src/app/contracts/index.js';
import type { Organisation, User } from '../../src/app/identity/index.js';
import { periodByIndex, scheduleOf } from '../../src/domain/contracts/index.js';
import { missingGrants } from '../../src/domain/hour-bank/index.js';
import type { Actor } from '../../src/domain/identity/policy.js';
import type { Role } from '../../src/domain/identity/roles.js';
import { buildContract } from '../factories/contracts.js';
import { actorOf, buildOrganisation, buildUser } from '../factories/identity.js';
import { fixedId } from './ids.js';
import type { FakeStore } from './store.js';

/** What {@link seedInstallation} wrote, by role. */
export interface Installation {
  provider: Organisation;
  client: Organisation;
  otherClient: Organisation;
  partner: Organisation;
  managedClient: Organisation;
  users: Record<Role | 'other_requester' | 'managed_requester', User>;
  actors: Record<Role | 'other_requester' | 'managed_requester', Actor>;
  contract: ContractRecord;
  otherContract: ContractRecord;
  /** Café Montaña's, whose partner works it as first line (seed 001). */
  managedContract: ContractRecord;
}

/** Santiago business hours, Mon–Fri 09:00–18:00 (seed 002's partner), stored by name. */
export const santiagoCalendar = {
  id: fixedId(9401),
  name: 'seed-002-mon-fri-09-18',
  spec: {
    timeZone: 'America/Santiago',
    week: Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '18:00']]]),
    ),
  },
};

async function signed(
  store: FakeStore,
  id: string,
  clientId: string,
  requesterIds: string[],
): Promise<ContractRecord> {
  const contract = buildContract({
    id,
    clientId,
    start: '2026-03-01',
    plan: { calendarId: santiagoCalendar.name, maxRequesters: 3 },
  });
  const at = new Date('2026-02-20T12:00:00Z');
  const record = await store.contracts.create({
    ...contract,
    planId: null,
    name: 'Soporte Salesforce',
    at,
  });
  const grants = missingGrants(contract, [], periodByIndex(scheduleOf(contract), 0));
  await store.ledger.append(contract.id, grants, null, at);
  await store.contracts.setRequesters(contract.id, requesterIds);
  return record;
}

/** Writes the installation into `store` and returns its records and actors. */
export async function seedInstallation(store: FakeStore): Promise<Installation> {
  const org = (
    n: number,
    kind: Organisation['kind'],
    name: string,
    partnerId: string | null = null,
  ) => buildOrganisation({ id: fixedId(n), kind, name, partnerId });
  const provider = org(9001, 'provider', 'Soporte Andino');
  const client = org(9002, 'client', 'Tienda Sol');
  const otherClient = org(9003, 'client', 'Clínica Norte');
  const partner = org(9004, 'partner', 'Partner Cloud');
  const managedClient = org(9005, 'client', 'Café Montaña', partner.id);
  for (const o of [provider, client, otherClient, partner, managedClient])
    await store.organisations.create(o);
  const people: [keyof Installation['users'], Organisation, Role, string][] = [
    ['provider_admin', provider, 'provider_admin', 'admin@soporteandino.example'],
    ['agent', provider, 'agent', 'agente@soporteandino.example'],
    ['account_manager', provider, 'account_manager', 'cuentas@soporteandino.example'],
    ['client_requester', client, 'client_requester', 'solicitante@tiendasol.example'],
    ['client_decision_maker', client, 'client_decision_maker', 'decisor@tiendasol.example'],
    ['partner_agent', partner, 'partner_agent', 'agente@partnercloud.example'],
    ['other_requester', otherClient, 'client_requester', 'contacto@clinicanorte.example'],
    ['managed_requester', managedClient, 'client_requester', 'soporte@cafemontana.example'],
  ];
  const users = {} as Installation['users'];
  const actors = {} as Installation['actors'];
  for (const [index, [key, organisation, role, email]] of people.entries()) {
    const user = buildUser({
      id: fixedId(9101 + index),
      organisationId: organisation.id,
      role,
      email,
      name: key,
    });
    await store.users.create(user);
    users[key] = user;
    actors[key] = actorOf(user, role === 'partner_agent' ? [managedClient.id] : []);
  }
  const at = new Date('2026-02-01T00:00:00Z');
  await store.calendars.create({ ...santiagoCalendar, at } as Parameters<
    FakeStore['calendars']['create']
  >[0]);
  const contract = await signed(store, fixedId(9301), client.id, [
    users.client_requester.id,
    users.client_decision_maker.id,
  ]);
  const otherContract = await signed(store, fixedId(9302), otherClient.id, [
    users.other_requester.id,
  ]);
  const managedContract = await signed(store, fixedId(9303), managedClient.id, [
    users.managed_requester.id,
  ]);
  return {
    provider,
    client,
    otherClient,
    partner,
    managedClient,
    users,
    actors,
    contract,
    otherContract,
    managedContract,
  };
}
