/**
 * The updates section (seed 001: "Todas las actualizaciones de la plataforma se publican en la
 * sección correspondiente de nuestro Centro de Soporte"): release notes are articles of kind
 * `update`, and contacts subscribe to be told by mail. Who is told what:
 * - only published public updates are announced (an internal note is never mailed);
 * - a subscriber is told once per update, however many of its translations are published and
 *   whenever they are;
 * - in the subscriber's language: when that translation exists but is still a draft, the
 *   subscriber waits for it; when the update has no translation in that language, the
 *   published one is sent instead;
 * - subscribers to chosen categories hear of updates filed in them; updates filed in no category
 *   go to subscribers of everything;
 * - subscribing does not mail past updates (the update's first publication must come after the
 *   subscription), and a subscriber without consent to be mailed (withdrawn, unsubscribed,
 *   anonymised) is told nothing.
 */
import type { Article, ContentLanguage } from './article.js';
import { pickTranslation } from './visibility.js';

/** A contact's subscription to the updates section. */
export interface UpdateSubscriber {
  readonly contactId: string;
  readonly language: ContentLanguage;
  /** `all`, or the category ids the contact chose. */
  readonly categories: 'all' | readonly string[];
  readonly subscribedAt: number;
  /** The contact currently consents to product-update mail (communications decides). */
  readonly consents: boolean;
}

/** One announcement to send: which translation goes to whom. */
export interface Announcement {
  readonly contactId: string;
  readonly articleId: string;
  readonly language: ContentLanguage;
}

/** Who to tell now, and who waits for the translation in their language. */
export interface AnnouncementPlan {
  readonly send: readonly Announcement[];
  readonly waiting: readonly string[];
}

function wantsCategory(subscriber: UpdateSubscriber, categoryId: string | null): boolean {
  if (subscriber.categories === 'all') return true;
  return categoryId !== null && subscriber.categories.includes(categoryId);
}

/**
 * The announcements of one update, given its translations (`group`), the subscribers and the
 * contacts it was already announced to.
 */
export function announceUpdate(
  group: readonly Article[],
  subscribers: readonly UpdateSubscriber[],
  alreadyTold: ReadonlySet<string>,
): AnnouncementPlan {
  const published = group.filter(
    (article) =>
      article.kind === 'update' &&
      article.status === 'published' &&
      article.visibility === 'public',
  );
  const firstPublished = Math.min(...published.map((article) => article.publishedAt ?? Infinity));
  const [reference] = published;
  if (reference === undefined) return { send: [], waiting: [] };
  const send: Announcement[] = [];
  const waiting: string[] = [];
  for (const subscriber of subscribers) {
    if (alreadyTold.has(subscriber.contactId) || !subscriber.consents) continue;
    if (subscriber.subscribedAt > firstPublished) continue;
    if (!wantsCategory(subscriber, reference.categoryId)) continue;
    const own = group.find((article) => article.language === subscriber.language);
    if (own !== undefined && own.status !== 'published') {
      waiting.push(subscriber.contactId);
      continue;
    }
    const article = pickTranslation(published, subscriber.language, 'client');
    if (article === null) continue;
    send.push({
      contactId: subscriber.contactId,
      articleId: article.id,
      language: article.language,
    });
  }
  return { send, waiting };
}
