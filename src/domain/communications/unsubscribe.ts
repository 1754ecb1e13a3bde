/**
 * Unsubscribe links that work without signing in: the link carries a token naming the contact,
 * channel and purpose (and the campaign it came in), signed with HMAC-SHA-256 under a secret
 * the caller passes in. Verification accepts any of several secrets, so a secret can be rotated
 * while links already sent keep working; a token never expires (a link in an old mail must still
 * unsubscribe). The mail also carries RFC 2369/8058 headers so mail clients offer one-click
 * unsubscribe. HMAC is deterministic computation: no clock, no randomness, no I/O.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { invalidInput } from '../errors.js';
import {
  type ConsentChannel,
  type ConsentEvent,
  type ConsentPurpose,
  changeConsent,
  consentChannels,
  consentPurposes,
} from './consent.js';

/** What an unsubscribe link stands for. */
export interface UnsubscribeClaim {
  readonly contactId: string;
  readonly channel: ConsentChannel;
  readonly purpose: ConsentPurpose;
  /** The campaign (or update announcement) the link was sent in, as evidence. */
  readonly campaignId: string | null;
}

const version = 'u1';
const claimSchema = z.strictObject({
  c: z.string().min(1).max(200),
  ch: z.enum(consentChannels),
  p: z.enum(consentPurposes),
  k: z.string().min(1).max(200).nullable(),
});

function checkSecret(secret: string, path: string): void {
  if (Buffer.byteLength(secret) < 32) throw invalidInput(path, 'must be at least 32 bytes');
}

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(`${version}.${payload}`).digest();
}

/** The token of a claim under `secret` (at least 32 bytes). */
export function signUnsubscribeToken(claim: UnsubscribeClaim, secret: string): string {
  checkSecret(secret, 'secret');
  const body = { c: claim.contactId, ch: claim.channel, p: claim.purpose, k: claim.campaignId };
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${version}.${payload}.${mac(secret, payload).toString('base64url')}`;
}

/**
 * The claim of a token signed under one of `secrets` (current first), or null for anything
 * else: malformed, tampered, signed with an unknown secret. Comparison is constant-time.
 */
export function verifyUnsubscribeToken(
  token: string,
  secrets: readonly string[],
): UnsubscribeClaim | null {
  for (const [index, secret] of secrets.entries()) checkSecret(secret, `secrets[${index}]`);
  const [prefix, payload, signature, ...rest] = token.split('.');
  if (prefix !== version || payload === undefined || signature === undefined || rest.length > 0) {
    return null;
  }
  const given = Buffer.from(signature, 'base64url');
  const signed = secrets.some((secret) => {
    const expected = mac(secret, payload);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!signed) return null;
  try {
    const body = claimSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    return { contactId: body.c, channel: body.ch, purpose: body.p, campaignId: body.k };
  } catch {
    return null;
  }
}

/** The link's URL under the public base URL. */
export function unsubscribeUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/unsubscribe/${encodeURIComponent(token)}`;
}

/** Headers that let mail clients unsubscribe in one click (RFC 2369, RFC 8058). */
export function unsubscribeHeaders(url: string): Readonly<Record<string, string>> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

/**
 * The withdrawal an unsubscribe link records (source `unsubscribe_link`, the campaign as
 * evidence), or null when the contact had already withdrawn: clicking twice changes nothing.
 */
export function unsubscribe(
  history: readonly ConsentEvent[],
  claim: UnsubscribeClaim,
  contactState: 'active' | 'anonymised',
  at: number,
): ConsentEvent | null {
  if (contactState === 'anonymised') return null;
  return changeConsent(history, {
    contact: { id: claim.contactId, state: contactState },
    channel: claim.channel,
    purpose: claim.purpose,
    state: 'withdrawn',
    source: 'unsubscribe_link',
    at,
    evidence: claim.campaignId,
  });
}
