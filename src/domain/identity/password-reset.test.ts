import { describe, expect, it } from 'vitest';
import { resetLink, resetRequestKeys } from './password-reset.js';

describe('password reset links', () => {
  it('carry the secret in the fragment of the reset page, whatever slashes end the public URL', () => {
    expect(resetLink('https://pacta.example.com/', 'a+b/c')).toBe(
      'https://pacta.example.com/reset-password#token=a%2Bb%2Fc',
    );
    expect(resetLink('http://127.0.0.1:3000', 'xyz')).toBe(
      'http://127.0.0.1:3000/reset-password#token=xyz',
    );
  });

  it('count requests per address (case-insensitively) and per IP, apart from sign-in attempts', () => {
    const [email, ip] = resetRequestKeys('Ana@Example.COM', '10.0.0.1');
    expect(email).toBe('reset:ana@example.com');
    expect(resetRequestKeys('ana@example.com', '10.0.0.2')[0]).toBe(email);
    expect(ip).toBe('reset-ip:10.0.0.1');
    // sign-in counts the bare address and `ip:…`: the two counters never share a key
    expect([email, ip]).not.toContain('ana@example.com');
    expect([email, ip]).not.toContain('ip:10.0.0.1');
  });
});
