/**
 * Why a received message was quarantined or ignored, in words: the mail domain's fate reasons
 * rendered from the catalogs (`mail.reason.*`) for the received-mail screens.
 */
import type { FateReason } from '../domain/mail/fate.js';
import { type Locale, translate } from './translate.js';

/** One fate reason as a sentence in `locale` ("Nobody with this address is known."). */
export function fateReasonText(locale: Locale, reason: FateReason): string {
  return translate(locale, `mail.reason.${reason}`);
}
