import type { TestApp } from './app.js';
import { demoUserByRole } from './demo.js';
import { type ContractTerms, signContract } from './hour-bank.js';

/** A contract of "Tienda Sol" (seed-002 Infinity 25 unless `terms` say otherwise) whose authorised requesters are the demo requester and decision-maker, and a way to open tickets on it. */
export async function deskOn(test: TestApp, terms: Partial<ContractTerms> = {}) {
  const signed = await signContract(test, { presetId: 'seed002-infinity-25', ...terms });
  const requester = await test.store.users.findByEmail(demoUserByRole.client_requester);
  const decider = await test.store.users.findByEmail(demoUserByRole.client_decision_maker);
  const set = await test.app.inject({
    method: 'PUT',
    url: `/api/contracts/${signed.contractId}/requesters`,
    headers: signed.admin,
    payload: { userIds: [requester?.id, decider?.id] },
  });
  if (set.statusCode !== 200) throw new Error(`requesters: ${set.payload}`);
  const client = { cookie: await test.cookieFor(demoUserByRole.client_requester) };
  const agent = { cookie: await test.cookieFor(demoUserByRole.agent) };
  const open = (payload: Record<string, unknown> = {}, headers = client) =>
    test.app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers,
      payload: {
        contractId: signed.contractId,
        classification: { kind: 'question' },
        criticality: 'high',
        subject: 'No puedo exportar el informe',
        description: 'El botón de exportar no responde desde ayer.',
        ...payload,
      },
    });
  return { ...signed, client, agent, open, requesterId: requester?.id ?? '' };
}

/** A seed-002 contract of "Tienda Sol" whose authorised requester is the demo requester, and a way to open tickets on it. */
export function deskWithContract(
  test: TestApp,
  overrides: Record<string, unknown> = {},
  contract: { end?: string } = {},
) {
  return deskOn(test, { overrides, ...contract });
}

/** The signed-in people of a desk whose cookies {@link moveClock} renews. */
type Sessions = Partial<Record<'admin' | 'agent' | 'client' | 'decider', { cookie: string }>>;

const roleOf = {
  admin: demoUserByRole.provider_admin,
  agent: demoUserByRole.agent,
  client: demoUserByRole.client_requester,
  decider: demoUserByRole.client_decision_maker,
} as const;

/** Moves the test clock to an instant; going forward, the desk's people sign in again (sessions last 12 h). */
export async function moveClock(test: TestApp, iso: string, people: Sessions = {}) {
  const forward = Date.parse(iso) > test.clock.now().getTime();
  test.clock.advance(Date.parse(iso) - test.clock.now().getTime());
  if (!forward) return;
  for (const who of Object.keys(roleOf) as (keyof typeof roleOf)[]) {
    const session = people[who];
    if (session) session.cookie = await test.cookieFor(roleOf[who], true);
  }
}
