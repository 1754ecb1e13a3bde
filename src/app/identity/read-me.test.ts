import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { readMe } from './read-me.js';

describe('readMe', () => {
  it('gives the signed-in user with its organisation', async () => {
    const { modules, seeded } = await seededApp();
    const me = await readMe({ ...modules.identity, user: seeded.users.partner_agent });
    expect(me.organisation.name).toBe('Partner Cloud');
    expect(me.user.id).toBe(seeded.users.partner_agent.id);
  });
});
