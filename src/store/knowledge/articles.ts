/**
 * Writing and reading knowledge-base rows: categories and articles, by id or translation group.
 * Instants cross this boundary as epoch ms, as the domain uses them.
 */
import type { Selectable } from 'kysely';
import type { Article, Category } from '../../domain/knowledge/index.js';
import type { Db } from '../database.js';
import type { KnowledgeArticlesTable } from '../schema.js';

function toArticle(row: Selectable<KnowledgeArticlesTable>): Article {
  return {
    id: row.id,
    translationGroup: row.translation_group,
    language: row.language,
    kind: row.kind,
    categoryId: row.category_id,
    visibility: row.visibility,
    status: row.status,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    keywords: row.keywords,
    body: row.body,
    publishedAt: row.published_at?.getTime() ?? null,
    updatedAt: row.updated_at.getTime(),
  };
}

const articleColumns = [
  'id',
  'translation_group',
  'language',
  'kind',
  'category_id',
  'visibility',
  'status',
  'slug',
  'title',
  'summary',
  'keywords',
  'body',
  'published_at',
  'updated_at',
] as const;

/** Inserts a category or replaces its names and position. */
export async function saveCategory(db: Db, category: Category): Promise<void> {
  const row = {
    slug: category.slug,
    name_es: category.names.es,
    name_en: category.names.en,
    position: category.position,
  };
  await db
    .insertInto('knowledge_categories')
    .values({ id: category.id, ...row })
    .onConflict((conflict) => conflict.column('id').doUpdateSet(row))
    .execute();
}

/** Inserts an article or replaces it whole (its search vectors follow on their own). */
export async function saveArticle(db: Db, article: Article): Promise<void> {
  const row = {
    translation_group: article.translationGroup,
    language: article.language,
    kind: article.kind,
    category_id: article.categoryId,
    visibility: article.visibility,
    status: article.status,
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    keywords: article.keywords,
    body: article.body,
    published_at: article.publishedAt === null ? null : new Date(article.publishedAt),
    updated_at: new Date(article.updatedAt),
  };
  await db
    .insertInto('knowledge_articles')
    .values({ id: article.id, ...row })
    .onConflict((conflict) => conflict.column('id').doUpdateSet(row))
    .execute();
}

/** The article with `id`, or null. */
export async function articleById(db: Db, id: string): Promise<Article | null> {
  const row = await db
    .selectFrom('knowledge_articles')
    .select(articleColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? null : toArticle(row);
}

/** Every translation of one text (any status or visibility: the domain decides who sees which). */
export async function articlesOfGroup(db: Db, translationGroup: string): Promise<Article[]> {
  const rows = await db
    .selectFrom('knowledge_articles')
    .select(articleColumns)
    .where('translation_group', '=', translationGroup)
    .orderBy('language')
    .execute();
  return rows.map(toArticle);
}
