/**
 * The help centre's public address (PACTA_PUBLIC_URL): article links in replies and mail must
 * open for the client, so they use the configured public URL, or else the origin the request
 * came in on (the server's own, behind a trusted proxy its forwarded one).
 */
import type { FastifyRequest } from 'fastify';

/** The base URL of public links for `request`, without a trailing slash. */
export function publicBaseUrl(
  request: Pick<FastifyRequest, 'protocol' | 'host'>,
  configured: string | undefined,
): string {
  return (configured ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
}
