import { describe, expect, it } from 'vitest';
import { buildArticleInput } from '../../../test/factories/knowledge.js';
import { fixedId } from '../../../test/fakes/ids.js';
import { knowledgeApp } from '../../../test/fakes/knowledge-app.js';
import { publishOrWithdrawArticle } from './publish-article.js';
import { listArticles, listCategories, readArticle } from './read-articles.js';
import { writeArticle } from './write-article.js';

/** A Spanish text published with an English translation still in draft, and an internal article. */
async function helpCentre() {
  const app = await knowledgeApp();
  const { staff, category } = app;
  const es = await writeArticle({ ...staff, article: buildArticleInput(category.id) });
  const en = await writeArticle({
    ...staff,
    article: buildArticleInput(category.id, {
      language: 'en',
      translationOf: es.id,
      content: { slug: 'import-products', title: 'Import products' },
    }),
  });
  const internal = await writeArticle({
    ...staff,
    article: buildArticleInput(category.id, {
      visibility: 'internal',
      content: { slug: 'guia-interna', title: 'Guía interna' },
    }),
  });
  for (const article of [es, internal]) {
    await publishOrWithdrawArticle({ ...staff, articleId: article.id, publish: true });
  }
  return { ...app, es, en, internal };
}

describe('reading the help centre', () => {
  it('a client reads published public articles only; drafts and internal ones read as missing', async () => {
    const { modules, seeded, es, en, internal } = await helpCentre();
    const client = { ...modules.knowledge, actor: seeded.actors.client_requester };
    const view = await readArticle({ ...client, articleId: es.id });
    expect(view.article.id).toBe(es.id);
    expect(view.translations).toEqual([]);
    for (const hidden of [en, internal]) {
      await expect(readArticle({ ...client, articleId: hidden.id })).rejects.toMatchObject({
        code: 'not_found',
      });
    }
    await expect(readArticle({ ...client, articleId: fixedId(99) })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await listArticles({ ...client, kind: 'article' })).map((a) => a.id)).toEqual([es.id]);
  });

  it('in a language: the translation when the reader may open it, else the one they may', async () => {
    const { modules, seeded, es, en } = await helpCentre();
    const read = (actor: keyof typeof seeded.actors) =>
      readArticle({
        ...modules.knowledge,
        actor: seeded.actors[actor],
        articleId: es.id,
        language: 'en',
      });
    expect((await read('client_requester')).article.id).toBe(es.id);
    const staffView = await read('agent');
    expect(staffView.article.id).toBe(en.id);
    expect(staffView.translations.map((a) => a.id)).toEqual([es.id]);
  });

  it('staff list drafts and internal articles; everyone signed in lists the sections', async () => {
    const { modules, seeded, category } = await helpCentre();
    const staffList = await listArticles({
      ...modules.knowledge,
      actor: seeded.actors.agent,
      kind: 'article',
    });
    expect(staffList).toHaveLength(3);
    const sections = await listCategories({
      ...modules.knowledge,
      actor: seeded.actors.partner_agent,
    });
    expect(sections).toEqual([category]);
  });
});
