import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { fixedId } from '../../../test/fakes/ids.js';
import { testOrigin } from '../../../test/support/origin.js';
import { createApiToken } from './create-api-token.js';
import { digestSecret } from './secrets.js';

describe('createApiToken', () => {
  it('returns the secret once and stores only its digest, with an audit entry', async () => {
    const { store, modules, clock, seeded } = await seededApp();
    const actor = seeded.actors.client_decision_maker;
    const { token, secret } = await createApiToken({
      ...modules.identity,
      actor,
      origin: testOrigin,
      name: 'ERP',
      expiresAt: null,
    });
    expect(secret).toMatch(/^pacta_/);
    expect(token).toEqual({
      id: fixedId(1),
      userId: actor.userId,
      name: 'ERP',
      createdAt: clock.now(),
      expiresAt: null,
      revokedAt: null,
      lastUsedAt: null,
    });
    expect(store.tables.tokens[0]?.tokenHash).toBe(digestSecret(secret));
    expect(JSON.stringify(store.tables.tokens)).not.toContain(secret);
    expect(store.tables.audit).toMatchObject([{ resourceType: 'tokens', resourceId: fixedId(1) }]);
  });
});
