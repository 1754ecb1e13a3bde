/** The knowledge base API's request and response schemas. */
import { z } from 'zod';
import {
  articleContentSchema,
  articleKinds,
  articleStatuses,
  articleVisibilities,
  contentLanguages,
  outOfSupportCategories,
} from '../../../domain/knowledge/index.js';
import { instant } from '../common/schema.js';

const language = z.enum(contentLanguages);

/** A help-centre section as the API shows it. */
export const categoryView = z
  .object({
    id: z.string(),
    slug: z.string(),
    names: z.object({ es: z.string(), en: z.string() }),
    position: z.number().int(),
  })
  .meta({ id: 'KnowledgeCategory' });

/** Body of adding or renaming a section. */
export const categoryBody = z.object({
  slug: z
    .string()
    .max(120)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
  names: z.object({
    es: z.string().trim().min(1).max(200),
    en: z.string().trim().min(1).max(200),
  }),
  position: z.number().int().min(0).max(10_000).default(0),
});

/** An article (or release note) in one language. */
export const articleView = z
  .object({
    id: z.string(),
    translationGroup: z.string().describe('shared by the translations of one text'),
    language,
    kind: z.enum(articleKinds),
    categoryId: z.string().nullable(),
    visibility: z.enum(articleVisibilities),
    status: z.enum(articleStatuses),
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    keywords: z.string(),
    body: z.string().describe('Markdown'),
    publishedAt: instant.nullable().describe('first publication, kept on republishing'),
    updatedAt: instant,
  })
  .meta({ id: 'KnowledgeArticle' });

/** An article with its public address and the other languages its reader may switch to. */
export const articleDetailView = z.object({
  article: articleView,
  url: z.string().describe('where a client opens it in the help centre (PACTA_PUBLIC_URL)'),
  translations: z.array(
    z.object({ id: z.string(), language, slug: z.string(), title: z.string() }),
  ),
});

/** Body of writing an article: its settings and text, and for a new translation what it translates. */
export const articleBody = z.object({
  language,
  kind: z.enum(articleKinds).default('article'),
  categoryId: z.uuid().nullable(),
  visibility: z.enum(articleVisibilities).default('public'),
  content: articleContentSchema,
  translationOf: z.uuid().optional(),
});

/** Body of publishing or withdrawing an article. */
export const publicationBody = z.object({ published: z.boolean() });

/** Query of the article list. */
export const articleListQuery = z.object({ kind: z.enum(articleKinds).default('article') });

/** Query of reading one article. */
export const articleReadQuery = z.object({
  language: language.optional().describe('the translation to show when the reader may open it'),
});

/** Query of a search. */
export const searchQuery = z.object({
  q: z.string().max(500).describe('what the reader typed'),
  language: language.optional().describe("the reader's language (default: the user's)"),
  typing: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('type-ahead: the last word matches as a prefix'),
  kind: z.enum(articleKinds).default('article'),
  limit: z.coerce.number().int().min(1).max(50).default(5),
});

/** One search result. */
export const searchHitView = z.object({
  articleId: z.string(),
  translationGroup: z.string(),
  language,
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  categoryId: z.string().nullable(),
  url: z.string().describe('where a client opens it in the help centre (PACTA_PUBLIC_URL)'),
});

/** Path of a help-centre page: the language and the article's slug. */
export const helpPageParams = z.object({
  language,
  slug: z
    .string()
    .max(120)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
});

/** Query of the out-of-support classification. */
export const localeQuery = z.object({ locale: language.optional() });

/** A category of seed 001's "Fuera de soporte" and its canned explanation in the reader's language. */
export const outOfSupportView = z.object({
  category: z.enum(outOfSupportCategories),
  stillCovered: z.enum(['formula_logic', 'connector_export']).nullable(),
  referral: z.enum(['partner', 'own_provider']),
  source: z.string().describe("seed 001's words"),
  explanation: z.array(z.string()).describe('the paragraphs of the canned reply'),
});

/** What the portal reports about a new-request draft; ids are the portal's (UUIDs). */
export const deflectionEventBody = z.discriminatedUnion('kind', [
  z.object({
    id: z.uuid(),
    draftId: z.uuid(),
    kind: z.literal('suggested'),
    articleIds: z.array(z.uuid()).max(20),
  }),
  z.object({ id: z.uuid(), draftId: z.uuid(), kind: z.literal('solved'), articleId: z.uuid() }),
  z.object({ id: z.uuid(), draftId: z.uuid(), kind: z.literal('submitted'), ticketId: z.uuid() }),
]);

const rateView = z
  .object({ numerator: z.number().int(), denominator: z.number().int(), percent: z.number() })
  .nullable();

/** The dashboard's deflection figures of a period. */
export const deflectionView = z.object({
  deflected: z.number().int().describe('drafts a client marked "this solved it" and never sent'),
  submitted: z.number().int(),
  submittedAfterSuggestions: z.number().int(),
  abandoned: z.number().int().describe('drafts shown articles and left without an outcome'),
  rate: rateView.describe('deflected / (deflected + submitted after suggestions)'),
  helpfulArticles: z.array(z.object({ articleId: z.string(), drafts: z.number().int() })),
});

/** Query of the deflection figures: a half-open period, optionally one client. */
export const deflectionQuery = z
  .object({ from: instant, to: instant, clientId: z.uuid().optional() })
  .refine((q) => Date.parse(q.from) < Date.parse(q.to), {
    path: ['to'],
    message: 'must be after from',
  });
