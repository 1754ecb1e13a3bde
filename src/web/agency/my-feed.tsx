/** The signed-in user's own agency calendar URL: made (again) and revoked from their account. */
import { useState } from 'react';
import { agency } from '../api/agency.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { TextField } from '../ui/field.js';
import { Notice } from '../ui/page.js';
import { useAction } from '../ui/use-action.js';

/** A section: the URL is shown once, right after it is made; making a new one ends the old. */
export function MyCalendarFeed() {
  const { t } = useI18n();
  const { busy, error, run } = useAction();
  const [url, setUrl] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const issue = () =>
    run(
      () => agency.issueMyFeed(),
      (issued) => {
        setNotice(null);
        setUrl(new URL(issued.path, window.location.origin).toString());
      },
    );
  const revoke = () =>
    run(
      () => agency.revokeMyFeed(),
      () => {
        setUrl(null);
        setNotice(t('agency.myFeed.revoked'));
      },
    );
  return (
    <section aria-labelledby="my-feed-title">
      <h2 id="my-feed-title">{t('agency.myFeed.title')}</h2>
      <p>{t('agency.myFeed.intro')}</p>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary error={error} />
      {url && (
        <TextField
          path="feedUrl"
          label={t('agency.myFeed.url')}
          error={null}
          readOnly
          value={url}
          onChange={() => {}}
        />
      )}
      <p>
        <button type="button" className="button" disabled={busy} onClick={() => void issue()}>
          {t('agency.myFeed.issue')}
        </button>{' '}
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => void revoke()}
        >
          {t('agency.myFeed.revoke')}
        </button>
      </p>
    </section>
  );
}
