/**
 * Answering with the documentation (seed 001, GESTIÓN DEL SOPORTE: the team "redirige a nuestra
 * documentación si la pregunta está relacionada con la información disponible en nuestro Centro
 * de Soporte"). Agents insert article links in a public reply; "redirected to documentation" is
 * then a ticket outcome, valid only when a public reply links a published public article.
 *
 * How it counts for the plan (seed 001, LÍMITES: hours are deducted "de la manera más
 * favorable", "siempre trataremos de guiarte con la documentación", "apertura de la
 * conversación: se deducirá un mínimo de 15 minutos"): the request was answered within the
 * conversation the client opened, so it is a first-contact answer — charged at once, never
 * waiting for approval, with the plan's minimums (seed 001: 15 min per opened conversation;
 * seed 002: 1 h per ticket) — and the reply that carries the link is the first response.
 * {@link redirectWork} builds the hour bank's charge input that way.
 */
import type { WorkToCharge } from '../hour-bank/index.js';
import type { Article, ContentLanguage } from './article.js';
import { knowledgeError } from './errors.js';
import { canRead } from './visibility.js';

/** The ticket outcome of a request answered with help-centre articles. */
export const documentationOutcome = 'redirected_to_documentation' as const;

/** The public URL of an article under the help centre's base URL (no trailing slash). */
export function articleUrl(baseUrl: string, article: Pick<Article, 'language' | 'slug'>): string {
  return `${baseUrl.replace(/\/+$/, '')}/help/${article.language}/${article.slug}`;
}

/** A Markdown link to `url` reading `title` (its brackets escaped). */
export function markdownLink(title: string, url: string): string {
  return `[${title.replace(/([[\]\\])/g, '\\$1')}](${url})`;
}

/** The Markdown link an agent inserts in a reply. */
export function articleLink(baseUrl: string, article: Article): string {
  return markdownLink(article.title, articleUrl(baseUrl, article));
}

/** The (language, slug) pairs of the help-centre links found in a text. */
export function linkedArticles(
  baseUrl: string,
  text: string,
): { readonly language: ContentLanguage; readonly slug: string }[] {
  const base = baseUrl.replace(/\/+$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${base}/help/(es|en)/([a-z0-9]+(?:-[a-z0-9]+)*)`, 'g');
  return [...text.matchAll(pattern)].map((match) => ({
    language: match[1] as ContentLanguage,
    slug: match[2] ?? '',
  }));
}

/** A reply of the ticket, as the check needs it. */
export interface ReplyForRedirect {
  readonly visibility: 'public' | 'internal';
  readonly body: string;
}

/**
 * The articles a ticket was redirected to: those linked from its public replies. Fails with
 * `redirect_without_article` when no public reply links an article, and `article_not_public`
 * when a linked article is unknown, a draft or internal (the client could not open it).
 */
export function checkDocumentationRedirect(
  baseUrl: string,
  replies: readonly ReplyForRedirect[],
  articles: readonly Article[],
): Article[] {
  const links = replies
    .filter((reply) => reply.visibility === 'public')
    .flatMap((reply) => linkedArticles(baseUrl, reply.body));
  if (links.length === 0) {
    throw knowledgeError(
      'redirect_without_article',
      {},
      'no public reply links a help-centre article',
      'outcome',
    );
  }
  return links.map((link) => {
    const article = articles.find((a) => a.language === link.language && a.slug === link.slug);
    if (article === undefined || !canRead('client', article)) {
      throw knowledgeError(
        'article_not_public',
        { language: link.language, slug: link.slug },
        `the linked article ${link.language}/${link.slug} is not a published public article`,
        'outcome',
      );
    }
    return article;
  });
}

/**
 * The hour bank's input (a `WorkToCharge` or `TicketWork` without `firstContact`) for a time
 * entry on a ticket redirected to documentation: a first-contact answer (see the module
 * comment), so its deduction never waits for approval.
 */
export function redirectWork<
  W extends Omit<WorkToCharge, 'firstContact' | 'ticket' | 'conversation'>,
>(work: W): W & { readonly firstContact: true } {
  return { ...work, firstContact: true };
}
