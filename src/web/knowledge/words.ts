/** Small helpers the knowledge screens share: folding text for filters and the other language. */
import type { ContentLanguage } from '../../domain/knowledge/index.js';

/** `text` lower-cased without accents, so "configuracion" finds "Configuración". */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The content language that is not `language`. */
export function otherLanguage(language: ContentLanguage): ContentLanguage {
  return language === 'es' ? 'en' : 'es';
}
