/**
 * What the account manager adds to a monitoring report before it is issued: the window's
 * recommendations, and the client's platform metrics uploaded as the CSV Excel saves (every
 * refused value named by its line and column; nothing is stored unless every line is right).
 */
import { type FormEvent, useState } from 'react';
import { uploadLineOf } from '../../domain/reports/index.js';
import { catalogs, interpolate, issueText, type Locale, locales } from '../../i18n/index.js';
import { type ApiError, asApiError, type FieldIssue } from '../api/client.js';
import { reportsApi } from '../api/reports.js';
import { type I18n, useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { Notice } from '../ui/page.js';
import { useLoad } from '../ui/use-load.js';

/** The recommendations of the window holding `period`, edited and saved in place. */
export function RecommendationsForm(props: {
  contractId: string;
  period: string;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const stored = useLoad(
    () => reportsApi.recommendations(props.contractId, props.period),
    [props.contractId, props.period],
  );
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setFailure(null);
    try {
      stored.set(await reportsApi.setRecommendations(props.contractId, props.period, draft ?? ''));
      setDraft(null);
      setSaved(true);
      props.onSaved();
    } catch (error) {
      setFailure(asApiError(error));
    }
  };
  return (
    <form className="stack" onSubmit={save}>
      <label htmlFor="f-text">{t('reports.web.recommendations')}</label>
      <p className="muted" id="f-text-hint">
        {t('reports.web.recommendationsHint')}
      </p>
      <textarea
        id="f-text"
        aria-describedby="f-text-hint"
        rows={4}
        maxLength={4000}
        value={draft ?? stored.data?.text ?? ''}
        onChange={(e) => setDraft(e.target.value)}
      />
      <ErrorSummary error={failure ?? stored.error} />
      {saved && <Notice>{t('reports.web.recommendationsSaved')}</Notice>}
      <button type="submit" disabled={stored.loading}>
        {t('reports.web.saveRecommendations')}
      </button>
    </form>
  );
}

/** Where a refused value is, in the file's own terms: "Line 3, value", or the file as a whole. */
function placeOf(i18n: I18n, path: string): string {
  const field = path.replace(/^body\./, '');
  const line = uploadLineOf(field);
  const column = /\.(metric|on|value)$/.exec(field)?.[1] as 'metric' | 'on' | 'value' | undefined;
  if (line === null) return i18n.t('reports.web.uploadFileIssue');
  const name = column ? i18n.t(`reports.web.uploadColumn.${column}`) : '';
  return i18n.t('reports.web.uploadLine', { line, column: name });
}

/** What is wrong with a value, in the reader's language. */
function problemOf(locale: Locale, issue: FieldIssue): string {
  const catalog: Readonly<Record<string, string>> = catalogs[locale];
  const key = [`reports.metricIssue.${issue.issue}`, `reports.upload.${issue.issue}`].find(
    (k) => k in catalog,
  );
  const text = key ? catalog[key] : undefined;
  return text !== undefined
    ? interpolate(text, issue.params ?? {})
    : (issueText(locale, issue) ?? issue.message);
}

/** The metrics upload: a CSV file in a language, stored whole or refused with each bad line. */
export function MetricsUpload(props: { contractId: string; onUploaded(): void }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [lang, setLang] = useState<Locale>(locale);
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const upload = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setDone(null);
    setFailure(null);
    try {
      const stored = await reportsApi.uploadMetrics(props.contractId, await file.text(), lang);
      setDone(t('reports.web.uploaded', stored));
      props.onUploaded();
    } catch (error) {
      setFailure(asApiError(error));
    }
  };
  const refused = failure?.fields ?? [];
  return (
    <form className="stack" onSubmit={upload}>
      <h3>{t('reports.web.upload')}</h3>
      <p className="muted">{t('reports.web.uploadHint')}</p>
      <label>
        {t('reports.web.uploadFile')}
        <input
          type="file"
          accept=".csv,text/csv"
          required
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <label>
        {t('reports.web.uploadLanguage')}
        <select value={lang} onChange={(e) => setLang(e.target.value as Locale)}>
          {locales.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('reports.web.uploadSend')}</button>
      {done && <Notice>{done}</Notice>}
      {refused.length > 0 ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">{t('reports.web.uploadRefused')}</p>
          <ul className="alert__fields">
            {refused.map((issue) => (
              <li key={`${issue.path}|${issue.message}`}>
                {placeOf(i18n, issue.path)}: {problemOf(locale, issue)}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <ErrorSummary error={failure} />
      )}
    </form>
  );
}
