import { describe, expect, it } from 'vitest';
import { createSecretBox } from './secret-box.js';

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
