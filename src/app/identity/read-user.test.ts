import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { readUser } from './read-user.js';

describe('readUser', () => {
  it('a user of another tenant reads as not found; managing needs the role as well as the reach', async () => {
    const { modules, seeded } = await seededApp();
    const read = (actor: typeof seeded.actors.agent, userId: string, action?: 'users.manage') =>
      readUser({ ...modules.identity, actor, userId, ...(action ? { action } : {}) });
    const requester = seeded.actors.client_requester;
    expect((await read(requester, seeded.users.client_decision_maker.id)).role).toBe(
      'client_decision_maker',
    );
    await expect(read(requester, seeded.users.other_requester.id)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      read(seeded.actors.agent, seeded.users.client_requester.id, 'users.manage'),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
