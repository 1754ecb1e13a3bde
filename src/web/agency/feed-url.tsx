/**
 * A calendar feed's secret URL: made (shown once, with a copy button), maybe rotated, and
 * revoked after a confirmation. The user's own feed and each contract's feed use it.
 */
import { useState } from 'react';
import type { IssuedFeed } from '../api/agency.js';
import { useI18n } from '../i18n.js';
import { ConfirmButton } from '../ui/confirm-button.js';
import { ErrorSummary } from '../ui/errors.js';
import { TextField } from '../ui/field.js';
import { Notice } from '../ui/page.js';
import { useAction } from '../ui/use-action.js';

/** What one feed section says and calls; `query` is appended to the URL (e.g. its language). */
export interface FeedUrlTexts {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly url: string;
  readonly issue: string;
  readonly revoke: string;
  readonly revoked: string;
  readonly rotate?: string;
}

/** The section: `rotate` (when given) makes a new URL and ends every earlier one at once. */
export function FeedUrlSection(props: {
  texts: FeedUrlTexts;
  query?: string;
  issue(): Promise<IssuedFeed>;
  rotate?(): Promise<IssuedFeed>;
  revoke(): Promise<unknown>;
}) {
  const { t } = useI18n();
  const { texts } = props;
  const { busy, error, run } = useAction();
  const [url, setUrl] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const show = (issued: IssuedFeed) => {
    setNotice(null);
    setUrl(new URL(`${issued.path}${props.query ?? ''}`, window.location.origin).toString());
  };
  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text);
    setNotice(t('agency.feedUrl.copied'));
  };
  const { rotate } = props;
  return (
    <section className="card" aria-labelledby={texts.id}>
      <h2 id={texts.id}>{texts.title}</h2>
      <p>{texts.intro}</p>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary error={error} />
      {url && (
        <div className="inline-actions">
          <TextField
            path="feedUrl"
            scope={texts.id}
            label={texts.url}
            error={null}
            readOnly
            value={url}
            onChange={() => {}}
          />
          <button type="button" className="button button--secondary" onClick={() => void copy(url)}>
            {t('agency.feedUrl.copy')}
          </button>
        </div>
      )}
      <p className="inline-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void run(props.issue, show)}
        >
          {texts.issue}
        </button>
        {rotate && texts.rotate && (
          <ConfirmButton
            label={texts.rotate}
            ariaLabel={texts.rotate}
            confirmAriaLabel={t('agency.feedUrl.confirmRotate')}
            busy={busy}
            onConfirm={() => run(rotate, show)}
          />
        )}
        <ConfirmButton
          label={texts.revoke}
          ariaLabel={texts.revoke}
          confirmAriaLabel={t('agency.feedUrl.confirmRevoke')}
          busy={busy}
          onConfirm={() =>
            run(props.revoke, () => {
              setUrl(null);
              setNotice(texts.revoked);
            })
          }
        />
      </p>
    </section>
  );
}
