import { beforeAll, expect, it } from 'vitest';
import { issueUnsubscribeToken } from '../../src/app/communications/index.js';
import {
  signUnsubscribeToken,
  type UnsubscribeClaim,
} from '../../src/domain/communications/index.js';
import { buildTestApp, type TestApp, testUnsubscribeSecret } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';

const claim: UnsubscribeClaim = {
  contactId: 'c-1',
  channel: 'email',
  purpose: 'marketing',
  campaignId: null,
};

describeEachEngine(
  'an installation without a secret key offers no unsubscribe links',
  (database) => {
    let test: TestApp;

    beforeAll(async () => {
      test = await buildTestApp(database().handle, { unsubscribeSecrets: [] });
    });

    it('the unsubscribe route says links are unavailable with a clear code, not “not found”', async () => {
      const res = await test.app.inject({
        method: 'POST',
        url: '/api/unsubscribe',
        payload: { token: signUnsubscribeToken(claim, testUnsubscribeSecret) },
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.rule).toBe('communications.rule.unsubscribe_unavailable');
    });

    it('no unsubscribe link is issued that could never work', () => {
      expect(() => issueUnsubscribeToken(test.modules.communications, claim)).toThrow(
        expect.objectContaining({ rule: 'unsubscribe_unavailable' }),
      );
    });

    it('nobody can subscribe to updates whose mail could never carry its unsubscribe link', async () => {
      const res = await test.app.inject({
        method: 'PUT',
        url: '/api/updates/subscription',
        headers: { cookie: await test.cookieFor(demoUserByRole.client_requester) },
        payload: { subscribed: true },
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.rule).toBe('communications.rule.unsubscribe_unavailable');
    });
  },
);
