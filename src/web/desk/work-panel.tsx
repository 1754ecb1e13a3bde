/**
 * What staff do to a ticket besides writing: change its status (only the moves the status
 * machine allows), its criticality and its answer (seed 002's five, which settle the hour bank),
 * and log time, seeing the plan's charge rules before saving and the charge with its reasons after.
 */
import { type FormEvent, useState } from 'react';
import { allowedTransitions, type TicketStatus } from '../../domain/tickets/status.js';
import { criticalities, requestOutcomes, supportLevels } from '../../domain/tickets/vocabulary.js';
import type { Locale } from '../../i18n/index.js';
import { type Charge, type Contract, desk, type TicketDetail } from '../api/desk.js';
import { parseDecimal } from '../format.js';
import { RuleList, useReasonText } from '../hour-bank/charge.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { useAction } from '../ui/use-action.js';
import { hoursText, outcomeText } from './words.js';

/** A labelled choice with a save button, enabled once the choice differs from what is saved. */
function ChoiceForm(props: {
  label: string;
  options: readonly { value: string; label: string }[];
  saved: string;
  busy: boolean;
  onSave(value: string): void;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState(props.saved);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSave(value);
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <label className="field">
        <span className="field__label">{props.label}</span>
        <select className="input" value={value} onChange={(e) => setValue(e.target.value)}>
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="button button--secondary"
        disabled={props.busy || value === props.saved}
      >
        {t('common.save')}
      </button>
    </form>
  );
}

/** Status buttons, the criticality and level pickers and seed 002's answer (saving it settles the hour bank). */
export function StatusPanel(props: {
  detail: TicketDetail;
  onChanged(detail: TicketDetail, message: string): void;
}) {
  const { t } = useI18n();
  const { ticket } = props.detail;
  const action = useAction();
  const moves: readonly TicketStatus[] = allowedTransitions[ticket.status];
  const move = (status: TicketStatus) =>
    void action.run(
      () => desk.setStatus(ticket.id, status),
      (detail) =>
        props.onChanged(detail, t('ticket.statusChanged', { status: t(`status.${status}`) })),
    );
  const update = (changes: Parameters<typeof desk.update>[1], message: string) =>
    void action.run(
      () => desk.update(ticket.id, changes),
      (detail) => props.onChanged(detail, message),
    );
  return (
    <section className="card" aria-labelledby="status-title">
      <h2 id="status-title">{t('ticket.status.title')}</h2>
      <ErrorSummary error={action.error} />
      <p>
        {t('ticket.status.current')} <strong>{t(`status.${ticket.status}`)}</strong>
      </p>
      {moves.length === 0 ? (
        <p className="muted">{t('ticket.status.final')}</p>
      ) : (
        <div className="button-row">
          {moves.map((status) => (
            <button
              key={status}
              type="button"
              className="button button--secondary button--small"
              disabled={action.busy}
              onClick={() => move(status)}
            >
              {t(`ticket.moveTo.${status}`)}
            </button>
          ))}
        </div>
      )}
      <ChoiceForm
        label={t('ticket.field.criticality')}
        options={criticalities.map((c) => ({ value: c, label: t(`criticality.${c}`) }))}
        saved={ticket.criticality}
        busy={action.busy}
        onSave={(value) =>
          update(
            { criticality: criticalities.find((c) => c === value) },
            t('ticket.criticalityChanged'),
          )
        }
      />
      <ChoiceForm
        label={t('ticket.field.level')}
        options={supportLevels.map((l) => ({ value: l, label: l }))}
        saved={ticket.level}
        busy={action.busy}
        onSave={(value) =>
          update({ level: supportLevels.find((l) => l === value) }, t('ticket.levelChanged'))
        }
      />
      <ChoiceForm
        label={t('ticket.field.outcome')}
        options={['', ...requestOutcomes].map((o) => ({ value: o, label: outcomeText(t, o) }))}
        saved={ticket.outcome ?? ''}
        busy={action.busy}
        onSave={(value) =>
          update(
            { outcome: requestOutcomes.find((o) => o === value) ?? null },
            t('ticket.outcomeChanged'),
          )
        }
      />
    </section>
  );
}

