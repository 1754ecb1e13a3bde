import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../test/factories/knowledge.js';
import {
  checkContent,
  missingToPublish,
  publishArticle,
  slugify,
  unpublishArticle,
} from './article.js';

const at = Date.UTC(2026, 3, 1, 10);

describe('publishing', () => {
  it.each([
    [{}, []],
    [{ body: '  ' }, ['body']],
    [{ title: '', categoryId: null }, ['title', 'categoryId']],
    [{ kind: 'update', categoryId: null }, []],
  ] as const)('%o lacks %j', (change, missing) => {
    expect(missingToPublish(buildArticle({ ...change, status: 'draft' }))).toEqual(missing);
  });

  it('an article without a body or category cannot be published, and says what it lacks', () => {
    expect(() => publishArticle(buildArticle({ body: '', categoryId: null }), at)).toThrow(
      expect.objectContaining({
        rule: 'not_publishable',
        params: { articleId: 'art-1', missing: ['body', 'categoryId'] },
        path: 'article.body',
      }),
    );
  });

  it('republishing keeps the first publication date; unpublishing hides it again', () => {
    const draft = buildArticle({ status: 'draft', publishedAt: null });
    const first = publishArticle(draft, at);
    expect(first).toMatchObject({ status: 'published', publishedAt: at, updatedAt: at });
    const hidden = unpublishArticle(first, at + 1000);
    expect(hidden).toMatchObject({ status: 'draft', publishedAt: at });
    expect(publishArticle(hidden, at + 2000)).toMatchObject({
      publishedAt: at,
      updatedAt: at + 2000,
    });
  });
});

const { slug, title, summary, keywords, body } = buildArticle();
const content = { slug, title, summary, keywords, body };

describe('content', () => {
  it.each([
    ['Cómo importar productos', 'como-importar-productos'],
    ['  API: límites & peticiones!  ', 'api-limites-peticiones'],
    ['Año 2026 — Novedades', 'ano-2026-novedades'],
    ['¿?', ''],
  ])('slugify(%j) = %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it.each([
    [{ slug: 'Con Espacios' }, 'content.slug'],
    [{ title: '   ' }, 'content.title'],
    [{ summary: 'x'.repeat(501) }, 'content.summary'],
  ])('%#: bad content fails at %s', (change, path) => {
    expect(() => checkContent({ ...content, ...change })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path }),
    );
  });

  it('good content comes back trimmed', () => {
    expect(checkContent({ ...content, title: '  Importar  ' }).title).toBe('Importar');
  });
});
