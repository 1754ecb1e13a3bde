/**
 * Secrets at rest (a mailbox's password): sealed with AES-256-GCM under a key derived from
 * `PACTA_SECRET_KEY`, so a copy of the database alone does not give away the desk's mailboxes.
 * A sealed value reads `v1.<iv>.<tag>.<ciphertext>` (base64url); tampering or another key fails.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { SecretBox } from '../app/mail/index.js';

const version = 'v1';
const ivBytes = 12;

/**
 * The secret unsubscribe links are signed with, derived from the installation's secret key (its
 * own HKDF label, so it never equals the sealing key): stable across restarts, so links already
 * mailed keep working.
 */
export function deriveUnsubscribeSecret(secretKey: string): string {
  return Buffer.from(
    hkdfSync('sha256', secretKey, 'pacta', 'pacta unsubscribe links v1', 32),
  ).toString('base64url');
}

/** A sealer over the installation's secret key (any string of at least 32 characters). */
export function createSecretBox(secretKey: string): SecretBox {
  const key = Buffer.from(hkdfSync('sha256', secretKey, 'pacta', 'pacta secrets at rest v1', 32));
  return {
    seal(plain) {
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
      return [version, ...parts].join('.');
    },
    open(sealed) {
      const [tag, iv, auth, body] = sealed.split('.');
      if (tag !== version || iv === undefined || auth === undefined || body === undefined) {
        throw new Error('not a sealed secret');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(auth, 'base64url'));
      const plain = Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]);
      return plain.toString('utf8');
    },
  };
}
