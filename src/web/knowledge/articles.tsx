/**
 * The knowledge base for provider staff: every article, drafts and internal ones included,
 * grouped by help-centre section, then the platform updates (release notes), with a filter, and
 * publishing from the list (publishing an update mails it to its subscribers).
 */
import { useState } from 'react';
import { type Article, type Category, knowledge } from '../api/knowledge.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { ErrorSummary } from '../ui/errors.js';
import { TextField } from '../ui/field.js';
import { Notice, PageHeader, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useAction } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';
import { folded } from './words.js';

function matches(article: Article, query: string): boolean {
  const wanted = folded(query.trim());
  if (wanted === '') return true;
  return folded(
    [article.title, article.summary, article.keywords, article.slug].join(' '),
  ).includes(wanted);
}

function SectionTable(props: {
  title: string;
  articles: readonly Article[];
  busy: boolean;
  onPublish(article: Article): void;
}) {
  const { t, locale } = useI18n();
  return (
    <TableRegion label={props.title}>
      <table className="table">
        <caption className="table__caption">{props.title}</caption>
        <TableHead
          columns={[
            t('knowledge.col.title'),
            t('knowledge.col.language'),
            t('knowledge.col.visibility'),
            t('knowledge.col.status'),
            t('knowledge.col.updated'),
            { label: t('knowledge.col.actions'), hidden: true },
          ]}
        />
        <tbody>
          {props.articles.map((article) => (
            <tr key={article.id}>
              <th scope="row" className="table__primary">
                <Link to={`/knowledge/${article.id}`} lang={article.language}>
                  {article.title}
                </Link>
              </th>
              <td>{t(`knowledge.language.${article.language}`)}</td>
              <td>{t(`knowledge.visibility.${article.visibility}`)}</td>
              <td>
                <span
                  className={`badge badge--${article.status === 'published' ? 'success' : 'neutral'}`}
                >
                  {t(`knowledge.status.${article.status}`)}
                </span>
              </td>
              <td className="nowrap">
                {new Date(article.updatedAt).toLocaleDateString(locale, { dateStyle: 'medium' })}
              </td>
              <td>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={props.busy}
                  onClick={() => props.onPublish(article)}
                >
                  {t(article.status === 'published' ? 'knowledge.unpublish' : 'knowledge.publish')}
                </button>
              </td>
            </tr>
          ))}
          {props.articles.length === 0 && (
            <EmptyRow columns={6}>{t('knowledge.articles.empty')}</EmptyRow>
          )}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** The sections in menu order, then the articles filed in none. */
function sectionsOf(
  categories: readonly Category[],
  articles: readonly Article[],
  noSection: string,
  language: 'es' | 'en',
) {
  const sections = categories.map((category) => ({
    key: category.id,
    title: category.names[language],
    articles: articles.filter((a) => a.categoryId === category.id),
  }));
  const loose = articles.filter((a) => !categories.some((c) => c.id === a.categoryId));
  return loose.length > 0
    ? [...sections, { key: 'none', title: noSection, articles: loose }]
    : sections;
}

/** The staff's list of articles. */
export function ArticlesPage() {
  const { t, locale } = useI18n();
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const articles = useLoad(() => knowledge.articles(), []);
  const updates = useLoad(() => knowledge.articles('update'), []);
  const categories = useLoad(() => knowledge.categories(), []);
  const action = useAction();
  const shown = (articles.data ?? []).filter((article) => matches(article, query));
  const shownUpdates = (updates.data ?? []).filter((update) => matches(update, query));
  const publish = (article: Article) =>
    action.run(
      () => knowledge.publish(article.id, article.status !== 'published'),
      (saved) => {
        const list = saved.kind === 'update' ? updates : articles;
        list.set((list.data ?? []).map((a) => (a.id === saved.id ? saved : a)));
        setNotice(
          t(saved.status === 'published' ? 'knowledge.published' : 'knowledge.unpublished', {
            title: saved.title,
          }),
        );
      },
    );
  return (
    <>
      <PageHeader
        title={t('knowledge.articles.title')}
        intro={t('knowledge.articles.intro')}
        actions={
          <Link to="/knowledge/new" className="button button--primary">
            {t('knowledge.articles.new')}
          </Link>
        }
      />
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary error={action.error ?? articles.error ?? updates.error ?? categories.error} />
      <div className="card form">
        <TextField
          path="query"
          label={t('knowledge.articles.filter')}
          hint={t('knowledge.articles.filterHint')}
          className="field--narrow"
          error={null}
          value={query}
          onChange={setQuery}
        />
      </div>
      {query.trim() !== '' && shown.length === 0 && !articles.loading && (
        <p className="muted">{t('knowledge.articles.none', { query: query.trim() })}</p>
      )}
      {sectionsOf(categories.data ?? [], shown, t('knowledge.articles.uncategorised'), locale).map(
        (section) => (
          <SectionTable
            key={section.key}
            title={section.title}
            articles={section.articles}
            busy={action.busy}
            onPublish={publish}
          />
        ),
      )}
      <SectionTable
        title={t('knowledge.articles.updates')}
        articles={shownUpdates}
        busy={action.busy}
        onPublish={publish}
      />
    </>
  );
}
