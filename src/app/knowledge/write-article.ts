import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import {
  type Article,
  type ArticleContent,
  type ArticleKind,
  type ArticleVisibility,
  type ContentLanguage,
  checkContent,
  linkTranslation,
  publishArticle,
} from '../../domain/knowledge/index.js';
import { authorise, type Origin } from '../shared/index.js';
import type { KnowledgeDeps, KnowledgeRepository } from './ports.js';
import { saveAuditedArticle } from './save-article.js';

/** An article as its editors write it. */
export interface ArticleInput {
  readonly language: ContentLanguage;
  readonly kind: ArticleKind;
  readonly categoryId: string | null;
  readonly visibility: ArticleVisibility;
  readonly content: ArticleContent;
  /** A new article that translates this one joins its translation group. */
  readonly translationOf?: string | undefined;
}

/** The article joined to its translation group, checked against the group's other members. */
async function inGroup(
  knowledge: KnowledgeRepository,
  article: Article,
  translationOf: string | undefined,
): Promise<Article> {
  const source =
    translationOf === undefined
      ? (await knowledge.translations(article.translationGroup)).find((a) => a.id !== article.id)
      : await knowledge.findArticle(translationOf);
  if (translationOf !== undefined && source === undefined) {
    throw new DomainError('invalid_input', 'no such article to translate', 'translationOf');
  }
  if (source === undefined) return article;
  return linkTranslation(article, source, await knowledge.translations(source.translationGroup));
}

/**
 * Writes a help article or release note (provider staff): a new draft, or, with `id`, new text
 * and settings for an existing one (a published article stays published only while it still
 * could be). Translations share kind, category and visibility; a slug is unique per language.
 */
export async function writeArticle(
  options: Pick<KnowledgeDeps, 'clock' | 'ids' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    id?: string;
    article: ArticleInput;
  },
): Promise<Article> {
  authorise(options.actor, 'knowledge.manage');
  const { article: input } = options;
  if (options.id !== undefined && input.translationOf !== undefined) {
    throw new DomainError(
      'invalid_input',
      'only a new article can be a translation',
      'translationOf',
    );
  }
  const content = checkContent(input.content);
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const existing =
      options.id === undefined ? undefined : await tx.knowledge.findArticle(options.id);
    if (options.id !== undefined && existing === undefined) {
      throw new DomainError('not_found', 'no such article');
    }
    if (input.categoryId !== null && !(await tx.knowledge.findCategory(input.categoryId))) {
      throw new DomainError('invalid_input', 'no such category', 'categoryId');
    }
    const sameSlug = await tx.knowledge.findBySlug(input.language, content.slug);
    if (sameSlug && sameSlug.id !== options.id) {
      throw new DomainError('conflict', `the slug "${content.slug}" is taken`, 'content.slug');
    }
    const draft: Article = {
      id: existing?.id ?? options.ids.newId(),
      translationGroup: existing?.translationGroup ?? options.ids.newId(),
      language: input.language,
      kind: input.kind,
      categoryId: input.categoryId,
      visibility: input.visibility,
      status: existing?.status ?? 'draft',
      ...content,
      publishedAt: existing?.publishedAt ?? null,
      updatedAt: at.getTime(),
    };
    const linked = await inGroup(tx.knowledge, draft, input.translationOf);
    const article = linked.status === 'published' ? publishArticle(linked, at.getTime()) : linked;
    await saveAuditedArticle(tx, { ...options, at }, article);
    return article;
  });
}
