import { describe, expect, it } from 'vitest';
import { signUnsubscribeToken, verifyUnsubscribeToken } from '../domain/communications/index.js';
import { createSecretBox, deriveUnsubscribeSecret } from './secret-box.js';

const key = 'clave-de-instalacion-de-32-caracteres-o-mas';

describe('mailbox passwords sealed at rest', () => {
  it.each(['clave', 'contraseña con ñ y €', 'x'.repeat(500)])(
    'a sealed password opens to itself under the same key (%s)',
    (plain) => {
      const box = createSecretBox(key);
      const sealed = box.seal(plain);
      expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]*$/);
      expect(sealed).not.toContain(plain);
      expect(box.open(sealed)).toBe(plain);
    },
  );

  it('sealing twice gives two different texts (a fresh IV each time)', () => {
    const box = createSecretBox(key);
    expect(box.seal('clave')).not.toBe(box.seal('clave'));
  });

  it('a password sealed under another key, or tampered with, does not open', () => {
    const sealed = createSecretBox(key).seal('clave-del-buzon');
    expect(() => createSecretBox(`${key}!`).open(sealed)).toThrow();
    const [version, iv, tag, body] = sealed.split('.');
    const flipped = `${body?.[0] === 'A' ? 'B' : 'A'}${body?.slice(1)}`;
    expect(() => createSecretBox(key).open([version, iv, tag, flipped].join('.'))).toThrow();
    expect(() => createSecretBox(key).open('clave-del-buzon')).toThrow('not a sealed secret');
  });
});

describe('the unsubscribe secret derived from the installation key', () => {
  it('is stable for one key, differs for another, and signs links that verify after a restart', () => {
    const secret = deriveUnsubscribeSecret(key);
    expect(secret).toBe(deriveUnsubscribeSecret(key));
    expect(secret).not.toBe(deriveUnsubscribeSecret(`${key}!`));
    expect(secret).not.toContain(key);
    expect(Buffer.byteLength(secret)).toBeGreaterThanOrEqual(32);
    const claim = {
      contactId: 'contacto-9',
      channel: 'sms',
      purpose: 'product_updates',
      campaignId: 'boletin',
    } as const;
    const token = signUnsubscribeToken(claim, secret);
    expect(verifyUnsubscribeToken(token, [deriveUnsubscribeSecret(key)])).toEqual(claim);
    expect(verifyUnsubscribeToken(token, [deriveUnsubscribeSecret(`${key}!`)])).toBeNull();
  });
});
