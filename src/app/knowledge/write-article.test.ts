import { describe, expect, it } from 'vitest';
import { buildArticleInput } from '../../../test/factories/knowledge.js';
import { fixedId } from '../../../test/fakes/ids.js';
import { knowledgeApp } from '../../../test/fakes/knowledge-app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { publishOrWithdrawArticle } from './publish-article.js';
import { writeArticle } from './write-article.js';

describe('writeArticle', () => {
  it('writes a new article as a draft in its own translation group, and audits it', async () => {
    const { store, staff, category } = await knowledgeApp();
    const article = await writeArticle({ ...staff, article: buildArticleInput(category.id) });
    expect(article).toMatchObject({
      status: 'draft',
      publishedAt: null,
      language: 'es',
      slug: 'importar-productos',
    });
    expect(article.translationGroup).not.toBe(article.id);
    expect(store.tables.articles).toHaveLength(1);
    expect(store.tables.audit.map((e) => e.resourceType)).toEqual([
      'knowledge_categories',
      'knowledge_articles',
    ]);
  });

  it('a translation joins the group of the text it translates and must share kind, category and visibility', async () => {
    const { staff, category } = await knowledgeApp();
    const es = await writeArticle({ ...staff, article: buildArticleInput(category.id) });
    const english = (overrides: object) =>
      writeArticle({
        ...staff,
        article: buildArticleInput(category.id, {
          language: 'en',
          translationOf: es.id,
          content: { slug: 'import-products', title: 'Import products' },
          ...overrides,
        }),
      });
    await expect(english({ visibility: 'internal' })).rejects.toMatchObject({
      rule: 'translation_mismatch',
      path: 'article.visibility',
    });
    const en = await english({});
    expect(en.translationGroup).toBe(es.translationGroup);
    await expect(
      english({ content: { slug: 'import-products-2', title: 'Again' } }),
    ).rejects.toMatchObject({ rule: 'translation_language_taken' });
    await expect(
      writeArticle({
        ...staff,
        id: en.id,
        article: { ...buildArticleInput(null, { language: 'en' }) },
      }),
    ).rejects.toMatchObject({ rule: 'translation_mismatch', path: 'article.categoryId' });
  });

  it('bad input names its field: slug taken in the language, unknown category or source, bad content', async () => {
    const { staff, category } = await knowledgeApp();
    await writeArticle({ ...staff, article: buildArticleInput(category.id) });
    const write = (input: Parameters<typeof buildArticleInput>[1], categoryId = category.id) =>
      writeArticle({ ...staff, article: buildArticleInput(categoryId, input) });
    await expect(write({})).rejects.toMatchObject({ code: 'conflict', path: 'content.slug' });
    await expect(write({ content: { slug: 'otro' } }, fixedId(99))).rejects.toMatchObject({
      code: 'invalid_input',
      path: 'categoryId',
    });
    await expect(
      write({ content: { slug: 'otro' }, translationOf: fixedId(99) }),
    ).rejects.toMatchObject({ code: 'invalid_input', path: 'translationOf' });
    await expect(write({ content: { slug: 'Mal Slug' } })).rejects.toMatchObject({
      code: 'invalid_input',
      path: 'content.slug',
    });
    // The same slug in the other language is another article's address, and allowed.
    await expect(write({ language: 'en' })).resolves.toMatchObject({ language: 'en' });
  });

  it('a published article edited stays published with its first publication date, unless it no longer could be', async () => {
    const { staff, category, clock } = await knowledgeApp();
    const draft = await writeArticle({ ...staff, article: buildArticleInput(category.id) });
    const published = await publishOrWithdrawArticle({
      ...staff,
      articleId: draft.id,
      publish: true,
    });
    clock.advance(60_000);
    const edited = await writeArticle({
      ...staff,
      id: draft.id,
      article: buildArticleInput(category.id, { content: { title: 'Importar productos (CSV)' } }),
    });
    expect(edited).toMatchObject({ status: 'published', publishedAt: published.publishedAt });
    expect(edited.updatedAt).toBe((published.publishedAt ?? 0) + 60_000);
    await expect(
      writeArticle({ ...staff, id: draft.id, article: buildArticleInput(null) }),
    ).rejects.toMatchObject({ rule: 'not_publishable', path: 'article.categoryId' });
  });

  it('only provider staff write articles', async () => {
    const { modules, seeded, category } = await knowledgeApp();
    await expect(
      writeArticle({
        ...modules.knowledge,
        actor: seeded.actors.client_requester,
        origin: testOrigin,
        article: buildArticleInput(category.id),
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
