/**
 * The language an answer's words are written in (SLA explanations, charge reasons): the one the
 * request asks for (`?locale=`, then its Accept-Language), else the signed-in user's, else
 * Spanish — so what the server composes for people is never in another language than the one
 * they read the app in.
 */
import type { FastifyRequest } from 'fastify';
import { defaultLocale, type Locale, requestedLocale } from '../i18n/index.js';

/** The viewer's language for this request; `asked` is an explicit `?locale=`. */
export function viewerLocale(
  request: Pick<FastifyRequest, 'auth' | 'headers'>,
  asked?: Locale | undefined,
): Locale {
  return (
    asked ??
    requestedLocale(request.headers['accept-language']) ??
    request.auth?.user.locale ??
    defaultLocale
  );
}
