import { describe, expect, it } from 'vitest';
import { codeAt, matchingStep, totpUri } from './totp.js';

// RFC 6238's SHA-1 test secret ("12345678901234567890"), base32
const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP', () => {
  it("matches RFC 6238's SHA-1 vector (59 s → 287082, the last six digits of 94287082)", () => {
    expect(codeAt(secret, new Date(59_000))).toBe('287082');
    expect(matchingStep(secret, '287082', new Date(59_000))).toBe(1);
  });

  it.each([
    ['the same step', 0, 1],
    ['one step later (a slow phone)', 30_000, 1],
    ['one step earlier', -30_000, 1],
    ['two steps later', 60_000, null],
  ])('a code is accepted at %s only within one step', (_, shift, step) => {
    expect(matchingStep(secret, '287082', new Date(59_000 + shift))).toBe(step);
  });

  it('refuses anything but six digits, spaces aside', () => {
    expect(matchingStep(secret, '287 082', new Date(59_000))).toBe(1);
    for (const code of ['', '28708', '2870820', 'abcdef', '287082\u0000'])
      expect(matchingStep(secret, code, new Date(59_000))).toBeNull();
  });

  it('names the account and the issuer in the address an app reads', () => {
    expect(totpUri(secret, 'ana@example.com', 'Pacta')).toBe(
      `otpauth://totp/Pacta:ana%40example.com?issuer=Pacta&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    );
  });
});
