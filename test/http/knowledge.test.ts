import { beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/domain/identity/roles.js';
import { buildArticleInput, buildCategoryInput } from '../factories/knowledge.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';

describeEachEngine('knowledge base over HTTP', (database) => {
  let test: TestApp;
  let categoryId: string;

  const call = async (
    role: Role,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
  ) => {
    const cookie = await test.cookieFor(demoUserByRole[role]);
    return test.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  };
  const write = (payload: object) => call('agent', 'POST', '/api/knowledge/articles', payload);
  const publish = (id: string) =>
    call('agent', 'POST', `/api/knowledge/articles/${id}/publication`, { published: true });
  const search = async (role: Role, query: string) =>
    (await call(role, 'GET', `/api/knowledge/search?${query}`)).json() as { slug: string }[];

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    const res = await call('agent', 'POST', '/api/knowledge/categories', buildCategoryInput());
    expect(res.statusCode).toBe(201);
    categoryId = res.json().id;
  });

  it('staff write a text in Spanish and English; clients find it in their language, accents and plurals aside', async () => {
    const es = await write(
      buildArticleInput(categoryId, {
        content: {
          slug: 'importacion-de-catalogos',
          title: 'Importación de catálogos',
          body: 'Sube tus productos desde un archivo CSV o Excel.',
        },
      }),
    );
    expect(es.statusCode).toBe(201);
    expect(es.json()).toMatchObject({ status: 'draft', publishedAt: null });
    const en = await write(
      buildArticleInput(categoryId, {
        language: 'en',
        translationOf: es.json().id,
        content: {
          slug: 'catalogue-import',
          title: 'Catalogue import',
          body: 'Upload your products from a CSV or Excel file.',
        },
      }),
    );
    expect(en.statusCode).toBe(201);
    expect(en.json().translationGroup).toBe(es.json().translationGroup);

    // Drafts are nobody's search result, and a client cannot open them.
    expect(await search('agent', 'q=catalogos&language=es')).toEqual([]);
    expect(
      (await call('client_requester', 'GET', `/api/knowledge/articles/${es.json().id}`)).statusCode,
    ).toBe(404);

    for (const article of [es, en]) expect((await publish(article.json().id)).statusCode).toBe(200);
    expect(await search('client_requester', 'q=importacion%20catalogo&language=es')).toMatchObject([
      { slug: 'importacion-de-catalogos' },
    ]);
    expect(await search('client_requester', 'q=catalogues%20imports&language=en')).toMatchObject([
      { slug: 'catalogue-import' },
    ]);
    // Without a language, the signed-in user's (the demo requester reads Spanish).
    expect(await search('client_requester', 'q=Catálogos')).toMatchObject([
      { slug: 'importacion-de-catalogos' },
    ]);
    expect(await search('partner_agent', 'q=impor&typing=true&language=en')).toMatchObject([
      { slug: 'catalogue-import' },
    ]);

    const detail = await call(
      'client_decision_maker',
      'GET',
      `/api/knowledge/articles/${es.json().id}?language=en`,
    );
    expect(detail.json()).toMatchObject({
      article: { id: en.json().id, language: 'en', status: 'published' },
      translations: [{ id: es.json().id, language: 'es' }],
    });
  });

  it('internal articles are found by staff only; clients may not write', async () => {
    const internal = await write(
      buildArticleInput(categoryId, {
        visibility: 'internal',
        content: {
          slug: 'macro-de-reembolso',
          title: 'Macro de reembolso',
          body: 'Pasos internos.',
        },
      }),
    );
    await publish(internal.json().id);
    expect(await search('agent', 'q=reembolso&language=es')).toMatchObject([
      { slug: 'macro-de-reembolso' },
    ]);
    expect(await search('client_requester', 'q=reembolso&language=es')).toEqual([]);
    const listed = (await call('client_requester', 'GET', '/api/knowledge/articles')).json() as {
      visibility: string;
    }[];
    expect(listed.every((article) => article.visibility === 'public')).toBe(true);
    expect(
      (
        await call(
          'client_requester',
          'POST',
          '/api/knowledge/articles',
          buildArticleInput(categoryId),
        )
      ).statusCode,
    ).toBe(403);
  });

  it('bad input is refused with the field named, never a 500, and nothing half-written', async () => {
    const before = (await call('agent', 'GET', '/api/knowledge/articles')).json().length;
    const cases: [object, number, string][] = [
      [
        buildArticleInput(categoryId, { content: { slug: 'Con Espacios' } }),
        400,
        'body.content.slug',
      ],
      [{ ...buildArticleInput(categoryId), language: 'fr' }, 400, 'body.language'],
      [
        {
          ...buildArticleInput(categoryId),
          content: { ...buildArticleInput(categoryId).content, extra: 1 },
        },
        400,
        'body.content.extra',
      ],
      [
        buildArticleInput('no-such-category', { content: { slug: 'otro-texto' } }),
        400,
        'body.categoryId',
      ],
      [
        buildArticleInput('00000000-0000-4000-8000-000000000999', { content: { slug: 'otro' } }),
        400,
        'body.categoryId',
      ],
      [
        buildArticleInput(categoryId, {
          content: { slug: 'otro' },
          translationOf: '00000000-0000-4000-8000-000000000999',
        }),
        400,
        'body.translationOf',
      ],
      [
        buildArticleInput(categoryId, { content: { slug: 'macro-de-reembolso' } }),
        409,
        'body.content.slug',
      ],
    ];
    for (const [payload, status, field] of cases) {
      const res = await write(payload);
      expect([res.statusCode, res.json().error.fields?.[0]?.path]).toEqual([status, field]);
    }
    const unpublishable = await write(
      buildArticleInput(null, { content: { slug: 'sin-seccion' } }),
    );
    const refused = await publish(unpublishable.json().id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('rule_violation');
    const after = (await call('agent', 'GET', '/api/knowledge/articles')).json().length;
    expect(after).toBe(before + 1);
  });

  it('the out-of-support classification reads in both languages', async () => {
    const text = async (locale: 'es' | 'en') =>
      (
        await call('client_requester', 'GET', `/api/knowledge/out-of-support?locale=${locale}`)
      ).json() as {
        category: string;
        explanation: string[];
      }[];
    const [es, en] = [await text('es'), await text('en')];
    expect(es.map((c) => c.category)).toEqual(en.map((c) => c.category));
    expect(
      es.find((c) => c.category === 'third_party_integration')?.explanation.join(' '),
    ).toContain('servicios de terceros');
    expect(
      en.find((c) => c.category === 'third_party_integration')?.explanation.join(' '),
    ).toContain('through the connector');
  });
});
