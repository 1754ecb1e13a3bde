/**
 * The contact's addresses suppressed for campaign mail after a hard bounce (a 5.x.x report or an
 * SMTP 5xx refusal): when, why, the status; lifted ones with when; administrators lift one.
 */
import { campaigns, type Suppression } from '../api/campaigns.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { Instant } from '../ui/instant.js';
import { useAction } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';
import { Section } from './contact-activity.js';

/** The suppressions of the contact `contactId`; `canLift` for administrators. */
export function ContactSuppressions(props: { contactId: string; canLift: boolean }) {
  const { t } = useI18n();
  const list = useLoad(() => campaigns.suppressionsOf(props.contactId), [props.contactId]);
  const { busy, error, run } = useAction();
  const lift = (s: Suppression) =>
    void run(() => campaigns.liftSuppression(props.contactId, s.address), list.set);
  return (
    <>
      <ErrorSummary error={list.error ?? error} />
      <Section
        title={t('campaigns.suppressions.title')}
        columns={[
          t('campaigns.suppressions.address'),
          t('campaigns.suppressions.since'),
          t('campaigns.suppressions.reason'),
          t('campaigns.suppressions.lifted'),
        ]}
        rows={(list.data ?? []).map((s) => (
          <tr key={`${s.address}|${s.suppressedAt}`}>
            <th scope="row">{s.address}</th>
            <td>
              <Instant at={s.suppressedAt} />
            </td>
            <td>{t(`campaigns.suppressions.${s.reason}`, { status: s.status })}</td>
            <td>
              {s.liftedAt !== null ? (
                <Instant at={s.liftedAt} />
              ) : (
                props.canLift && (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={busy}
                    onClick={() => lift(s)}
                  >
                    {t('campaigns.suppressions.lift')}
                  </button>
                )
              )}
            </td>
          </tr>
        ))}
      />
    </>
  );
}
