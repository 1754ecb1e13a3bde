import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../test/factories/knowledge.js';
import type { Article } from './article.js';
import { linkTranslation, translationsOf } from './translations.js';

const es = buildArticle({ id: 'es', language: 'es', translationGroup: 'g1' });
const en = buildArticle({ id: 'en', language: 'en', translationGroup: 'own-en' });

describe('linked translations', () => {
  it('a translation joins the group of the text it translates', () => {
    expect(linkTranslation(en, es, [es]).translationGroup).toBe('g1');
  });

  it('a group holds one article per language', () => {
    const otherEs = buildArticle({ id: 'es2', language: 'es', translationGroup: 'own' });
    expect(() => linkTranslation(otherEs, es, [es])).toThrow(
      expect.objectContaining({
        rule: 'translation_language_taken',
        params: { group: 'g1', language: 'es', articleId: 'es' },
        path: 'article.language',
      }),
    );
    // Relinking an article already in the group is not a conflict with itself.
    expect(linkTranslation(es, es, [es]).translationGroup).toBe('g1');
  });

  it.each([
    ['kind', { kind: 'update' }],
    ['categoryId', { categoryId: 'cat-2' }],
    ['visibility', { visibility: 'internal' }],
  ] as [string, Partial<Article>][])(
    'translations agree on %s, so a language switch never leads elsewhere',
    (field, change) => {
      expect(() => linkTranslation({ ...en, ...change }, es, [es])).toThrow(
        expect.objectContaining({ rule: 'translation_mismatch', path: `article.${field}` }),
      );
    },
  );

  it('a translation may still be a draft, and a client is not offered it', () => {
    const draft = linkTranslation({ ...en, status: 'draft' }, es, [es]);
    expect(translationsOf(es, [es, draft], 'client')).toEqual([]);
    expect(translationsOf(es, [es, draft], 'staff')).toEqual([draft]);
    expect(translationsOf(draft, [es, draft], 'client')).toEqual([es]);
  });
});
