/**
 * The contact's addresses suppressed for campaign mail after a hard bounce (a 5.x.x report or an
 * SMTP 5xx refusal) or soft bounces in a row: when, why, the status; lifted ones with when;
 * administrators lift one, confirming it first.
 */
import { useState } from 'react';
import { softBounceLimit } from '../../domain/communications/suppression.js';
import { campaigns, type Suppression } from '../api/campaigns.js';
import { useI18n } from '../i18n.js';
import { ConfirmButton } from '../ui/confirm-button.js';
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
  const [lifted, setLifted] = useState<string | null>(null);
  const lift = (s: Suppression) =>
    run(
      () => campaigns.liftSuppression(props.contactId, s.address),
      (rows) => {
        list.set(rows);
        setLifted(s.address);
      },
    );
  return (
    <>
      <ErrorSummary error={list.error ?? error} />
      {lifted !== null && (
        <p className="alert alert--info" role="status">
          {t('campaigns.suppressions.liftedNow', { address: lifted })}
        </p>
      )}
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
            <td>
              {t(`campaigns.suppressions.${s.reason}`, {
                status: s.status,
                count: softBounceLimit,
              })}
            </td>
            <td>
              {s.liftedAt !== null ? (
                <Instant at={s.liftedAt} />
              ) : (
                props.canLift && (
                  <ConfirmButton
                    label={t('campaigns.suppressions.lift')}
                    ariaLabel={t('campaigns.suppressions.liftOf', { address: s.address })}
                    confirmAriaLabel={t('campaigns.suppressions.confirmLift', {
                      address: s.address,
                    })}
                    busy={busy}
                    onConfirm={() => lift(s)}
                  />
                )
              )}
            </td>
          </tr>
        ))}
      />
    </>
  );
}
