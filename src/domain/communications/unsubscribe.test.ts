import { describe, expect, it } from 'vitest';
import { buildConsent } from '../../../test/factories/communications.js';
import { hasConsent } from './consent.js';
import {
  signUnsubscribeToken,
  type UnsubscribeClaim,
  unsubscribe,
  unsubscribeHeaders,
  unsubscribeUrl,
  verifyUnsubscribeToken,
} from './unsubscribe.js';

const secret = 'k'.repeat(32);
const nextSecret = 'n'.repeat(40);
const claim: UnsubscribeClaim = {
  contactId: 'c1',
  channel: 'email',
  purpose: 'marketing',
  campaignId: 'camp-7',
};

describe('unsubscribe links work without signing in', () => {
  const token = signUnsubscribeToken(claim, secret);

  it('the token alone, with the server’s secret, says who unsubscribes from what', () => {
    expect(verifyUnsubscribeToken(token, [secret])).toEqual(claim);
    expect(token).toMatch(/^u1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(unsubscribeUrl('https://pacta.example.com/', token)).toBe(
      `https://pacta.example.com/unsubscribe/${token}`,
    );
  });

  it('keeps working after the secret is rotated (old secret still listed)', () => {
    expect(verifyUnsubscribeToken(token, [nextSecret, secret])).toEqual(claim);
    expect(verifyUnsubscribeToken(token, [nextSecret])).toBeNull();
  });

  const [prefix, payload, signature] = token.split('.');
  const forged = Buffer.from(
    JSON.stringify({ c: 'c2', ch: 'email', p: 'marketing', k: null }),
  ).toString('base64url');
  it.each([
    ['another contact in the payload', `${prefix}.${forged}.${signature}`],
    ['a changed signature', `${prefix}.${payload}.${signature?.slice(0, -2)}AA`],
    ['a truncated signature', `${prefix}.${payload}.${signature?.slice(0, 10)}`],
    ['another version', `u2.${payload}.${signature}`],
    ['an extra part', `${token}.x`],
    ['garbage', 'not-a-token'],
    ['nothing', ''],
  ])('is refused with %s', (_, bad) => {
    expect(verifyUnsubscribeToken(bad, [secret])).toBeNull();
  });

  it('a short secret is refused where it is given', () => {
    expect(() => signUnsubscribeToken(claim, 'short')).toThrow(
      expect.objectContaining({ path: 'secret' }),
    );
    expect(() => verifyUnsubscribeToken(token, [secret, 'short'])).toThrow(
      expect.objectContaining({ path: 'secrets[1]' }),
    );
  });

  it('records one withdrawal with the campaign as evidence; clicking again changes nothing', () => {
    const history = [buildConsent('c1')];
    const at = Date.UTC(2026, 2, 3, 12);
    const first = unsubscribe(history, claim, 'active', at);
    expect(first).toEqual({
      contactId: 'c1',
      channel: 'email',
      purpose: 'marketing',
      state: 'withdrawn',
      source: 'unsubscribe_link',
      at,
      evidence: 'camp-7',
    });
    const after = [...history, ...(first ? [first] : [])];
    expect(hasConsent(after, 'c1', 'email', 'marketing')).toBe(false);
    expect(unsubscribe(after, claim, 'active', at + 1000)).toBeNull();
    // Product updates were never touched by a marketing unsubscribe.
    expect(
      unsubscribe(after, { ...claim, purpose: 'product_updates' }, 'active', at)?.purpose,
    ).toBe('product_updates');
    expect(unsubscribe(history, claim, 'anonymised', at)).toBeNull();
  });

  it('mail carries one-click unsubscribe headers', () => {
    expect(unsubscribeHeaders('https://x.test/unsubscribe/t')).toEqual({
      'List-Unsubscribe': '<https://x.test/unsubscribe/t>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });
});
