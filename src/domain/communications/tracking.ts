/**
 * Campaign measurement from the mail itself: a tracking pixel (opened) and links rewritten through
 * a redirect (clicked). Both URLs carry a token naming the campaign message, signed with
 * HMAC-SHA-256 under the same secrets as unsubscribe links (domain-separated by its own prefix),
 * so nobody can record an open or a click for a message they did not get. A click names the
 * link by its index in the campaign's list of links, so the redirect only ever leads to a URL
 * the campaign's author wrote: it is no open redirect.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CampaignVersion } from './campaign.js';

const prefix = 't1';
const macBytes = 18;

function mac(secret: string, messageId: string): Buffer {
  return createHmac('sha256', secret)
    .update(`${prefix}.${messageId}`)
    .digest()
    .subarray(0, macBytes);
}

/** The tracking token of a campaign message under `secret`. */
export function signTrackingToken(messageId: string, secret: string): string {
  return `${messageId}.${mac(secret, messageId).toString('base64url')}`;
}

/** The message a token names when signed under one of `secrets`, else null. */
export function verifyTrackingToken(token: string, secrets: readonly string[]): string | null {
  const [messageId, signature, ...rest] = token.split('.');
  if (!messageId || signature === undefined || rest.length > 0) return null;
  const given = Buffer.from(signature, 'base64url');
  const signed = secrets.some((secret) => {
    const expected = mac(secret, messageId);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return signed ? messageId : null;
}

const href = /href="(https?:\/\/[^"{}\s]+)"/g;

/** The distinct http(s) links written in the versions' HTML, in order: what a click may lead to. */
export function campaignLinks(versions: readonly Pick<CampaignVersion, 'html'>[]): string[] {
  const links = new Set<string>();
  for (const version of versions)
    for (const match of version.html.matchAll(href)) links.add(match[1] ?? '');
  return [...links];
}

/** Where a message's pixel and redirects point. */
export interface TrackingUrls {
  readonly pixel: string;
  click(link: number): string;
}

/** The tracking URLs of a message under the public base URL. */
export function trackingUrls(baseUrl: string, token: string): TrackingUrls {
  const base = `${baseUrl.replace(/\/+$/, '')}/api/track`;
  const safe = encodeURIComponent(token);
  return { pixel: `${base}/open/${safe}`, click: (link) => `${base}/click/${safe}/${link}` };
}

/**
 * A rendered HTML body with its campaign links rewritten through the redirect and the pixel
 * appended (before `</body>` when there is one).
 */
export function withTracking(html: string, links: readonly string[], urls: TrackingUrls): string {
  const tracked = html.replace(href, (whole, url: string) => {
    const index = links.indexOf(url);
    return index < 0 ? whole : `href="${urls.click(index)}"`;
  });
  const pixel = `<img src="${urls.pixel}" width="1" height="1" alt="">`;
  return tracked.includes('</body>')
    ? tracked.replace('</body>', `${pixel}</body>`)
    : `${tracked}${pixel}`;
}
