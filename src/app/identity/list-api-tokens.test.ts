import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { createApiToken } from './create-api-token.js';
import { listApiTokens } from './list-api-tokens.js';

describe('listApiTokens', () => {
  it('lists the actor’s own tokens only, newest first', async () => {
    const { modules, clock, seeded } = await seededApp();
    const make = (actor = seeded.actors.agent, name = 'one') =>
      createApiToken({ ...modules.identity, actor, origin: testOrigin, name, expiresAt: null });
    await make();
    clock.advance(1000);
    await make(seeded.actors.agent, 'two');
    await make(seeded.actors.provider_admin, 'not yours');
    const listed = await listApiTokens({ ...modules.identity, actor: seeded.actors.agent });
    expect(listed.map((token) => token.name)).toEqual(['two', 'one']);
  });
});
