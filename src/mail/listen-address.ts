/** `PACTA_SMTP_LISTEN=[host:]port`, read into where the SMTP listener binds. */
import { invalidInput } from '../domain/errors.js';

/** An interface and a TCP port. */
export interface ListenAddress {
  readonly host: string;
  readonly port: number;
}

const pattern = /^(?:(\[[0-9a-f:.]+\]|[a-z0-9.-]+):)?(\d{1,5})$/i;

/**
 * Reads `2525`, `127.0.0.1:2525`, `mail.local:25` or `[::1]:2525`; a port alone listens on
 * every interface, like the HTTP server's default. `path` names the setting in the error.
 */
export function parseListenAddress(text: string, path = 'PACTA_SMTP_LISTEN'): ListenAddress {
  const match = pattern.exec(text.trim());
  const port = Number(match?.[2]);
  if (match === null || !Number.isInteger(port) || port < 1 || port > 65_535) {
    throw invalidInput(path, `${JSON.stringify(text)} is not [host:]port with a port 1–65535`);
  }
  const host = match[1]?.replace(/^\[|\]$/g, '') ?? '0.0.0.0';
  return { host, port };
}
