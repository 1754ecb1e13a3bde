/** Serialises the knowledge base for the API. */
import type { z } from 'zod';
import type {
  ArticleHit,
  ArticleView,
  OutOfSupportExplanation,
} from '../../../app/knowledge/index.js';
import { type Article, articleUrl } from '../../../domain/knowledge/index.js';
import { type Locale, translate } from '../../../i18n/index.js';
import type { articleDetailView, articleView, outOfSupportView, searchHitView } from './schema.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** An article as the API shows it (instants as ISO strings). */
export function presentArticle(article: Article): z.infer<typeof articleView> {
  return {
    ...article,
    publishedAt: article.publishedAt === null ? null : iso(article.publishedAt),
    updatedAt: iso(article.updatedAt),
  };
}

/** An article with its public address and its language switch. */
export function presentArticleDetail(
  view: ArticleView,
  baseUrl: string,
): z.infer<typeof articleDetailView> {
  return {
    article: presentArticle(view.article),
    url: articleUrl(baseUrl, view.article),
    translations: view.translations.map(({ id, language, slug, title }) => ({
      id,
      language,
      slug,
      title,
    })),
  };
}

/** A search result with its public address (its score stays on the server). */
export function presentHit(hit: ArticleHit, baseUrl: string): z.infer<typeof searchHitView> {
  const { score: _score, ...shown } = hit;
  return { ...shown, url: articleUrl(baseUrl, hit) };
}

/** An out-of-support category with its canned reply put into words in `locale`. */
export function presentOutOfSupport(
  terms: OutOfSupportExplanation,
  locale: Locale,
): z.infer<typeof outOfSupportView> {
  return {
    category: terms.category,
    stillCovered: terms.stillCovered,
    referral: terms.referral,
    source: terms.source,
    explanation: terms.explanation.map((key) => translate(locale, key)),
  };
}
