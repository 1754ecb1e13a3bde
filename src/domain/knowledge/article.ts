/**
 * Knowledge-base articles (seed 001: "Siempre trataremos de guiarte con la documentación del
 * Centro de Soporte"): written in Spanish or English, the translations of one text sharing a
 * translation group; filed in a category; public (clients and visitors) or internal (the
 * provider's staff); draft until published. Release notes ("updates", seed 001: "Mantenerte al
 * día sobre las nuevas funciones") are articles of kind `update`. Instants are epoch ms.
 */
import { z } from 'zod';
import { invalidInput } from '../errors.js';
import { knowledgeError } from './errors.js';

/** The languages articles are written in. */
export const contentLanguages = ['es', 'en'] as const;
/** One of {@link contentLanguages}. */
export type ContentLanguage = (typeof contentLanguages)[number];

/** A help article, or a release note in the updates section. */
export const articleKinds = ['article', 'update'] as const;
/** One of {@link articleKinds}. */
export type ArticleKind = (typeof articleKinds)[number];

/** Who an article is written for: everyone (clients, partners, visitors) or the provider's staff. */
export const articleVisibilities = ['public', 'internal'] as const;
/** One of {@link articleVisibilities}. */
export type ArticleVisibility = (typeof articleVisibilities)[number];

/** Whether readers other than staff can see an article yet. */
export const articleStatuses = ['draft', 'published'] as const;
/** One of {@link articleStatuses}. */
export type ArticleStatus = (typeof articleStatuses)[number];

/** A section of the help centre, named in every content language. */
export interface Category {
  readonly id: string;
  readonly slug: string;
  readonly names: Readonly<Record<ContentLanguage, string>>;
  /** Order in the help centre's menu, smallest first. */
  readonly position: number;
}

/** The text of an article, as its authors edit it. */
export interface ArticleContent {
  /** URL name, unique per language: lower-case words joined by hyphens. */
  readonly slug: string;
  readonly title: string;
  /** One or two sentences shown under the title in search results. */
  readonly summary: string;
  /** Extra search words (synonyms, product names), weighted like the summary. */
  readonly keywords: string;
  /** Markdown text. */
  readonly body: string;
}

/** One article in one language. */
export interface Article extends ArticleContent {
  readonly id: string;
  /** Shared by the translations of one text; at most one article per language in a group. */
  readonly translationGroup: string;
  readonly language: ContentLanguage;
  readonly kind: ArticleKind;
  /** Required to publish a help article; updates may have none. */
  readonly categoryId: string | null;
  readonly visibility: ArticleVisibility;
  readonly status: ArticleStatus;
  /** First publication; kept when the article is edited or republished. */
  readonly publishedAt: number | null;
  readonly updatedAt: number;
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** zod schema of {@link ArticleContent}, for the edges and {@link checkContent}. */
export const articleContentSchema = z.strictObject({
  slug: z.string().max(120).regex(slugPattern, 'lower-case words joined by hyphens'),
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(500),
  keywords: z.string().trim().max(500),
  body: z.string().max(100_000),
});

/** Validates edited content, failing with invalid_input at the first bad field (`content.<field>`). */
export function checkContent(content: ArticleContent): ArticleContent {
  const parsed = articleContentSchema.safeParse(content);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw invalidInput(`content.${issue?.path.join('.') ?? ''}`, issue?.message ?? 'invalid');
}

/** A slug made from a title: accents dropped, lower-case, words joined by hyphens. */
export function slugify(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');
}

/** What an article lacks before it can be published (empty when nothing). */
export function missingToPublish(article: Article): string[] {
  const missing: string[] = [];
  if (article.title.trim() === '') missing.push('title');
  if (article.body.trim() === '') missing.push('body');
  if (article.kind === 'article' && article.categoryId === null) missing.push('categoryId');
  return missing;
}

/** Publishes an article at `at`; the first publication date is kept on republishing. */
export function publishArticle(article: Article, at: number): Article {
  const missing = missingToPublish(article);
  if (missing.length > 0) {
    throw knowledgeError(
      'not_publishable',
      { articleId: article.id, missing },
      `article ${article.id} lacks ${missing.join(', ')}`,
      `article.${missing[0]}`,
    );
  }
  return { ...article, status: 'published', publishedAt: article.publishedAt ?? at, updatedAt: at };
}

/** Takes an article back to draft (readers other than staff stop seeing it). */
export function unpublishArticle(article: Article, at: number): Article {
  return { ...article, status: 'draft', updatedAt: at };
}