function ChargeResult({ charge }: { charge: Charge }) {
  const i18n = useI18n();
  const reasonText = useReasonText();
  return (
    <div className="alert alert--success" role="status">
      <p className="alert__title">
        {i18n.t('time.charged', { hours: hoursText(i18n, charge.minutes) })}
        {charge.approvalRequired && ` · ${i18n.t('time.pendingApproval')}`}
      </p>
      {charge.reasons.length > 0 && (
        <ul className="rules">
          {charge.reasons.map((reason) => (
            <li key={reason.code} data-code={reason.code}>
              {reasonText(reason)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The most one time entry may hold (the API's limit): a day. */
const maxEntryMinutes = 24 * 60;

/** Minutes from hours (decimals allowed, "1,5") and minutes typed apart; NaN unless both read. */
export function typedMinutes(locale: Locale, hoursTyped: string, minutesTyped: string): number {
  const hours = hoursTyped.trim() === '' ? 0 : parseDecimal(locale, hoursTyped);
  const minutes = minutesTyped.trim() === '' ? 0 : Number(minutesTyped.trim());
  if (!(hours >= 0) || !Number.isInteger(minutes) || minutes < 0 || minutes > 59) return Number.NaN;
  return Math.round(hours * 60) + minutes;
}

/** One part of a time entry (hours or minutes), described by the entry's shared hint. */
export function TimePart(props: {
  id: string;
  /** The shared hint's id (the time entry's by default). */
  hintId?: string;
  label: string;
  decimals: boolean;
  value: string;
  invalid: boolean;
  onChange(value: string): void;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        className="input input--number"
        inputMode={props.decimals ? 'decimal' : 'numeric'}
        value={props.value}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.hintId ?? 'time-hours-hint'}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

/** Time logging with the contract's charge rules shown first. */
export function TimePanel(props: {
  ticketId: string;
  contract: Contract | undefined;
  onLogged(): void;
}) {
  const { t, locale } = useI18n();
  const action = useAction();
  const [hoursTyped, setHoursTyped] = useState('');
  const [minutesTyped, setMinutesTyped] = useState('');
  const [firstContact, setFirstContact] = useState(false);
  const [note, setNote] = useState('');
  const [on, setOn] = useState('');
  const [charge, setCharge] = useState<Charge | null>(null);
  const [problem, setProblem] = useState<'time.hoursInvalid' | 'time.tooLong' | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const minutes = typedMinutes(locale, hoursTyped, minutesTyped);
    const fault =
      Number.isNaN(minutes) || minutes < 1
        ? 'time.hoursInvalid'
        : minutes > maxEntryMinutes
          ? 'time.tooLong'
          : null;
    setProblem(fault);
    if (fault) return;
    setCharge(null);
    void action.run(
      () =>
        desk.logTime(props.ticketId, {
          minutes,
          firstContact,
          note: note.trim() || null,
          ...(on ? { on } : {}),
        }),
      (result) => {
        setCharge(result.charge);
        setHoursTyped('');
        setNote('');
        props.onLogged();
        setMinutesTyped('');
      },
    );
  };
  return (
    <section className="card" aria-labelledby="time-title">
      <h2 id="time-title">{t('time.title')}</h2>
      {props.contract && (
        <div className="rules-box">
          <p className="field__hint">{t('time.rulesIntro', { contract: props.contract.name })}</p>
          <RuleList rules={props.contract.plan.consumption} />
        </div>
      )}
      <ErrorSummary error={action.error} />
      <form className="form" onSubmit={submit} noValidate>
        <div className="time-fields">
          <TimePart
            id="time-hours"
            label={t('time.hours')}
            decimals
            value={hoursTyped}
            invalid={problem !== null}
            onChange={setHoursTyped}
          />
          <TimePart
            id="time-minutes"
            label={t('time.minutes')}
            decimals={false}
            value={minutesTyped}
            invalid={problem !== null}
            onChange={setMinutesTyped}
          />
        </div>
        <p className={problem ? 'field-error' : 'field__hint'} id="time-hours-hint">
          {problem ? t(problem) : t('time.hoursHint')}
        </p>
        <div className="field field--narrow">
          <label className="field__label" htmlFor="time-on">
            {t('time.on')}
          </label>
          <input
            id="time-on"
            className="input"
            type="date"
            value={on}
            aria-describedby="time-on-hint"
            onChange={(e) => setOn(e.target.value)}
          />
          <p className="field__hint" id="time-on-hint">
            {t('time.onHint')}
          </p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="time-note">
            {t('time.note')}
          </label>
          <textarea
            id="time-note"
            className="input textarea"
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={firstContact}
            onChange={(e) => setFirstContact(e.target.checked)}
          />
          <span>{t('time.firstContact')}</span>
        </label>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={action.busy}>
            {action.busy ? t('common.saving') : t('time.log')}
          </button>
        </div>
      </form>
      {charge && <ChargeResult charge={charge} />}
    </section>
  );
}
