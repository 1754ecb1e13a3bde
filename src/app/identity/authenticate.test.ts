import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { actorFor, authenticate } from './authenticate.js';
import { digestSecret } from './secrets.js';

describe('authenticate', () => {
  it('a bearer token wins over the cookie; unknown, expired or revoked credentials resolve to nothing', async () => {
    const { store, modules, clock, seeded } = await seededApp();
    const { agent, client_requester } = seeded.users;
    const later = new Date(clock.now().getTime() + 3600_000);
    await store.sessions.create({
      id: '10000000-0000-4000-8000-000000000000',
      tokenHash: digestSecret('cookie'),
      userId: agent.id,
      createdAt: clock.now(),
      expiresAt: later,
      userAgent: null,
      ip: null,
    });
    await store.tokens.create({
      id: 'token-1',
      userId: client_requester.id,
      name: 'erp',
      tokenHash: digestSecret('bearer'),
      createdAt: clock.now(),
      expiresAt: later,
    });
    const as = (credentials: object) => authenticate({ ...modules.identity, credentials });
    expect((await as({ sessionToken: 'cookie' }))?.user.id).toBe(agent.id);
    expect((await as({ sessionToken: 'cookie', bearerToken: 'bearer' }))?.user.id).toBe(
      client_requester.id,
    );
    expect(await as({ bearerToken: 'unknown' })).toBeUndefined();
    expect(await as({})).toBeUndefined();
    clock.advance(2 * 3600_000);
    expect(await as({ sessionToken: 'cookie' })).toBeUndefined();
    expect(await as({ bearerToken: 'bearer' })).toBeUndefined();
  });

  it('a deactivated user resolves to nothing', async () => {
    const { store, modules, clock, seeded } = await seededApp();
    const { agent } = seeded.users;
    await store.sessions.create({
      id: '20000000-0000-4000-8000-000000000000',
      tokenHash: digestSecret('s'),
      userId: agent.id,
      createdAt: clock.now(),
      expiresAt: new Date(clock.now().getTime() + 1000),
      userAgent: null,
      ip: null,
    });
    await store.users.update(agent.id, { active: false });
    expect(
      await authenticate({ ...modules.identity, credentials: { sessionToken: 's' } }),
    ).toBeUndefined();
  });

  it('a partner agent acts with the clients its organisation manages', async () => {
    const { modules, seeded } = await seededApp();
    const actor = await actorFor(modules.identity, seeded.users.partner_agent);
    expect(actor).toEqual({
      userId: seeded.users.partner_agent.id,
      organisationId: seeded.partner.id,
      organisationKind: 'partner',
      role: 'partner_agent',
      managedClientIds: [seeded.managedClient.id],
    });
  });
});
