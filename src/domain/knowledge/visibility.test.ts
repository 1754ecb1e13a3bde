import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../test/factories/knowledge.js';
import type { Role } from '../identity/roles.js';
import type { ArticleStatus, ArticleVisibility } from './article.js';
import {
  canEdit,
  canRead,
  pickTranslation,
  type Reader,
  readerOf,
  readScope,
} from './visibility.js';

describe('who sees what', () => {
  const cases: [Reader, ArticleStatus, ArticleVisibility, boolean][] = [
    ['client', 'published', 'public', true],
    ['client', 'published', 'internal', false],
    ['client', 'draft', 'public', false],
    ['client', 'draft', 'internal', false],
    ['visitor', 'published', 'public', true],
    ['visitor', 'published', 'internal', false],
    ['visitor', 'draft', 'public', false],
    ['staff', 'published', 'public', true],
    ['staff', 'published', 'internal', true],
    ['staff', 'draft', 'public', true],
    ['staff', 'draft', 'internal', true],
  ];
  it.each(cases)(
    'a client sees only published public articles: %s reading a %s %s article → %s',
    (reader, status, visibility, visible) => {
      expect(canRead(reader, buildArticle({ status, visibility }))).toBe(visible);
    },
  );

  it.each([
    ['provider_admin', 'staff'],
    ['agent', 'staff'],
    ['account_manager', 'staff'],
    ['client_requester', 'client'],
    ['client_decision_maker', 'client'],
    ['partner_agent', 'client'],
    [null, 'visitor'],
  ] as [Role | null, Reader][])('%s reads as %s', (role, reader) => {
    expect(readerOf(role)).toBe(reader);
  });

  it('staff search only published articles (results get linked to clients) but open drafts', () => {
    expect(readScope('staff', 'search').statuses).toEqual(['published']);
    expect(readScope('staff', 'read').statuses).toEqual(['draft', 'published']);
    expect(readScope('client', 'read')).toEqual(readScope('client', 'search'));
  });

  it('only staff edit', () => {
    expect([canEdit('staff'), canEdit('client'), canEdit('visitor')]).toEqual([true, false, false]);
  });
});

describe('the translation a reader is shown', () => {
  const es = buildArticle({ id: 'es', language: 'es' });
  const en = buildArticle({ id: 'en', language: 'en' });
  const enDraft = { ...en, status: 'draft' as const };

  it.each([
    [[es, en], 'en', 'client', 'en'],
    [[es, en], 'es', 'client', 'es'],
    [[es, enDraft], 'en', 'client', 'es'],
    [[es, enDraft], 'en', 'staff', 'en'],
    [[en], 'es', 'client', 'en'],
    [[enDraft], 'es', 'client', null],
  ] as const)(
    '%#: in the reader language when readable, else another readable one',
    (group, language, reader, shown) => {
      expect(pickTranslation(group, language, reader)?.id ?? null).toBe(shown);
    },
  );
});
