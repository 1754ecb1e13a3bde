/**
 * The help centre clients read (seed 001: "Recomendamos que primero accedas a nuestro centro de
 * soporte"): `/help/<language>` lists the sections with their articles and searches them in full
 * text; `/help/<language>/<slug>` is one article, with a switch to its translation. What a page
 * shows is what the API lets its reader open: published public articles only, for clients. The
 * index ends with the updates section (release notes, and the mail subscription).
 */
import { useEffect, useState } from 'react';
import type { ContentLanguage } from '../../domain/knowledge/index.js';
import { type Article, type Category, knowledge, type SearchHit } from '../api/knowledge.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { ErrorSummary } from '../ui/errors.js';
import { TextField } from '../ui/field.js';
import { PageHeader } from '../ui/page.js';
import { useLoad } from '../ui/use-load.js';
import { MarkdownText } from './markdown.js';
import { UpdatesSection } from './updates.js';

/** How long typing must pause before a search is sent. */
export const searchPauseMs = 300;

/** `value`, once it has stopped changing for `ms`. */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const helpPath = (language: ContentLanguage, slug: string) => `/help/${language}/${slug}`;

function Sections(props: {
  categories: readonly Category[];
  articles: readonly Article[];
  language: ContentLanguage;
}) {
  return (
    <>
      {props.categories.map((category) => {
        const inside = props.articles.filter((a) => a.categoryId === category.id);
        if (inside.length === 0) return null;
        return (
          <section
            key={category.id}
            className="card card--stack"
            aria-labelledby={`help-${category.id}`}
          >
            <h2 id={`help-${category.id}`}>{category.names[props.language]}</h2>
            <ul className="help-list">
              {inside.map((article) => (
                <li key={article.id}>
                  <Link to={helpPath(article.language, article.slug)}>{article.title}</Link>
                  {article.summary && <p className="muted">{article.summary}</p>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function Results(props: { hits: readonly SearchHit[]; query: string }) {
  const { t } = useI18n();
  if (props.hits.length === 0) {
    return <p className="muted">{t('knowledge.help.noResults', { query: props.query })}</p>;
  }
  return (
    <section className="card card--stack" aria-labelledby="help-results">
      <h2 id="help-results">{t('knowledge.help.results')}</h2>
      <ul className="help-list">
        {props.hits.map((hit) => (
          <li key={hit.articleId} lang={hit.language}>
            <Link to={helpPath(hit.language, hit.slug)}>{hit.title}</Link>
            {hit.summary && <p className="muted">{hit.summary}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `/help/<language>`: the sections and a search box. */
export function HelpIndexPage({ language }: { language: ContentLanguage }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const settled = useSettled(query.trim(), searchPauseMs);
  const categories = useLoad(() => knowledge.categories(), []);
  const articles = useLoad(() => knowledge.articles(), []);
  const hits = useLoad(
    async () => (settled === '' ? null : knowledge.search(settled, { language })),
    [settled, language],
  );
  return (
    <div lang={language}>
      <PageHeader title={t('knowledge.help.title')} intro={t('knowledge.help.intro')} />
      <ErrorSummary error={categories.error ?? articles.error ?? hits.error} />
      <search className="card form">
        <TextField
          path="q"
          label={t('knowledge.help.search')}
          className="field--narrow"
          error={null}
          value={query}
          onChange={setQuery}
        />
      </search>
      {hits.data ? (
        <Results hits={hits.data} query={settled} />
      ) : (
        <Sections
          categories={categories.data ?? []}
          articles={(articles.data ?? []).filter(
            (a) => a.language === language && a.status === 'published' && a.visibility === 'public',
          )}
          language={language}
        />
      )}
      {!hits.data && <UpdatesSection language={language} />}
    </div>
  );
}

/** `/help/<language>/<slug>`: one article. */
export function HelpArticlePage(props: { language: ContentLanguage; slug: string }) {
  const { t, locale } = useI18n();
  const page = useLoad(
    () => knowledge.helpPage(props.language, props.slug),
    [props.language, props.slug],
  );
  const back = (
    <Link to={`/help/${props.language}`} className="button button--secondary">
      {t('knowledge.help.back')}
    </Link>
  );
  if (page.error?.code === 'not_found') {
    return <PageHeader title={t('knowledge.help.notFound')} actions={back} />;
  }
  const detail = page.data;
  return (
    <>
      <ErrorSummary error={page.error} />
      {detail && (
        <article lang={detail.article.language} className="help-article">
          <PageHeader title={detail.article.title} intro={detail.article.summary} actions={back} />
          <p className="muted">
            {t('knowledge.help.updated', {
              date: new Date(detail.article.updatedAt).toLocaleDateString(locale, {
                dateStyle: 'long',
              }),
            })}
          </p>
          {detail.translations.map((tr) => (
            <p key={tr.id}>
              <Link to={helpPath(tr.language, tr.slug)} lang={tr.language}>
                {t('knowledge.help.otherLanguage', {
                  language: t(`knowledge.language.${tr.language}`),
                })}
              </Link>
            </p>
          ))}
          <div className="card">
            <MarkdownText text={detail.article.body} />
          </div>
        </article>
      )}
    </>
  );
}
