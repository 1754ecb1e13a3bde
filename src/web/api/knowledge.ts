/**
 * Typed calls of the knowledge-base API (sections, articles, publication, search, the help
 * centre's pages and deflection in the portal); the shapes of their answers are the server's own
 * response schemas.
 */
import type { z } from 'zod';
import type { ContentLanguage } from '../../domain/knowledge/index.js';
import type {
  articleBody,
  articleDetailView,
  articleView,
  categoryView,
  deflectionEventBody,
  deflectionView,
  searchHitView,
} from '../../http/routes/knowledge/schema.js';
import { request } from './client.js';

/** A help-centre section. */
export type Category = z.infer<typeof categoryView>;

/** An article in one language, as staff edit it. */
export type Article = z.infer<typeof articleView>;

/** An article with its public address and the languages its reader may switch to. */
export type ArticleDetail = z.infer<typeof articleDetailView>;

/** What the editor sends to write an article or a translation of one. */
export type ArticleInput = z.input<typeof articleBody>;

/** What the portal reports about a new-request draft. */
export type DeflectionEvent = z.input<typeof deflectionEventBody>;

/** The dashboard's deflection figures of a period. */
export type DeflectionFigures = z.infer<typeof deflectionView>;

/** One search result, with the address a client opens it at. */
export type SearchHit = z.infer<typeof searchHitView>;

const articlePath = (id: string, rest = '') =>
  `/api/knowledge/articles/${encodeURIComponent(id)}${rest}`;

/** Every knowledge-base call of the web app. */
export const knowledge = {
  categories: () => request<Category[]>('GET', '/api/knowledge/categories'),
  articles: (kind: 'article' | 'update' = 'article') =>
    request<Article[]>('GET', '/api/knowledge/articles', { query: { kind } }),
  article: (id: string) => request<ArticleDetail>('GET', articlePath(id)),
  helpPage: (language: ContentLanguage, slug: string) =>
    request<ArticleDetail>(
      'GET',
      `/api/knowledge/help/${encodeURIComponent(language)}/${encodeURIComponent(slug)}`,
    ),
  create: (article: ArticleInput) =>
    request<Article>('POST', '/api/knowledge/articles', { body: article }),
  replace: (id: string, article: Omit<ArticleInput, 'translationOf'>) =>
    request<Article>('PUT', articlePath(id), { body: article }),
  publish: (id: string, published: boolean) =>
    request<Article>('POST', articlePath(id, '/publication'), { body: { published } }),
  deflect: (event: DeflectionEvent) =>
    request<{ recorded: boolean }>('POST', '/api/knowledge/deflection-events', { body: event }),
  deflection: (from: string, to: string) =>
    request<DeflectionFigures>('GET', '/api/knowledge/deflection', { query: { from, to } }),
  search: (
    q: string,
    options: { language: ContentLanguage; typing?: boolean; kind?: 'article' | 'update' },
  ) =>
    request<SearchHit[]>('GET', '/api/knowledge/search', {
      query: {
        q,
        language: options.language,
        typing: options.typing ? 'true' : undefined,
        kind: options.kind,
      },
    }),
};
