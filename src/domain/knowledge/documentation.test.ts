import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../test/factories/knowledge.js';
import { contractVersionAt } from '../contracts/index.js';
import { chargeTicket } from '../hour-bank/index.js';
import { planFromPreset, presetById } from '../plans/presets.js';
import {
  articleLink,
  articleUrl,
  checkDocumentationRedirect,
  linkedArticles,
  redirectWork,
} from './documentation.js';

const base = 'https://soporte.example.com/';
const importEs = buildArticle({ id: 'imp', slug: 'importar-productos' });
const internal = buildArticle({ id: 'int', slug: 'guia-interna', visibility: 'internal' });
const draft = buildArticle({ id: 'dra', slug: 'borrador', status: 'draft' });
const english = buildArticle({
  id: 'en',
  language: 'en',
  slug: 'import-products',
  title: 'Import [CSV]',
});
const articles = [importEs, internal, draft, english];

describe('article links in replies', () => {
  it('an inserted link points at the help centre and is found again in the reply', () => {
    expect(articleUrl(base, importEs)).toBe(
      'https://soporte.example.com/help/es/importar-productos',
    );
    expect(articleLink(base, english)).toBe(
      '[Import \\[CSV\\]](https://soporte.example.com/help/en/import-products)',
    );
    const body = `Hola, mira ${articleLink(base, importEs)} y también ${articleUrl(base, english)}.`;
    expect(linkedArticles(base, body)).toEqual([
      { language: 'es', slug: 'importar-productos' },
      { language: 'en', slug: 'import-products' },
    ]);
    expect(linkedArticles(base, 'https://otro.example.com/help/es/importar-productos')).toEqual([]);
  });
});

describe('redirected to documentation', () => {
  const reply = (body: string, visibility: 'public' | 'internal' = 'public') => ({
    visibility,
    body,
  });

  it('needs a public reply linking a published public article', () => {
    const linked = checkDocumentationRedirect(
      base,
      [reply('Nota interna'), reply(`Aquí: ${articleUrl(base, importEs)}`)],
      articles,
    );
    expect(linked.map((a) => a.id)).toEqual(['imp']);
  });

  it.each([
    ['no reply links an article', [reply('Te llamo mañana')], 'redirect_without_article'],
    [
      'only an internal note links one',
      [reply(articleUrl(base, importEs), 'internal')],
      'redirect_without_article',
    ],
    ['the linked article is internal', [reply(articleUrl(base, internal))], 'article_not_public'],
    ['the linked article is a draft', [reply(articleUrl(base, draft))], 'article_not_public'],
    [
      'the linked article does not exist',
      [reply(`${base}help/es/no-existe`)],
      'article_not_public',
    ],
  ])('is refused when %s', (_, replies, rule) => {
    expect(() => checkDocumentationRedirect(base, replies, articles)).toThrow(
      expect.objectContaining({ rule, path: 'outcome' }),
    );
  });
});

describe('a ticket redirected to documentation is charged as a first-contact answer', () => {
  const seed001 = contractVersionAt(
    {
      id: 'k1',
      clientId: 'c1',
      start: '2026-01-01',
      end: null,
      amendments: [],
      plan: planFromPreset(presetById('seed001-premium'), {
        includedMinutesPerPeriod: 40 * 60,
        price: { amount: '1200', currency: 'EUR' },
        billing: { every: 'year', timing: 'in_advance' },
        term: { months: 12, autoRenew: true },
      }),
    },
    '2026-03-02',
  );
  const seed002 = contractVersionAt(
    {
      id: 'k2',
      clientId: 'c2',
      start: '2026-01-01',
      end: null,
      amendments: [],
      plan: planFromPreset(presetById('seed002-base')),
    },
    '2026-03-02',
  );
  const entry = (minutes: number, conversationId: string | null = 'conv-1') =>
    redirectWork({ kind: 'question' as const, minutes, conversationId });

  it.each([
    // seed 001: 15 min minimum per opened conversation, nothing waits for approval.
    ['seed 001, 5 min in one conversation', seed001, [entry(5)], [15]],
    ['seed 001, 5 + 5 min in one conversation', seed001, [entry(5), entry(5)], [15, 0]],
    ['seed 001, 20 min', seed001, [entry(20)], [20]],
    // seed 002: 1 h minimum per ticket, deducted at once (no approval: first contact).
    ['seed 002, 10 min', seed002, [entry(10, null)], [60]],
    ['seed 002, 10 + 70 min', seed002, [entry(10, null), entry(70, null)], [60, 20]],
  ] as const)('%s', (_, version, entries, minutes) => {
    const charges = chargeTicket(entries, version);
    expect(charges.map((c) => c.minutes)).toEqual(minutes);
    expect(charges.some((c) => c.approvalRequired)).toBe(false);
  });
});
