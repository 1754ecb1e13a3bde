/**
 * Every error code a Pacta API answer can carry, so each has a translation: the domain's codes,
 * the codes only the HTTP edge raises, and the two the browser client makes up when no API
 * answer could be read at all.
 */
import { type ErrorCode, errorCodes } from '../domain/errors.js';

/** Codes raised by the HTTP edge itself (src/http/errors.ts types its answers with this list). */
export const edgeErrorCodes = [
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'route_not_found',
  'method_not_allowed',
  'internal',
] as const;

/** Codes the web client uses when the server could not be reached or answered something unreadable. */
export const clientErrorCodes = ['network', 'bad_response'] as const;

/** One code of any origin that the UI must be able to explain. */
export type ApiErrorCode =
  | ErrorCode
  | (typeof edgeErrorCodes)[number]
  | (typeof clientErrorCodes)[number];

/** Every {@link ApiErrorCode}, for tests and for telling known codes from unknown ones. */
export const apiErrorCodes: readonly ApiErrorCode[] = [
  ...errorCodes,
  ...edgeErrorCodes,
  ...clientErrorCodes,
];

/** Whether a code from an answer is one we have words for. */
export function isApiErrorCode(code: string): code is ApiErrorCode {
  return (apiErrorCodes as readonly string[]).includes(code);
}
