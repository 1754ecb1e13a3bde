import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { createOrganisation } from './create-organisation.js';
import { readAuditLog } from './read-audit-log.js';

describe('readAuditLog', () => {
  it('administrators read it newest first, filtered; nobody else may', async () => {
    const { modules, clock, seeded } = await seededApp();
    const admin = seeded.actors.provider_admin;
    for (const name of ['A', 'B']) {
      await createOrganisation({
        ...modules.identity,
        actor: admin,
        origin: testOrigin,
        organisation: { kind: 'client', name, partnerId: null },
      });
      clock.advance(60_000);
    }
    const read = (actor = admin, filter = {}) =>
      readAuditLog({ ...modules.identity, actor, filter: { limit: 10, ...filter } });
    const entries = await read();
    expect(entries.map((e) => e.id)).toEqual(['2', '1']);
    expect(await read(admin, { before: '2' })).toHaveLength(1);
    await expect(read(seeded.actors.agent)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
