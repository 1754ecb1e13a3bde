import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSearch } from '../../src/app/knowledge/index.js';
import { knowledgeRepository } from '../../src/store/knowledge/knowledge.js';
import { buildArticle, type FixtureQuery, idOf, searchFixtures } from '../factories/knowledge.js';
import { describeEachEngine } from '../support/engines.js';

// Fixture articles' slugs are their keys, so results are read by slug.
const fixtures = searchFixtures();

describeEachEngine('knowledge search', (database) => {
  const knowledge = () => knowledgeRepository(database().handle.db);
  beforeAll(async () => {
    for (const category of fixtures.categories) await knowledge().saveCategory(category);
    for (const article of [...fixtures.articles, ...fixtures.restricted]) {
      await knowledge().saveArticle(article);
    }
  });

  const keys = async (text: string, options: Partial<ArticleSearch> = {}) =>
    (
      await knowledge().search({
        text,
        language: 'es',
        reader: 'client',
        limit: 10,
        ...options,
      })
    ).map((hit) => hit.slug);

  /** Recall@3 of a query set, printed with recall@1 and the misses. */
  async function recallAt3(name: string, queries: readonly FixtureQuery[]): Promise<number> {
    const misses: string[] = [];
    let first = 0;
    for (const query of queries) {
      const top = await keys(query.text, {
        language: query.language,
        typing: query.typing === true,
        limit: 3,
      });
      if (top[0] === query.expected) first += 1;
      if (!top.includes(query.expected)) {
        misses.push(`"${query.text}" (${query.why}): expected ${query.expected}, got ${top}`);
      }
    }
    const found = queries.length - misses.length;
    const percent = (n: number) => `${((n / queries.length) * 100).toFixed(1)} %`;
    console.info(
      `[${database().engine}] ${name} recall@3: ${found}/${queries.length} = ${percent(found)}, recall@1: ${first}/${queries.length} = ${percent(first)}${misses.map((miss) => `\n  miss: ${miss}`).join('')}`,
    );
    return found / queries.length;
  }

  it('finds the expected article in the top three for at least 90 % of the queries', async () => {
    expect(fixtures.articles).toHaveLength(30);
    expect(fixtures.queries.length).toBeGreaterThanOrEqual(30);
    expect(await recallAt3('knowledge search', fixtures.queries)).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps recall@3 at 90 % on queries the ranking was never tuned on', async () => {
    expect(fixtures.heldOutQueries.length).toBeGreaterThanOrEqual(20);
    expect(await recallAt3('held-out', fixtures.heldOutQueries)).toBeGreaterThanOrEqual(0.9);
  });

  it('a client never finds an internal or draft article, however well it matches', async () => {
    for (const text of ['shopify sincronización exportar', 'reset two-step verification 2fa']) {
      const found = await keys(text);
      expect(found.length).toBeGreaterThan(0);
      expect(found).not.toContain('shopify-internal-es');
      expect(found).not.toContain('password-internal-en');
      expect(found).not.toContain('shopify-draft-es');
    }
  });

  it('staff find internal articles but never drafts (search results get linked to clients)', async () => {
    const found = await keys('shopify sincronización exportar', { reader: 'staff' });
    expect(found).toContain('shopify-internal-es');
    expect(found).not.toContain('shopify-draft-es');
    const visitor = await keys('shopify sincronización exportar', { reader: 'visitor' });
    expect(visitor).not.toContain('shopify-internal-es');
  });

  it('translations of one text are one result, shown in the reader language', async () => {
    const inSpanish = await keys('shopify connector', { language: 'es' });
    expect(inSpanish).toContain('shopify-es');
    expect(inSpanish).not.toContain('shopify-en');
    const inEnglish = await keys('conector de shopify', { language: 'en' });
    expect(inEnglish).toContain('shopify-en');
    expect(inEnglish).not.toContain('shopify-es');
    // A text with no translation in the reader's language is shown in the one it has.
    expect(await keys('webhooks', { language: 'es' })).toContain('webhooks-en');
  });

  it('accents are ignored both ways and plurals meet singulars', async () => {
    expect((await keys('configuracion del conector de amazon')).slice(0, 3)).toContain('amazon-es');
    expect((await keys('categoría')).slice(0, 3)).toContain('categories-es');
    expect((await keys('categorias')).slice(0, 3)).toContain('categories-es');
    expect((await keys('variant', { language: 'en' })).slice(0, 3)).toContain('variants-en');
  });

  it('stop words neither match on their own nor inflate an article’s share of matched words', async () => {
    const question = 'cómo puedo exportar el catálogo a la tienda de shopify';
    expect((await keys(question))[0]).toBe('shopify-es');
    expect(await keys('the and of to', { language: 'en' })).toEqual([]);
    expect(await keys('de la que y', { language: 'es' })).toEqual([]);
  });

  it('the last word matches as a prefix only while typing', async () => {
    expect((await keys('verificac', { typing: true })).slice(0, 3)).toContain('password-es');
    expect(await keys('verificac')).not.toContain('password-es');
  });

  it('a query without words finds nothing, and operators typed are plain text', async () => {
    expect(await keys('   ')).toEqual([]);
    expect(await keys('!?')).toEqual([]);
    const found = await keys("shopify & !(') | :* <->");
    expect(found).toContain('shopify-es');
  });

  it('an edited article is found by its new words at once (vectors maintained on write)', async () => {
    const article = await knowledge().findArticle(idOf('pdf-es'));
    if (article === undefined) throw new Error('fixture missing');
    expect(await keys('troquelado')).not.toContain('pdf-es');
    await knowledge().saveArticle({
      ...article,
      body: `${article.body} Admite marcas de troquelado.`,
    });
    expect(await keys('troquelado')).toEqual(['pdf-es']);
    await knowledge().saveArticle(article);
  });

  describe('kinds', () => {
    it('help searches do not return release notes', async () => {
      await knowledge().saveArticle(
        buildArticle({
          id: idOf('update-es'),
          translationGroup: idOf('group:update'),
          kind: 'update',
          slug: 'novedades-importacion',
          title: 'Novedades: importación más rápida',
          categoryId: null,
        }),
      );
      expect(await keys('novedades importacion')).not.toContain('novedades-importacion');
      expect(await keys('novedades importacion', { kind: 'update' })).toContain(
        'novedades-importacion',
      );
    });
  });
});
