/** Values as lower-case words inside a sentence: "changed from low to high", "cambiada de baja a alta". */
import type { Criticality, TicketKind } from '../domain/tickets/vocabulary.js';
import { catalogs, type Locale } from './translate.js';

/** A criticality as a word in a sentence. */
export function criticalityWord(locale: Locale, criticality: Criticality): string {
  return catalogs[locale][`word.criticality.${criticality}`];
}

/** A kind of request as a word in a sentence. */
export function kindWord(locale: Locale, kind: TicketKind): string {
  return catalogs[locale][`word.kind.${kind}`];
}
