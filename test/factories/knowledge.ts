/**
 * Test-data builders for the knowledge base (`buildX(overrides)`, DESIGN.md rule 8) and the
 * search fixtures of test/fixtures/knowledge, with ids derived from their keys so tests can name
 * articles by key.
 */
import { readFileSync } from 'node:fs';
import type { ArticleInput, CategoryInput } from '../../src/app/knowledge/index.js';
import type {
  Article,
  ArticleStatus,
  ArticleVisibility,
  Category,
  ContentLanguage,
} from '../../src/domain/knowledge/index.js';

/** 2026-03-02 09:00 UTC, when the fixtures' articles were published. */
export const publishedAt = Date.UTC(2026, 2, 2, 9);

/** A published public Spanish help article in category `cat-1`. */
export function buildArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'art-1',
    translationGroup: 'group-1',
    language: 'es',
    kind: 'article',
    categoryId: 'cat-1',
    visibility: 'public',
    status: 'published',
    slug: 'importar-productos',
    title: 'Importar productos',
    summary: 'Carga tu catálogo desde un archivo.',
    keywords: '',
    body: 'Ve a Catálogo > Importar.',
    publishedAt,
    updatedAt: publishedAt,
    ...overrides,
  };
}

const ids = new Map<string, string>();

/** A stable UUID for a fixture key (the same key always gets the same id within a run). */
export function idOf(key: string): string {
  let id = ids.get(key);
  if (id === undefined) {
    id = `00000000-0000-4000-8000-${String(ids.size + 1).padStart(12, '0')}`;
    ids.set(key, id);
  }
  return id;
}

interface FixtureArticle {
  key: string;
  group: string;
  language: ContentLanguage;
  category: string;
  visibility?: ArticleVisibility;
  status?: ArticleStatus;
  title: string;
  summary: string;
  keywords: string;
  body: string;
}

/** One search of queries.json: what the reader types and the article it should find. */
export interface FixtureQuery {
  text: string;
  language: ContentLanguage;
  expected: string;
  typing?: boolean;
  why: string;
}

function readFixture<T>(name: string): T {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/knowledge/${name}`, import.meta.url), 'utf8'),
  );
}

function toArticle(fixture: FixtureArticle): Article {
  return buildArticle({
    id: idOf(fixture.key),
    translationGroup: idOf(`group:${fixture.group}`),
    language: fixture.language,
    categoryId: idOf(`category:${fixture.category}`),
    visibility: fixture.visibility ?? 'public',
    status: fixture.status ?? 'published',
    slug: fixture.key,
    title: fixture.title,
    summary: fixture.summary,
    keywords: fixture.keywords,
    body: fixture.body,
  });
}

/** The search fixtures: categories, the 30 public articles, the restricted ones and two query sets. */
export function searchFixtures() {
  const main = readFixture<{
    categories: { key: string; es: string; en: string }[];
    articles: FixtureArticle[];
  }>('articles.json');
  const restricted = readFixture<{ articles: FixtureArticle[] }>('restricted.json');
  const categories: Category[] = main.categories.map((category, position) => ({
    id: idOf(`category:${category.key}`),
    slug: category.key,
    names: { es: category.es, en: category.en },
    position,
  }));
  return {
    categories,
    articles: main.articles.map(toArticle),
    restricted: restricted.articles.map(toArticle),
    queries: readFixture<FixtureQuery[]>('queries.json'),
    /** Written after the ranking was tuned on `queries`, and never tuned on. */
    heldOutQueries: readFixture<FixtureQuery[]>('heldout-queries.json'),
  };
}

/** What an editor sends to write a Spanish public help article in category `categoryId`. */
export function buildArticleInput(
  categoryId: string | null,
  overrides: Partial<Omit<ArticleInput, 'content'>> & {
    content?: Partial<ArticleInput['content']>;
  } = {},
): ArticleInput {
  return {
    language: 'es',
    kind: 'article',
    categoryId,
    visibility: 'public',
    ...overrides,
    content: {
      slug: 'importar-productos',
      title: 'Importar productos',
      summary: 'Carga tu catálogo desde un archivo CSV.',
      keywords: 'csv catálogo',
      body: 'Ve a Catálogo > Importar y elige el archivo.',
      ...overrides.content,
    },
  };
}

/** A help-centre section as its editors give it. */
export function buildCategoryInput(overrides: Partial<CategoryInput> = {}): CategoryInput {
  return {
    slug: 'catalogo',
    names: { es: 'Catálogo', en: 'Catalogue' },
    position: 0,
    ...overrides,
  };
}
