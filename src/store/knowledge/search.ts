/**
 * Full-text search of the knowledge base (migration 0008's vectors), on PGlite and PostgreSQL
 * alike. The reader's words are parsed three times — stemmed Spanish, stemmed English and
 * unstemmed — and each article is matched with the parse of its own language or the unstemmed
 * one, so "configuracion", "categorías" or "exports" find their articles and a question mixing
 * both languages still matches.
 *
 * Score = (stemmed rank + half the unstemmed rank) × 1.1 for an article in the reader's
 * language × coverage², where coverage = (words matched + 1) / (words + 1), counting only the
 * words that are not stop words in the article's language (so coverage never exceeds 1): an
 * article matching most of what the reader typed beats one that repeats a single common word in
 * its title. Translations of one text are one result, shown in
 * the reader's language when the reader may open it there.
 */
import { sql } from 'kysely';
import type { ArticleHit, ArticleSearch } from '../../app/knowledge/index.js';
import { type ContentLanguage, readScope } from '../../domain/knowledge/index.js';
import type { Db } from '../database.js';
import { searchTerms, searchWords } from './search-terms.js';

interface HitRow {
  id: string;
  translation_group: string;
  language: ContentLanguage;
  slug: string;
  title: string;
  summary: string;
  category_id: string | null;
  score: number;
}

/** The parse (`q` for the whole query, `t` for one word) in the language of article `a`. */
function own(parse: 'q' | 't') {
  return sql.raw(`case a.language when 'es' then ${parse}.es else ${parse}.en end`);
}

/** The best texts for a search, best first; none for a query without words, and no article for a query of its language's stop words only. */
export async function searchArticles(db: Db, search: ArticleSearch): Promise<ArticleHit[]> {
  const terms = searchTerms(searchWords(search.text), search.typing === true);
  if (terms.length === 0) return [];
  const query = terms.join(' | ');
  const scope = readScope(search.reader, 'search');
  const limit = Math.min(Math.max(search.limit ?? 5, 1), 50);
  const visible = sql`a.status = any(${[...scope.statuses]}::text[])
    and a.visibility = any(${[...scope.visibilities]}::text[])
    and a.kind = ${search.kind ?? 'article'}`;
  const result = await sql<HitRow>`
    with q as (
      select to_tsquery('pacta_es', ${query}) as es,
             to_tsquery('pacta_en', ${query}) as en,
             to_tsquery('pacta_simple', ${query}) as simple
    ),
    terms as (
      select to_tsquery('pacta_es', t) as es, to_tsquery('pacta_en', t) as en,
             to_tsquery('pacta_simple', t) as simple
      from unnest(${terms}::text[]) as t
    ),
    hits as (
      select a.translation_group, a.id,
             (ts_rank(a.search, ${own('q')})
               + 0.5 * ts_rank(a.search_simple, q.simple))
             * case when a.language = ${search.language} then 1.1 else 1.0 end
             * (select power((1 + count(*) filter (where numnode(${own('t')}) > 0
                                                     and (a.search @@ ${own('t')}
                                                          or a.search_simple @@ t.simple)))::float8
                             / (1 + count(*) filter (where numnode(${own('t')}) > 0)), 2)
                from terms t) as score
      from knowledge_articles a, q
      where ${visible}
        and numnode(${own('q')}) > 0
        and (a.search @@ ${own('q')}
             or a.search_simple @@ q.simple)
    ),
    best as (
      select distinct on (translation_group) translation_group, score, id
      from hits
      order by translation_group, score desc, id
    )
    select shown.id, shown.translation_group, shown.language, shown.slug, shown.title,
           shown.summary, shown.category_id, best.score::float8 as score
    from best
    join lateral (
      select a.* from knowledge_articles a
      where a.translation_group = best.translation_group and ${visible}
      order by (a.language = ${search.language}) desc, (a.id = best.id) desc
      limit 1
    ) shown on true
    order by best.score desc, shown.id
    limit ${limit}`.execute(db);
  return result.rows.map((row) => ({
    articleId: row.id,
    translationGroup: row.translation_group,
    language: row.language,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    categoryId: row.category_id,
    score: row.score,
  }));
}
