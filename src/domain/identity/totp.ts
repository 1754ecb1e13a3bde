/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps expect them: SHA-1, six digits,
 * 30-second steps, computed by `otpauth`. The instant is an argument; a code is accepted one
 * step either side of it (a phone's clock a little off), and names the step it belongs to so a
 * caller can refuse a code used before.
 */
import { Secret, TOTP } from 'otpauth';

const period = 30;

function totpOf(secretBase32: string, account = '', issuer = 'Pacta'): TOTP {
  return new TOTP({
    issuer,
    label: account,
    algorithm: 'SHA1',
    digits: 6,
    period,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** The `otpauth://` address an authenticator app reads (from a QR code or typed in). */
export function totpUri(secretBase32: string, account: string, issuer: string): string {
  return totpOf(secretBase32, account, issuer).toString();
}

/** The time step `code` belongs to at `at`, or null when it matches none of the three around it. */
export function matchingStep(secretBase32: string, code: string, at: Date): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(secretBase32).validate({ token, timestamp: at.getTime(), window: 1 });
  return delta === null ? null : Math.floor(at.getTime() / 1000 / period) + delta;
}

/** The code of `at`'s step (tests and the enrolment's first check use it). */
export function codeAt(secretBase32: string, at: Date): string {
  return totpOf(secretBase32).generate({ timestamp: at.getTime() });
}
