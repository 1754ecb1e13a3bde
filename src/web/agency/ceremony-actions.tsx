/**
 * The agency's actions on one ceremony of its board: move it by agreement (a new local time in
 * the contract's zone, and why), cancel it before it is held (why: attendees get a cancellation),
 * or write its minutes once it has begun (a summary and one decision per line).
 */
import { type FormEvent, useState } from 'react';
import { instantOfLocalTime } from '../../domain/time/index.js';
import { type AgencyBoard, agency } from '../api/agency.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { TextField } from '../ui/field.js';
import { useAction } from '../ui/use-action.js';

type Ceremony = AgencyBoard['ceremonies'][number];
type Step = 'move' | 'cancel' | 'minutes';

/** The manage panel of a ceremony for the agency's staff; `now` decides which steps apply. */
export function CeremonyActions(props: {
  board: AgencyBoard;
  ceremony: Ceremony;
  now: number;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const { board, ceremony } = props;
  const action = useAction();
  const [step, setStep] = useState<Step>('move');
  const [when, setWhen] = useState('');
  const [text, setText] = useState('');
  const [decisions, setDecisions] = useState('');
  if (ceremony.cancellation) return null;
  const begun = Date.parse(ceremony.start) <= props.now;
  const steps: Step[] = begun ? ['move', 'minutes'] : ['move', 'cancel'];
  const contractId = board.account.contractId;
  const key = ceremony.key;
  const calls: Record<Step, () => Promise<unknown>> = {
    move: () => {
      const [date = '', time = ''] = when.split('T');
      const start = when === '' ? '' : instantOfLocalTime(date, time, board.timeZone).toISOString();
      return agency.moveCeremony(contractId, { key, start, reason: text });
    },
    cancel: () => agency.cancelCeremony(contractId, { key, reason: text }),
    minutes: () =>
      agency.recordMinutes(contractId, {
        key,
        summary: text,
        decisions: decisions
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
        attended: [],
      }),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(calls[step], () => {
      setText('');
      setDecisions('');
      props.onChanged();
    });
  };
  const label = t(`agency.ceremony.${ceremony.kind}`);
  return (
    <details className="ceremony-actions">
      <summary>{t('agency.manage.title', { ceremony: label })}</summary>
      <ErrorSummary error={action.error} />
      <form
        className="form"
        onSubmit={submit}
        noValidate
        aria-label={t('agency.manage.title', { ceremony: label })}
      >
        <fieldset>
          <legend>{t('agency.manage.what')}</legend>
          {steps.map((value) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name={`step-${key}`}
                value={value}
                checked={step === value}
                onChange={() => setStep(value)}
              />
              {t(`agency.manage.${value}`)}
            </label>
          ))}
        </fieldset>
        {step === 'move' && (
          <TextField
            path="start"
            type="datetime-local"
            label={t('agency.manage.newStart', { zone: board.timeZone })}
            scope={key}
            error={action.error}
            value={when}
            onChange={setWhen}
          />
        )}
        <TextField
          path={step === 'minutes' ? 'summary' : 'reason'}
          label={t(step === 'minutes' ? 'agency.manage.summary' : 'agency.manage.reason')}
          scope={key}
          error={action.error}
          value={text}
          onChange={setText}
        />
        {step === 'minutes' && (
          <TextField
            path="decisions"
            label={t('agency.manage.decisions')}
            hint={t('agency.manage.decisionsHint')}
            optional
            scope={key}
            error={action.error}
            value={decisions}
            onChange={setDecisions}
          />
        )}
        <button
          type="submit"
          className="button button--small button--primary"
          disabled={action.busy}
        >
          {t(`agency.manage.submit.${step}`)}
        </button>
      </form>
    </details>
  );
}
