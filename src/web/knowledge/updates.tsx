/**
 * The updates section of the help centre (seed 001: "Mantenerte al día sobre las nuevas
 * funciones"): the platform's release notes in the page's language, newest first, each with the
 * day it was published in the viewer's time zone; and, for the client's and the partner's
 * people, the switch to receive each new one by mail.
 */
import type { ContentLanguage } from '../../domain/knowledge/index.js';
import { contacts } from '../api/contacts.js';
import { knowledge } from '../api/knowledge.js';
import { dayOfInstantIn, viewerTimeZone } from '../format.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { useSession } from '../session.js';
import { ErrorSummary } from '../ui/errors.js';
import { useAction } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';

/** The roles that subscribe themselves (the API's `updates.subscribe`). */
const subscriberRoles = ['client_requester', 'client_decision_maker', 'partner_agent'];

function SubscriptionSwitch() {
  const { t } = useI18n();
  const subscription = useLoad(() => contacts.updateSubscription(), []);
  const action = useAction();
  const current = subscription.data;
  if (!current) return <ErrorSummary error={subscription.error} />;
  const toggle = () =>
    action.run(() => contacts.subscribeToUpdates(!current.subscribed), subscription.set);
  return (
    <div className="form">
      <ErrorSummary error={action.error} />
      <p className="muted">
        {current.subscribed
          ? t('knowledge.updates.subscribed', { email: current.email ?? '' })
          : t('knowledge.updates.notSubscribed')}
      </p>
      <button
        type="button"
        className={`button ${current.subscribed ? 'button--secondary' : 'button--primary'}`}
        disabled={action.busy}
        onClick={toggle}
      >
        {t(current.subscribed ? 'knowledge.updates.unsubscribe' : 'knowledge.updates.subscribe')}
      </button>
    </div>
  );
}

/** The help centre's updates: published release notes in `language`, and the mail switch. */
export function UpdatesSection({ language }: { language: ContentLanguage }) {
  const { t, locale } = useI18n();
  const { state } = useSession();
  const updates = useLoad(() => knowledge.articles('update'), []);
  const zone = viewerTimeZone();
  const shown = (updates.data ?? [])
    .filter((u) => u.language === language && u.status === 'published' && u.visibility === 'public')
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
  const subscribes = state.status === 'signed_in' && subscriberRoles.includes(state.me.user.role);
  return (
    <section className="card card--stack" aria-labelledby="help-updates">
      <h2 id="help-updates">{t('knowledge.updates.title')}</h2>
      <ErrorSummary error={updates.error} />
      {subscribes && <SubscriptionSwitch />}
      {shown.length === 0 && !updates.loading && (
        <p className="muted">{t('knowledge.updates.none')}</p>
      )}
      <ul className="help-list">
        {shown.map((update) => (
          <li key={update.id}>
            <Link to={`/help/${update.language}/${update.slug}`}>{update.title}</Link>
            {update.publishedAt !== null && (
              <p className="muted">
                <time dateTime={update.publishedAt}>
                  {dayOfInstantIn(locale, update.publishedAt, zone)}
                </time>
              </p>
            )}
            {update.summary && <p>{update.summary}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
