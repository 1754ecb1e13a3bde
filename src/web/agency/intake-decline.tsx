/**
 * Declining an activity of the intake (seed 004 §3.1): out of scope, with the agency's estimate
 * (it becomes a draft quote at the plan's rate for the decision-maker), or off the focus agreed,
 * each with its reason.
 */
import { type FormEvent, useState } from 'react';
import { type AgencyBoard, agency } from '../api/agency.js';
import { minutesFromHours } from '../format.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { SelectField, TextField } from '../ui/field.js';
import { useAction } from '../ui/use-action.js';

type Activity = AgencyBoard['activities'][number];

/** The decline panel of one activity waiting for the agency. */
export function IntakeDecline(props: {
  contractId: string;
  activity: Activity;
  onDeclined(title: string): void;
}) {
  const { t, locale } = useI18n();
  const action = useAction();
  const [kind, setKind] = useState<'out_of_scope' | 'off_focus'>('out_of_scope');
  const [reason, setReason] = useState('');
  const [hours, setHours] = useState('');
  const { activity } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const choice =
      kind === 'off_focus'
        ? { kind, reason }
        : { kind, reason, estimatedMinutes: minutesFromHours(locale, hours) };
    void action.run(
      () => agency.decide(props.contractId, activity.id, choice),
      () => props.onDeclined(activity.title),
    );
  };
  const title = t('agency.decline.title', { title: activity.title });
  return (
    <details className="intake-decline">
      <summary>{t('agency.decline.open')}</summary>
      <ErrorSummary error={action.error} />
      <form className="form" onSubmit={submit} noValidate aria-label={title}>
        <SelectField
          path="choice.kind"
          label={t('agency.decline.kind')}
          scope={activity.id}
          error={action.error}
          value={kind}
          onChange={(value) => setKind(value === 'off_focus' ? 'off_focus' : 'out_of_scope')}
          choices={(['out_of_scope', 'off_focus'] as const).map((value) => ({
            value,
            label: t(`agency.choice.${value}`),
          }))}
        />
        <TextField
          path="choice.reason"
          label={t('agency.decline.reason')}
          scope={activity.id}
          error={action.error}
          value={reason}
          onChange={setReason}
        />
        {kind === 'out_of_scope' && (
          <TextField
            path="choice.estimatedMinutes"
            label={t('agency.decline.hours')}
            hint={t('agency.decline.hoursHint')}
            scope={activity.id}
            error={action.error}
            value={hours}
            onChange={setHours}
          />
        )}
        <button
          type="submit"
          className="button button--small button--secondary"
          disabled={action.busy}
        >
          {t('agency.decline.submit')}
        </button>
      </form>
    </details>
  );
}
