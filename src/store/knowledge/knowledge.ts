/**
 * The knowledge base's repository: categories and articles, by id, slug or translation group,
 * and their full-text search. Instants cross this boundary as epoch ms, as the domain uses them.
 */
import type { Selectable } from 'kysely';
import type { KnowledgeRepository } from '../../app/knowledge/index.js';
import type { Article, Category } from '../../domain/knowledge/index.js';
import type { Db } from '../database.js';
import type { KnowledgeArticlesTable, KnowledgeCategoriesTable } from '../schema.js';
import { searchArticles } from './search.js';

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

function toCategory(row: Omit<Selectable<KnowledgeCategoriesTable>, 'created_at'>): Category {
  return {
    id: row.id,
    slug: row.slug,
    names: { es: row.name_es, en: row.name_en },
    position: row.position,
  };
}

const categoryColumns = ['id', 'slug', 'name_es', 'name_en', 'position'] as const;

/** The knowledge base's categories and articles over one database or transaction. */
export function knowledgeRepository(db: Db): KnowledgeRepository {
  const articles = () => db.selectFrom('knowledge_articles').select(articleColumns);
  const categories = () => db.selectFrom('knowledge_categories').select(categoryColumns);
  return {
    async saveCategory(category) {
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
    },
    async categories() {
      return (await categories().orderBy('position').orderBy('slug').execute()).map(toCategory);
    },
    async findCategory(id) {
      const row = await categories().where('id', '=', id).executeTakeFirst();
      return row && toCategory(row);
    },
    async saveArticle(article) {
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
    },
    async findArticle(id) {
      const row = await articles().where('id', '=', id).executeTakeFirst();
      return row && toArticle(row);
    },
    async findBySlug(language, slug) {
      const row = await articles()
        .where('language', '=', language)
        .where('slug', '=', slug)
        .executeTakeFirst();
      return row && toArticle(row);
    },
    async translations(translationGroup) {
      const rows = await articles()
        .where('translation_group', '=', translationGroup)
        .orderBy('language')
        .execute();
      return rows.map(toArticle);
    },
    async list(kind) {
      const rows = await articles()
        .where('kind', '=', kind)
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toArticle);
    },
    search: (search) => searchArticles(db, search),
  };
}
