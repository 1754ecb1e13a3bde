import { describe, expect, it } from 'vitest';
import { buildArticleInput } from '../../../test/factories/knowledge.js';
import { knowledgeApp } from '../../../test/fakes/knowledge-app.js';
import { publishOrWithdrawArticle } from './publish-article.js';
import { searchArticles } from './search-articles.js';
import { writeArticle } from './write-article.js';

describe('searchArticles', () => {
  it('searches in the reader’s language within what the reader may see', async () => {
    const { modules, seeded, staff, category } = await knowledgeApp();
    const es = await writeArticle({ ...staff, article: buildArticleInput(category.id) });
    const en = await writeArticle({
      ...staff,
      article: buildArticleInput(category.id, {
        language: 'en',
        translationOf: es.id,
        content: { slug: 'import-products', title: 'Import products', body: 'Upload a CSV file.' },
      }),
    });
    const internal = await writeArticle({
      ...staff,
      article: buildArticleInput(category.id, {
        visibility: 'internal',
        content: { slug: 'importar-a-mano', title: 'Importar a mano (interno)' },
      }),
    });
    for (const article of [es, en, internal]) {
      await publishOrWithdrawArticle({ ...staff, articleId: article.id, publish: true });
    }
    const search = (actor: keyof typeof seeded.actors, language: 'es' | 'en') =>
      searchArticles({
        ...modules.knowledge,
        actor: seeded.actors[actor],
        text: 'importar CSV',
        language,
      });
    expect((await search('client_requester', 'en')).map((hit) => hit.articleId)).toEqual([en.id]);
    expect((await search('client_requester', 'es')).map((hit) => hit.articleId)).toEqual([es.id]);
    expect((await search('agent', 'es')).map((hit) => hit.articleId).sort()).toEqual(
      [es.id, internal.id].sort(),
    );
  });
});
