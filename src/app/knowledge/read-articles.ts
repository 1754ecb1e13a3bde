import { DomainError } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import {
  type Article,
  type ArticleKind,
  type Category,
  type ContentLanguage,
  canRead,
  pickTranslation,
  translationsOf,
} from '../../domain/knowledge/index.js';
import { authorise } from '../shared/index.js';
import type { KnowledgeDeps } from './ports.js';
import { readerOfPrincipal } from './reader.js';

/** An article with the other languages its reader may switch to. */
export interface ArticleView {
  readonly article: Article;
  readonly translations: readonly Article[];
}

/**
 * One text for its reader: with `language`, its translation in that language when the reader
 * may open it (else another they may open). An article the reader may not open (a draft or an
 * internal one for a client) reads exactly like a missing one.
 */
export async function readArticle(
  options: Pick<KnowledgeDeps, 'knowledge'> & {
    actor: Principal;
    articleId: string;
    language?: ContentLanguage | undefined;
  },
): Promise<ArticleView> {
  authorise(options.actor, 'knowledge.read');
  const reader = readerOfPrincipal(options.actor);
  const found = await options.knowledge.findArticle(options.articleId);
  const group = found ? await options.knowledge.translations(found.translationGroup) : [];
  const shown =
    found === undefined
      ? null
      : options.language === undefined
        ? canRead(reader, found)
          ? found
          : null
        : pickTranslation(group, options.language, reader);
  if (shown === null) throw new DomainError('not_found', 'no such article');
  return { article: shown, translations: translationsOf(shown, group, reader) };
}

/**
 * A help-centre page (`/help/<language>/<slug>`): the article with that slug in that language,
 * when its reader may open it; a draft or internal one reads like a missing one for a client.
 */
export async function readHelpPage(
  options: Pick<KnowledgeDeps, 'knowledge'> & {
    actor: Principal;
    language: ContentLanguage;
    slug: string;
  },
): Promise<ArticleView> {
  authorise(options.actor, 'knowledge.read');
  const reader = readerOfPrincipal(options.actor);
  const found = await options.knowledge.findBySlug(options.language, options.slug);
  if (found === undefined || !canRead(reader, found)) {
    throw new DomainError('not_found', 'no such article');
  }
  const group = await options.knowledge.translations(found.translationGroup);
  return { article: found, translations: translationsOf(found, group, reader) };
}

/** The articles (or release notes) of `kind` its reader may open, newest first. */
export async function listArticles(
  options: Pick<KnowledgeDeps, 'knowledge'> & { actor: Principal; kind: ArticleKind },
): Promise<Article[]> {
  authorise(options.actor, 'knowledge.read');
  const reader = readerOfPrincipal(options.actor);
  return (await options.knowledge.list(options.kind)).filter((article) => canRead(reader, article));
}

/** The help centre's sections, in menu order. */
export async function listCategories(
  options: Pick<KnowledgeDeps, 'knowledge'> & { actor: Principal },
): Promise<Category[]> {
  authorise(options.actor, 'knowledge.read');
  return options.knowledge.categories();
}
