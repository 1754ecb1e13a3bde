import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/domain/identity/roles.js';
import { buildArticleInput, buildCategoryInput } from '../factories/knowledge.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';

const hour = 3_600_000;

describeEachEngine('deflection in the portal over HTTP', (database) => {
  let test: TestApp;
  const articles: Record<string, string> = {};

  const call = async (role: Role, method: 'GET' | 'POST', url: string, payload?: object) => {
    const cookie = await test.cookieFor(demoUserByRole[role]);
    return test.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  };
  const report = (role: Role, draftId: string, event: object, id: string = randomUUID()) =>
    call(role, 'POST', '/api/knowledge/deflection-events', { id, draftId, ...event });
  const figures = async (from: Date, to: Date) => {
    const res = await call(
      'account_manager',
      'GET',
      `/api/knowledge/deflection?from=${from.toISOString()}&to=${to.toISOString()}`,
    );
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const write = async (slug: string, settings: object, publish: boolean) => {
    const res = await call(
      'agent',
      'POST',
      '/api/knowledge/articles',
      buildArticleInput(articles.category ?? null, { ...settings, content: { slug } }),
    );
    const id = res.json().id as string;
    if (publish) {
      await call('agent', 'POST', `/api/knowledge/articles/${id}/publication`, { published: true });
    }
    articles[slug] = id;
  };

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    articles.category = (
      await call(
        'agent',
        'POST',
        '/api/knowledge/categories',
        buildCategoryInput({ slug: 'deflexion' }),
      )
    ).json().id;
    await write('cambiar-idioma', {}, true);
    await write('exportar-csv', {}, true);
    await write('borrador', {}, false);
    await write('interno', { visibility: 'internal' }, true);
  });

  it('a deflected request is counted once, at its first mark, and a sent one is not deflected', async () => {
    const start = test.clock.now();
    const [a, b, c, d] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const shown = {
      kind: 'suggested',
      articleIds: [articles['cambiar-idioma'], articles['exportar-csv']],
    };
    // A: shown two articles, marked the first twice, then the second, and a retried mark.
    expect((await report('client_requester', a, shown)).json()).toEqual({
      recorded: true,
      outcome: 'abandoned',
    });
    const firstMark = randomUUID();
    const solvedFirst = { kind: 'solved', articleId: articles['cambiar-idioma'] };
    expect((await report('client_requester', a, solvedFirst, firstMark)).json()).toEqual({
      recorded: true,
      outcome: 'deflected',
    });
    test.clock.advance(2 * hour);
    await report('client_requester', a, solvedFirst);
    await report('client_requester', a, { kind: 'solved', articleId: articles['exportar-csv'] });
    expect((await report('client_requester', a, solvedFirst, firstMark)).json()).toEqual({
      recorded: false,
      outcome: 'deflected',
    });
    // B: shown articles, marked one, but sent the request anyway: submitted, not deflected.
    await report('client_decision_maker', b, shown);
    await report('client_decision_maker', b, solvedFirst);
    const sent = await report('client_decision_maker', b, {
      kind: 'submitted',
      ticketId: randomUUID(),
    });
    expect(sent.json().outcome).toBe('submitted');
    const late = await report('client_decision_maker', b, solvedFirst);
    expect([late.statusCode, late.json().error.code]).toEqual([422, 'rule_violation']);
    // C: shown articles and left; D: marked by the other client person.
    await report('client_requester', c, shown);
    await report('client_decision_maker', d, {
      kind: 'solved',
      articleId: articles['exportar-csv'],
    });

    const day = await figures(start, new Date(start.getTime() + 24 * hour));
    expect(day).toEqual({
      deflected: 2,
      submitted: 1,
      submittedAfterSuggestions: 1,
      abandoned: 1,
      rate: { numerator: 2, denominator: 3, percent: 66.7 },
      helpfulArticles: [
        { articleId: articles['cambiar-idioma'], drafts: 2 },
        { articleId: articles['exportar-csv'], drafts: 2 },
      ].sort((x, y) => String(x.articleId).localeCompare(String(y.articleId))),
    });
    // Each draft counts at its first mark: A in the first hour (not again with its later marks),
    // D in the rest of the day; the two periods add up to the day.
    const firstHour = await figures(start, new Date(start.getTime() + hour));
    const rest = await figures(
      new Date(start.getTime() + hour),
      new Date(start.getTime() + 24 * hour),
    );
    expect([firstHour.deflected, rest.deflected]).toEqual([1, 1]);
    expect(firstHour.helpfulArticles).toEqual(
      [
        { articleId: articles['cambiar-idioma'], drafts: 1 },
        { articleId: articles['exportar-csv'], drafts: 1 },
      ].sort((x, y) => String(x.articleId).localeCompare(String(y.articleId))),
    );
    const before = await figures(new Date(start.getTime() - 24 * hour), start);
    expect(before).toMatchObject({ deflected: 0, submitted: 0, rate: null });
  });

  it('"this solved it" names only a published public article, and only the client reports it', async () => {
    for (const slug of ['borrador', 'interno']) {
      const res = await report('client_requester', randomUUID(), {
        kind: 'solved',
        articleId: articles[slug],
      });
      expect([res.statusCode, res.json().error.fields?.[0]?.path]).toEqual([400, 'body.articleId']);
    }
    const shown = await report('client_requester', randomUUID(), {
      kind: 'suggested',
      articleIds: [articles['exportar-csv'], articles.interno],
    });
    expect([shown.statusCode, shown.json().error.fields?.[0]?.path]).toEqual([
      400,
      'body.articleIds.1',
    ]);
    const bad = await report('client_requester', 'not-a-uuid', {
      kind: 'solved',
      articleId: articles['exportar-csv'],
    });
    expect([bad.statusCode, bad.json().error.fields?.[0]?.path]).toEqual([400, 'body.draftId']);
    for (const role of ['agent', 'partner_agent'] as const) {
      const res = await report(role, randomUUID(), {
        kind: 'solved',
        articleId: articles['exportar-csv'],
      });
      expect(res.statusCode).toBe(403);
    }
    const backwards = await call(
      'agent',
      'GET',
      '/api/knowledge/deflection?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z',
    );
    expect([backwards.statusCode, backwards.json().error.fields?.[0]?.path]).toEqual([
      400,
      'querystring.to',
    ]);
  });
});
