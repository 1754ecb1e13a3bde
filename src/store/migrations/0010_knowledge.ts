import { type Kysely, sql } from 'kysely';

/**
 * The knowledge base: categories and articles (Spanish and English, translations linked by a
 * group id), searchable in full text on both engines.
 *
 * Search: three text search configurations copy `spanish`, `english` and `simple` and put the
 * `unaccent` dictionary before the stemmer, so "configuracion" finds "configuración" and
 * "categorías" finds "categoria". `to_tsvector(regconfig, text)` is immutable (the
 * `unaccent(text)` function is not, which is why it is a dictionary here and not a call), so
 * each article keeps two generated vectors, maintained by PostgreSQL on every write:
 * - `search`: stemmed in the article's own language, title weighted A, summary and keywords B,
 *   body D;
 * - `search_simple`: unstemmed and unaccented words of any language, for prefix matching while
 *   a client types and for names that stemmers mangle (Shopify, SFTP, API).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists unaccent`.execute(db);
  const words = sql.raw('asciiword, asciihword, hword_asciipart, word, hword, hword_part');
  for (const [name, copy, stem] of [
    ['pacta_es', 'spanish', 'spanish_stem'],
    ['pacta_en', 'english', 'english_stem'],
    ['pacta_simple', 'simple', 'simple'],
  ] as const) {
    await sql`create text search configuration ${sql.raw(name)} (copy = pg_catalog.${sql.raw(copy)})`.execute(
      db,
    );
    await sql`alter text search configuration ${sql.raw(name)} alter mapping for ${words} with unaccent, ${sql.raw(stem)}`.execute(
      db,
    );
  }

  await db.schema
    .createTable('knowledge_categories')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name_es', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('knowledge_articles')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('translation_group', 'uuid', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('es', 'en')`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('article', 'update')`))
    .addColumn('category_id', 'uuid', (c) => c.references('knowledge_categories.id'))
    .addColumn('visibility', 'text', (c) =>
      c.notNull().check(sql`visibility in ('public', 'internal')`),
    )
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'published')`))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('keywords', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('search', sql`tsvector`, (c) =>
      c
        .generatedAlwaysAs(sql`
        case language when 'es' then
          setweight(to_tsvector('pacta_es', title), 'A') ||
          setweight(to_tsvector('pacta_es', summary || ' ' || keywords), 'B') ||
          setweight(to_tsvector('pacta_es', body), 'D')
        else
          setweight(to_tsvector('pacta_en', title), 'A') ||
          setweight(to_tsvector('pacta_en', summary || ' ' || keywords), 'B') ||
          setweight(to_tsvector('pacta_en', body), 'D')
        end`)
        .stored(),
    )
    .addColumn('search_simple', sql`tsvector`, (c) =>
      c
        .generatedAlwaysAs(sql`
          setweight(to_tsvector('pacta_simple', title), 'A') ||
          setweight(to_tsvector('pacta_simple', summary || ' ' || keywords), 'B') ||
          setweight(to_tsvector('pacta_simple', body), 'D')`)
        .stored(),
    )
    .addUniqueConstraint('knowledge_articles_translation', ['translation_group', 'language'])
    .addUniqueConstraint('knowledge_articles_slug', ['language', 'slug'])
    .execute();
  await sql`create index knowledge_articles_search on knowledge_articles using gin (search)`.execute(
    db,
  );
  await sql`create index knowledge_articles_search_simple on knowledge_articles using gin (search_simple)`.execute(
    db,
  );
  await db.schema
    .createIndex('knowledge_articles_category')
    .on('knowledge_articles')
    .columns(['category_id', 'status'])
    .execute();
}

/** Drops the knowledge base and its search configurations (the extension stays: others may use it). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('knowledge_articles').execute();
  await db.schema.dropTable('knowledge_categories').execute();
  for (const name of ['pacta_es', 'pacta_en', 'pacta_simple']) {
    await sql`drop text search configuration ${sql.raw(name)}`.execute(db);
  }
}
