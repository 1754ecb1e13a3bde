/**
 * The article picker of the agent's reply box: searches the help centre and inserts a Markdown
 * link to the chosen article, so the ticket can then be answered "redirected to documentation".
 */
import { useState } from 'react';
import { markdownLink } from '../../domain/knowledge/index.js';
import { knowledge, type SearchHit } from '../api/knowledge.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { useAction } from '../ui/use-action.js';

/** Inserts `[title](url)` of a found article through `onInsert`. */
export function ArticlePicker({ onInsert }: { onInsert(link: string): void }) {
  const { t, locale } = useI18n();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const { busy, error, run } = useAction();
  const search = () => void run(() => knowledge.search(q.trim(), { language: locale }), setHits);
  return (
    <fieldset className="field article-picker">
      <legend className="field__label">{t('knowledge.picker.title')}</legend>
      <ErrorSummary error={error} />
      <div className="inline-actions">
        <input
          className="input"
          aria-label={t('knowledge.picker.search')}
          placeholder={t('knowledge.picker.search')}
          value={q}
          onChange={(event) => setQ(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              search();
            }
          }}
        />
        <button
          type="button"
          className="button button--secondary"
          disabled={busy || q.trim() === ''}
          onClick={search}
        >
          {t('knowledge.picker.search')}
        </button>
      </div>
      {hits !== null && hits.length === 0 && <p className="muted">{t('knowledge.picker.none')}</p>}
      {hits !== null && hits.length > 0 && (
        <ul className="article-picker__hits">
          {hits.map((hit) => (
            <li key={hit.articleId}>
              <span lang={hit.language}>{hit.title}</span>{' '}
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={t('knowledge.picker.insertLabel', { title: hit.title })}
                onClick={() => onInsert(markdownLink(hit.title, hit.url))}
              >
                {t('knowledge.picker.insert')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
