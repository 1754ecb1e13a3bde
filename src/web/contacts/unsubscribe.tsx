/**
 * The page an unsubscribe link opens, for anyone holding the link (no sign-in). It asks for one
 * click before withdrawing (mail scanners open links too), then says what was withdrawn.
 */
import { useState } from 'react';
import { contacts, type Unsubscribed } from '../api/contacts.js';
import { useI18n } from '../i18n.js';
import { SignedOutCard } from '../identity/signed-out-card.js';
import { ErrorSummary } from '../ui/errors.js';
import { useAction } from '../ui/use-action.js';

/** The unsubscribe page of the link whose token is `token`. */
export function UnsubscribePage({ token }: { token: string }) {
  const { t } = useI18n();
  const [done, setDone] = useState<Unsubscribed | null>(null);
  const { busy, error, run } = useAction();
  const invalid = error?.status === 404;
  return (
    <SignedOutCard title={t('unsubscribe.title')}>
      {done ? (
        <div role="status">
          <p className="alert alert--info">{t('unsubscribe.done')}</p>
          <dl className="facts">
            <dt>{t('unsubscribe.purpose')}</dt>
            <dd>{t(`communications.purpose.${done.purpose}`)}</dd>
            <dt>{t('unsubscribe.channel')}</dt>
            <dd>{t(`communications.channel.${done.channel}`)}</dd>
          </dl>
        </div>
      ) : invalid ? (
        <p className="alert alert--error" role="alert">
          {t('communications.unsubscribe.invalid')}
        </p>
      ) : (
        <>
          <p className="muted">{t('unsubscribe.intro')}</p>
          <ErrorSummary error={error} />
          <button
            type="button"
            className="button button--primary button--block"
            disabled={busy}
            onClick={() => void run(() => contacts.unsubscribe(token), setDone)}
          >
            {t('unsubscribe.confirm')}
          </button>
        </>
      )}
    </SignedOutCard>
  );
}
