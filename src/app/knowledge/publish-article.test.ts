import { describe, expect, it } from 'vitest';
import { buildArticleInput } from '../../../test/factories/knowledge.js';
import { knowledgeApp } from '../../../test/fakes/knowledge-app.js';
import { publishOrWithdrawArticle } from './publish-article.js';
import { writeArticle } from './write-article.js';

describe('publishOrWithdrawArticle', () => {
  it('publishes with an event, withdraws to draft, and republishing keeps the first date', async () => {
    const { store, staff, category, clock } = await knowledgeApp();
    const draft = await writeArticle({ ...staff, article: buildArticleInput(category.id) });
    const publish = (publish: boolean) =>
      publishOrWithdrawArticle({ ...staff, articleId: draft.id, publish });
    const first = await publish(true);
    expect(first).toMatchObject({ status: 'published', publishedAt: clock.now().getTime() });
    clock.advance(3_600_000);
    expect(await publish(false)).toMatchObject({ status: 'draft', publishedAt: first.publishedAt });
    expect(await publish(true)).toMatchObject({ publishedAt: first.publishedAt });
    expect(store.tables.outbox.map((row) => row.event.type)).toEqual([
      'knowledge.article_published',
      'knowledge.article_published',
    ]);
    expect(store.tables.outbox[0]?.event.payload).toEqual({
      articleId: draft.id,
      translationGroup: draft.translationGroup,
      language: 'es',
      kind: 'article',
    });
  });

  it('a help article without a category cannot be published; a release note can', async () => {
    const { staff } = await knowledgeApp();
    const help = await writeArticle({ ...staff, article: buildArticleInput(null) });
    await expect(
      publishOrWithdrawArticle({ ...staff, articleId: help.id, publish: true }),
    ).rejects.toMatchObject({ rule: 'not_publishable', params: { missing: ['categoryId'] } });
    const note = await writeArticle({
      ...staff,
      article: buildArticleInput(null, { kind: 'update', content: { slug: 'novedades-marzo' } }),
    });
    await expect(
      publishOrWithdrawArticle({ ...staff, articleId: note.id, publish: true }),
    ).resolves.toMatchObject({ status: 'published' });
  });
});
