import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { createApiToken } from './create-api-token.js';
import { revokeApiToken } from './revoke-api-token.js';

describe('revokeApiToken', () => {
  it('revokes the actor’s own token; another user’s reads as not found and stays active', async () => {
    const { store, modules, clock, seeded } = await seededApp();
    const deps = { ...modules.identity, origin: testOrigin };
    const { token } = await createApiToken({
      ...deps,
      actor: seeded.actors.agent,
      name: 'mine',
      expiresAt: null,
    });
    await expect(
      revokeApiToken({ ...deps, actor: seeded.actors.provider_admin, tokenId: token.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(store.tables.tokens[0]?.revokedAt).toBeNull();
    await revokeApiToken({ ...deps, actor: seeded.actors.agent, tokenId: token.id });
    expect(store.tables.tokens[0]?.revokedAt).toEqual(clock.now());
    await expect(
      revokeApiToken({ ...deps, actor: seeded.actors.agent, tokenId: token.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(store.tables.audit.map((e) => e.resourceType)).toEqual(['tokens', 'tokens']);
  });
});
