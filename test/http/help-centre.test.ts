import { beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/domain/identity/roles.js';
import { buildArticleInput, buildCategoryInput } from '../factories/knowledge.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';

describeEachEngine('the help centre over HTTP', (database) => {
  let test: TestApp;
  let configured: TestApp;
  let categoryId: string;

  const call = (app: TestApp, role: Role, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.cookieFor(demoUserByRole[role]).then((cookie) =>
      app.app.inject({
        method,
        url,
        headers: { cookie, host: 'pacta.example:8080' },
        ...(payload ? { payload } : {}),
      }),
    );
  const write = async (slug: string, options: { visibility?: 'internal'; publish: boolean }) => {
    const res = await call(
      test,
      'agent',
      'POST',
      '/api/knowledge/articles',
      buildArticleInput(categoryId, {
        ...(options.visibility ? { visibility: options.visibility } : {}),
        content: { slug, title: `Exportar tarifas ${slug}`, keywords: 'tarifas precios' },
      }),
    );
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;
    if (options.publish) {
      const published = await call(
        test,
        'agent',
        'POST',
        `/api/knowledge/articles/${id}/publication`,
        {
          published: true,
        },
      );
      expect(published.statusCode).toBe(200);
    }
    return id;
  };

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    configured = await buildTestApp(database().handle, { publicUrl: 'https://ayuda.example.com/' });
    const res = await call(
      test,
      'agent',
      'POST',
      '/api/knowledge/categories',
      buildCategoryInput({ slug: 'tarifas' }),
    );
    categoryId = res.json().id;
    await write('tarifas-publicas', { publish: true });
    await write('tarifas-borrador', { publish: false });
    await write('tarifas-internas', { visibility: 'internal', publish: true });
    await write('tarifas-internas-borrador', { visibility: 'internal', publish: false });
  });

  it('a client never sees an internal or draft article in the help centre: page, list or search', async () => {
    const clients: Role[] = ['client_requester', 'client_decision_maker', 'partner_agent'];
    for (const role of clients) {
      const page = async (slug: string) =>
        (await call(test, role, 'GET', `/api/knowledge/help/es/${slug}`)).statusCode;
      expect([
        await page('tarifas-publicas'),
        await page('tarifas-borrador'),
        await page('tarifas-internas'),
        await page('tarifas-internas-borrador'),
      ]).toEqual([200, 404, 404, 404]);
      const listed = (await call(test, role, 'GET', '/api/knowledge/articles')).json() as {
        slug: string;
      }[];
      expect(listed.map((a) => a.slug).filter((slug) => slug.startsWith('tarifas-'))).toEqual([
        'tarifas-publicas',
      ]);
      const found = (
        await call(test, role, 'GET', '/api/knowledge/search?q=tarifas&language=es&limit=50')
      ).json() as { slug: string }[];
      expect(found.map((hit) => hit.slug)).toEqual(['tarifas-publicas']);
    }
    // The same language in the other slot is another address: nothing there.
    expect(
      (await call(test, 'client_requester', 'GET', '/api/knowledge/help/en/tarifas-publicas'))
        .statusCode,
    ).toBe(404);
    // Staff open drafts and internal pages (to review them).
    for (const slug of ['tarifas-borrador', 'tarifas-internas']) {
      expect((await call(test, 'agent', 'GET', `/api/knowledge/help/es/${slug}`)).statusCode).toBe(
        200,
      );
    }
  });

  it('help-centre links point under PACTA_PUBLIC_URL, or else the origin the request came in on', async () => {
    const urls = async (app: TestApp) => {
      const hit = (
        await call(app, 'client_requester', 'GET', '/api/knowledge/search?q=tarifas&language=es')
      ).json()[0] as { url: string };
      const page = (
        await call(app, 'client_requester', 'GET', '/api/knowledge/help/es/tarifas-publicas')
      ).json() as { url: string };
      return [hit.url, page.url];
    };
    expect(await urls(test)).toEqual([
      'http://pacta.example:8080/help/es/tarifas-publicas',
      'http://pacta.example:8080/help/es/tarifas-publicas',
    ]);
    expect(await urls(configured)).toEqual([
      'https://ayuda.example.com/help/es/tarifas-publicas',
      'https://ayuda.example.com/help/es/tarifas-publicas',
    ]);
  });

  it('a help-centre address that is not one is refused naming the field', async () => {
    for (const [url, field] of [
      ['/api/knowledge/help/fr/tarifas-publicas', 'params.language'],
      ['/api/knowledge/help/es/Con%20Espacios', 'params.slug'],
    ] as const) {
      const res = await call(test, 'client_requester', 'GET', url);
      expect([res.statusCode, res.json().error.fields?.[0]?.path]).toEqual([400, field]);
    }
  });
});
