/**
 * Linked translations: the Spanish and English versions of one text share a translation group.
 * A group holds at most one article per language, and its articles agree on what makes them the
 * same text for readers — kind, category and visibility — so a client never follows a language
 * switch into an internal article or another section. Their status may differ: a translation
 * can still be a draft.
 */
import type { Article } from './article.js';
import { knowledgeError } from './errors.js';
import { canRead, type Reader } from './visibility.js';

const sharedFields = ['kind', 'categoryId', 'visibility'] as const;

/**
 * `article` joined to the group of `translationOf` (whose current members are `group`): fails
 * when its language is taken or when it differs from the group in kind, category or visibility.
 */
export function linkTranslation(
  article: Article,
  translationOf: Article,
  group: readonly Article[],
): Article {
  const members = group.filter(
    (member) =>
      member.translationGroup === translationOf.translationGroup && member.id !== article.id,
  );
  const taken = members.find((member) => member.language === article.language);
  if (taken !== undefined) {
    throw knowledgeError(
      'translation_language_taken',
      { group: translationOf.translationGroup, language: article.language, articleId: taken.id },
      `group ${translationOf.translationGroup} already has a ${article.language} article (${taken.id})`,
      'article.language',
    );
  }
  const field = sharedFields.find((name) => article[name] !== translationOf[name]);
  if (field !== undefined) {
    throw knowledgeError(
      'translation_mismatch',
      { field, articleId: article.id, translationOf: translationOf.id },
      `a translation must have the same ${field} as the text it translates`,
      `article.${field}`,
    );
  }
  return { ...article, translationGroup: translationOf.translationGroup };
}

/** The other-language versions of `article` that `reader` may open: the language switch. */
export function translationsOf(
  article: Article,
  all: readonly Article[],
  reader: Reader,
): Article[] {
  return all.filter(
    (other) =>
      other.translationGroup === article.translationGroup &&
      other.id !== article.id &&
      canRead(reader, other),
  );
}
