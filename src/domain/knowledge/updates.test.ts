import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../test/factories/knowledge.js';
import type { Article } from './article.js';
import { announceUpdate, type UpdateSubscriber } from './updates.js';

const day = 86_400_000;
const published = Date.UTC(2026, 4, 4, 9);
const update = (language: 'es' | 'en', changes: Partial<Article> = {}) =>
  buildArticle({
    id: `u-${language}`,
    translationGroup: 'u',
    kind: 'update',
    language,
    categoryId: 'connectors',
    publishedAt: published,
    ...changes,
  });
const subscriber = (
  contactId: string,
  changes: Partial<UpdateSubscriber> = {},
): UpdateSubscriber => ({
  contactId,
  language: 'es',
  categories: 'all',
  subscribedAt: published - 30 * day,
  consents: true,
  ...changes,
});

describe('announcing an update', () => {
  const subscribers = [
    subscriber('ana'),
    subscriber('bob', { language: 'en' }),
    subscriber('cris', { categories: ['connectors', 'api'] }),
    subscriber('dani', { categories: ['api'] }),
    subscriber('eva', { consents: false }),
    subscriber('fede', { subscribedAt: published + day }),
  ];

  it('tells each consenting subscriber once, in their language, in the categories they chose', () => {
    const plan = announceUpdate([update('es'), update('en')], subscribers, new Set());
    expect(plan).toEqual({
      send: [
        { contactId: 'ana', articleId: 'u-es', language: 'es' },
        { contactId: 'bob', articleId: 'u-en', language: 'en' },
        { contactId: 'cris', articleId: 'u-es', language: 'es' },
      ],
      waiting: [],
    });
  });

  it('a subscriber is told once, even when the translations are published on different days', () => {
    const enDraft = update('en', { status: 'draft', publishedAt: null });
    const first = announceUpdate([update('es'), enDraft], subscribers, new Set());
    expect(first.send.map((a) => a.contactId)).toEqual(['ana', 'cris']);
    // Bob reads English: the English text exists but is a draft, so he waits for it.
    expect(first.waiting).toEqual(['bob']);
    const told = new Set(first.send.map((a) => a.contactId));
    const later = announceUpdate(
      [update('es'), update('en', { publishedAt: published + 2 * day })],
      subscribers,
      told,
    );
    expect(later).toEqual({
      send: [{ contactId: 'bob', articleId: 'u-en', language: 'en' }],
      waiting: [],
    });
    const again = announceUpdate(
      [update('es'), update('en')],
      subscribers,
      new Set([...told, 'bob']),
    );
    expect(again.send).toEqual([]);
  });

  it('without a translation in their language, subscribers get the published one', () => {
    const plan = announceUpdate([update('es')], [subscriber('bob', { language: 'en' })], new Set());
    expect(plan.send).toEqual([{ contactId: 'bob', articleId: 'u-es', language: 'es' }]);
  });

  it.each([
    ['an internal update', { visibility: 'internal' }],
    ['a draft update', { status: 'draft' }],
    ['a help article', { kind: 'article' }],
  ] as [string, Partial<Article>][])('%s is never mailed', (_, change) => {
    expect(announceUpdate([update('es', change)], subscribers, new Set())).toEqual({
      send: [],
      waiting: [],
    });
  });

  it('an update filed in no category goes to subscribers of everything only', () => {
    const general = update('es', { categoryId: null });
    const plan = announceUpdate([general], subscribers, new Set());
    expect(plan.send.map((a) => a.contactId)).toEqual(['ana', 'bob']);
  });

  it('subscribing does not mail past updates; subscribing the same instant does', () => {
    const plan = announceUpdate(
      [update('es')],
      [
        subscriber('late', { subscribedAt: published + 1 }),
        subscriber('same', { subscribedAt: published }),
      ],
      new Set(),
    );
    expect(plan.send.map((a) => a.contactId)).toEqual(['same']);
  });
});
