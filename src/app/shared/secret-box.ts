/** Seals secrets for storage and opens them again (AES-256-GCM, src/mail/secret-box.ts). */
export interface SecretBox {
  seal(plain: string): string;
  /** Throws when the value was sealed under another key or was tampered with. */
  open(sealed: string): string;
}
