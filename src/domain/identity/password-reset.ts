/**
 * Password reset by mail: how long a link holds, how often one address may ask for one, and the
 * link itself. The secret travels in the URL's fragment, so it never reaches a server log.
 */
import type { ThrottleLimits } from './login-throttle.js';

/** How long a reset link can be used: one hour from the request. */
export const resetLinkLifetimeMs = 60 * 60 * 1000;

/**
 * Reset requests tolerated per address and per IP within an hour; past either, requests answer
 * the same and send nothing (no mail flood on one person, nor from one place on many).
 */
export const resetRequestLimits: ThrottleLimits = { maxAttempts: 5, windowMs: 60 * 60 * 1000 };

/** The counter keys of a reset request: its address and its IP, apart from sign-in attempts. */
export function resetRequestKeys(email: string, ip: string): [string, string] {
  return [`reset:${email.toLowerCase()}`, `reset-ip:${ip}`];
}

/** The page of the web app that completes a reset, with the link's secret in the fragment. */
export function resetLink(publicUrl: string, secret: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/reset-password#token=${encodeURIComponent(secret)}`;
}
