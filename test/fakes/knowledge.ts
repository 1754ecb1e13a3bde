/**
 * The knowledge base in memory. Its search is a plain stand-in for PostgreSQL's text search —
 * accent- and case-insensitive words, each query word matching words it begins (so "importacion"
 * finds "importación" and "producto" finds "productos"), ranked by how many query words an
 * article matches, title first — within the same reader scopes and one hit per text in the
 * reader's language. Search quality itself is tested on the real engines.
 */
import type { DeflectionLog, KnowledgeRepository } from '../../src/app/knowledge/index.js';
import {
  type Article,
  type DeflectionEvent,
  pickTranslation,
  readScope,
} from '../../src/domain/knowledge/index.js';
import type { Tables } from './identity.js';

const words = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** How well `article` matches `query`: matched words, those in the title counting double. */
function score(article: Article, query: readonly string[]): number {
  const title = words(article.title);
  const rest = words(`${article.summary} ${article.keywords} ${article.body}`);
  const hits = (within: readonly string[]) =>
    query.filter((word) => within.some((w) => w.startsWith(word))).length;
  return 2 * hits(title) + hits(rest);
}

/** The in-memory knowledge repository. */
export function knowledge(tables: Tables): KnowledgeRepository {
  const articles = () => tables().articles;
  const upsert = <T extends { id: string }>(rows: T[], row: T) => {
    const index = rows.findIndex((r) => r.id === row.id);
    if (index === -1) rows.push(row);
    else rows[index] = row;
  };
  return {
    async saveCategory(category) {
      upsert(tables().categories, category);
    },
    async categories() {
      return [...tables().categories].sort(
        (a, b) => a.position - b.position || a.slug.localeCompare(b.slug),
      );
    },
    async findCategory(id) {
      return tables().categories.find((c) => c.id === id);
    },
    async saveArticle(article) {
      upsert(articles(), article);
    },
    async findArticle(id) {
      return articles().find((a) => a.id === id);
    },
    async findBySlug(language, slug) {
      return articles().find((a) => a.language === language && a.slug === slug);
    },
    async translations(group) {
      return articles()
        .filter((a) => a.translationGroup === group)
        .sort((a, b) => a.language.localeCompare(b.language));
    },
    async list(kind) {
      return articles()
        .filter((a) => a.kind === kind)
        .sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
    },
    async search(search) {
      const query = words(search.text);
      const scope = readScope(search.reader, 'search');
      const visible = articles().filter(
        (a) =>
          a.kind === (search.kind ?? 'article') &&
          scope.statuses.includes(a.status) &&
          scope.visibilities.includes(a.visibility),
      );
      const groups = [...new Set(visible.map((a) => a.translationGroup))];
      const hits = groups.flatMap((group) => {
        const members = visible.filter((a) => a.translationGroup === group);
        const best = Math.max(...members.map((a) => score(a, query)));
        const shown = pickTranslation(members, search.language, search.reader);
        return best > 0 && shown ? [{ shown, best }] : [];
      });
      return hits
        .sort((a, b) => b.best - a.best || a.shown.id.localeCompare(b.shown.id))
        .slice(0, Math.min(Math.max(search.limit ?? 5, 1), 50))
        .map(({ shown, best }) => ({
          articleId: shown.id,
          translationGroup: shown.translationGroup,
          language: shown.language,
          slug: shown.slug,
          title: shown.title,
          summary: shown.summary,
          categoryId: shown.categoryId,
          score: best,
        }));
    },
  };
}

/** The in-memory deflection log: events kept per client and id, a retry stored once. */
export function deflections(tables: Tables): DeflectionLog {
  const all = () => tables().deflectionEvents;
  const ordered = (events: DeflectionEvent[]) =>
    [...events].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  return {
    async record(event) {
      if (all().some((e) => e.clientId === event.clientId && e.id === event.id)) return false;
      all().push(event);
      return true;
    },
    async draftEvents(clientId, draftId) {
      return ordered(all().filter((e) => e.clientId === clientId && e.draftId === draftId));
    },
    async eventsOfDraftsActiveIn({ from, to, clientId }) {
      const active = new Set(
        all()
          .filter((e) => e.at >= from && e.at < to && (clientId ?? e.clientId) === e.clientId)
          .map((e) => `${e.clientId}/${e.draftId}`),
      );
      return ordered(all().filter((e) => active.has(`${e.clientId}/${e.draftId}`)));
    },
  };
}
