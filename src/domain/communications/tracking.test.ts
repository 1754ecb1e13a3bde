import { describe, expect, it } from 'vitest';
import {
  campaignLinks,
  signTrackingToken,
  trackingUrls,
  verifyTrackingToken,
  withTracking,
} from './tracking.js';

const secret = 's'.repeat(32);

describe('campaign tracking', () => {
  const token = signTrackingToken('m-1', secret);

  it('a token names its message only under the secret it was signed with', () => {
    expect(verifyTrackingToken(token, ['x'.repeat(32), secret])).toBe('m-1');
    expect(verifyTrackingToken(token, ['x'.repeat(32)])).toBeNull();
    expect(verifyTrackingToken(token.replace('m-1', 'm-2'), [secret])).toBeNull();
    expect(verifyTrackingToken(`${token}.x`, [secret])).toBeNull();
    expect(verifyTrackingToken('', [secret])).toBeNull();
  });

  it('only the links the author wrote are tracked, the unsubscribe link and placeholders are not', () => {
    const versions = [
      { html: '<a href="https://a.example/x">a</a> <a href="{{unsubscribeUrl}}">baja</a>' },
      { html: '<a href="https://b.example/">b</a><a href="https://a.example/x">again</a>' },
    ];
    const links = campaignLinks(versions);
    expect(links).toEqual(['https://a.example/x', 'https://b.example/']);
    const urls = trackingUrls('https://pacta.example/', token);
    const html = withTracking(
      '<body><a href="https://b.example/">b</a><a href="https://u.example/unsub">u</a></body>',
      links,
      urls,
    );
    expect(html).toBe(
      `<body><a href="https://pacta.example/api/track/click/${encodeURIComponent(token)}/1">b</a>` +
        `<a href="https://u.example/unsub">u</a><img src="${urls.pixel}" width="1" height="1" alt=""></body>`,
    );
  });
});
