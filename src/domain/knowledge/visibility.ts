/**
 * Who sees which articles. The provider's staff read everything (drafts to review them, internal
 * articles to answer with them) and edit; everyone else — client users, partner agents and
 * visitors of the public help centre — reads only published public articles. Search uses the
 * same scopes, so a query can never surface what its reader may not open.
 */
import { isProviderRole, type Role } from '../identity/roles.js';
import {
  type Article,
  type ArticleStatus,
  type ArticleVisibility,
  type ContentLanguage,
  contentLanguages,
} from './article.js';

/** The kinds of readers the rules tell apart. */
export type Reader = 'staff' | 'client' | 'visitor';

/** The reader a signed-in role (or nobody: null) is. */
export function readerOf(role: Role | null): Reader {
  if (role === null) return 'visitor';
  return isProviderRole(role) ? 'staff' : 'client';
}

/** Which statuses and visibilities a reader may see: the filter of reads and searches. */
export interface ReadScope {
  readonly statuses: readonly ArticleStatus[];
  readonly visibilities: readonly ArticleVisibility[];
}

const published: readonly ArticleStatus[] = ['published'];

/**
 * What `reader` may see when opening an article (`read`) or searching (`search`): staff open
 * drafts but search only what is published, since search results are what gets linked to clients.
 */
export function readScope(reader: Reader, purpose: 'read' | 'search'): ReadScope {
  if (reader !== 'staff') return { statuses: published, visibilities: ['public'] };
  return {
    statuses: purpose === 'read' ? ['draft', 'published'] : published,
    visibilities: ['public', 'internal'],
  };
}

/** Whether `reader` may open `article`. */
export function canRead(reader: Reader, article: Article): boolean {
  const scope = readScope(reader, 'read');
  return scope.statuses.includes(article.status) && scope.visibilities.includes(article.visibility);
}

/** Whether `reader` may write, publish and link articles. */
export function canEdit(reader: Reader): boolean {
  return reader === 'staff';
}

/**
 * The version of a text `reader` should see: its translation in `language` when the reader may
 * open it, else the first translation the reader may open (in {@link contentLanguages} order),
 * else null.
 */
export function pickTranslation(
  group: readonly Article[],
  language: ContentLanguage,
  reader: Reader,
): Article | null {
  const readable = group.filter((article) => canRead(reader, article));
  const inLanguage = (wanted: ContentLanguage) =>
    readable.find((article) => article.language === wanted);
  return inLanguage(language) ?? contentLanguages.map(inLanguage).find(Boolean) ?? null;
}
