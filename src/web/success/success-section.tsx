/**
 * A contract's customer success (seeds 001 and 002), on the contract page and in the portal:
 * the CSM (or the partner that is an indirect client's first line), the meetings with their
 * agenda, minutes and, for a planning meeting, the consumption it forecasts, and the account
 * requests. Account managers assign the CSM, schedule meetings, record minutes and decide
 * requests; the client's decision-maker (or its partner) asks for changes.
 */
import { type FormEvent, useState } from 'react';
import { api } from '../api/endpoints.js';
import { type AccountRequest, type Meeting, success } from '../api/success.js';
import { hoursText } from '../desk/words.js';
import { calendarDate, instantOfWallTime } from '../format.js';
import { useI18n } from '../i18n.js';
import { useMe } from '../session.js';
import { ErrorSummary } from '../ui/errors.js';
import { SelectField, TextField } from '../ui/field.js';
import { Instant } from '../ui/instant.js';
import { Notice } from '../ui/page.js';
import { useAction as useShared } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Runs a call through the shared {@link useShared}, keeping a notice of success. */
function useAction(onDone: () => void) {
  const shared = useShared();
  const [notice, setNotice] = useState<string | null>(null);
  const run = (call: () => Promise<unknown>, done: string) =>
    shared.run(call, () => {
      setNotice(done);
      onDone();
    });
  return { error: shared.error, notice, run };
}

/** The contract's customer-success card. */
export function SuccessSection({ contractId, title }: { contractId: string; title?: string }) {
  const { t } = useI18n();
  const { role } = useMe().user;
  const manages = role === 'provider_admin' || role === 'account_manager';
  const asks =
    manages || role === 'agent' || role === 'client_decision_maker' || role === 'partner_agent';
  const view = useLoad(() => success.get(contractId), [contractId]);
  const action = useAction(() => view.reload());
  const data = view.data;
  return (
    <section className="card card--stack" aria-labelledby={`success-${contractId}`}>
      <h2 id={`success-${contractId}`}>{title ?? t('success.title')}</h2>
      <ErrorSummary error={view.error ?? action.error} />
      {action.notice && <Notice>{action.notice}</Notice>}
      {data && (
        <>
          <p>
            <strong>{t('success.csm')}: </strong>
            {data.firstLine === 'csm' && data.csm
              ? `${data.csm.name} <${data.csm.email}>`
              : data.firstLine === 'partner'
                ? t('success.csm.partner', { partner: data.partnerName ?? '' })
                : t('success.csm.none')}
          </p>
          {manages && data.firstLine !== 'partner' && (
            <CsmForm contractId={contractId} run={action.run} />
          )}
          <h3>{t('success.meetings')}</h3>
          {data.suggestedQuarterly && (
            <p className="muted">
              {t('success.meetings.suggested')}{' '}
              <Instant at={data.suggestedQuarterly.start} zone={data.timeZone} />
            </p>
          )}
          <ul className="stack">
            {data.meetings.map((meeting) => (
              <MeetingItem
                key={meeting.id}
                contractId={contractId}
                meeting={meeting}
                manages={manages}
                run={action.run}
              />
            ))}
          </ul>
          {manages && <MeetingForm contractId={contractId} zone={data.timeZone} run={action.run} />}
          <h3>{t('success.requests')}</h3>
          <ul className="stack">
            {data.requests.map((request) => (
              <RequestItem
                key={request.id}
                contractId={contractId}
                request={request}
                manages={manages}
                run={action.run}
              />
            ))}
          </ul>
          {asks && <RequestForm contractId={contractId} run={action.run} />}
        </>
      )}
    </section>
  );
}

type Run = ReturnType<typeof useAction>['run'];

function CsmForm({ contractId, run }: { contractId: string; run: Run }) {
  const { t } = useI18n();
  const users = useLoad(() => api.users().catch(() => []), []);
  const managers = (users.data ?? []).filter((u) => u.role === 'account_manager' && u.active);
  const [csm, setCsm] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = managers.find((u) => u.id === csm)?.name ?? '';
    void run(() => success.assignCsm(contractId, csm), t('success.csm.assigned', { name }));
  };
  return (
    <form className="form form--inline" onSubmit={submit}>
      <SelectField
        path="csmUserId"
        label={t('success.csm.user')}
        error={null}
        value={csm}
        onChange={setCsm}
        choices={[
          { value: '', label: '—' },
          ...managers.map((u) => ({ value: u.id, label: u.name })),
        ]}
      />
      <button type="submit" className="button" disabled={csm === ''}>
        {t('success.csm.assign')}
      </button>
    </form>
  );
}

function MeetingItem(props: { contractId: string; meeting: Meeting; manages: boolean; run: Run }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { meeting } = props;
  const [notes, setNotes] = useState('');
  const [decisions, setDecisions] = useState('');
  const hours = (minutes: number) => hoursText(i18n, minutes);
  return (
    <li className="card card--flat">
      <p>
        <strong>{t(`customerSuccess.meeting.${meeting.kind}`)}</strong> ·{' '}
        <Instant at={meeting.start} zone={meeting.timeZone} /> ·{' '}
        {t(`success.meetingStatus.${meeting.status}`)}
      </p>
      <ol>
        {meeting.agenda.map((item, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: agenda items have no id and never move
          <li key={n}>{'key' in item ? t(item.key as 'success.title') : item.text}</li>
        ))}
      </ol>
      {meeting.attendees.length > 0 && (
        <p className="muted">
          {t('success.meetings.attendees')}:{' '}
          {meeting.attendees.map((a) => a.name ?? a.email).join(', ')}
        </p>
      )}
      {meeting.forecast && (
        <p>
          {t('success.meetings.forecast', {
            forecast: hours(meeting.forecast.forecastMinutes),
            available: hours(meeting.forecast.availableMinutes),
            shortfall: hours(meeting.forecast.shortfallMinutes),
            idle: hours(meeting.forecast.idleMinutes),
          })}
        </p>
      )}
      {meeting.minutes && (
        <div>
          <p>{meeting.minutes.notes}</p>
          <ul>
            {meeting.minutes.decisions.map((decision) => (
              <li key={decision}>{decision}</li>
            ))}
          </ul>
        </div>
      )}
      {props.manages && meeting.status === 'scheduled' && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void props.run(
              () => success.recordMinutes(props.contractId, meeting.id, notes, lines(decisions)),
              t('success.meetings.minutesRecorded'),
            );
          }}
        >
          <TextField
            path="notes"
            label={t('success.meetings.notes')}
            error={null}
            value={notes}
            onChange={setNotes}
          />
          <TextField
            path="decisions"
            label={t('success.meetings.decisions')}
            error={null}
            value={decisions}
            onChange={setDecisions}
          />
          <button type="submit" className="button button--secondary">
            {t('success.meetings.recordMinutes')}
          </button>
        </form>
      )}
    </li>
  );
}

function MeetingForm({ contractId, zone, run }: { contractId: string; zone: string; run: Run }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<'quarterly_review' | 'monthly_planning'>('monthly_planning');
  const [start, setStart] = useState('');
  const [minutes, setMinutes] = useState('120');
  const [agenda, setAgenda] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () =>
        success.schedule(contractId, {
          kind,
          start: start === '' ? '' : instantOfWallTime(start, zone),
          minutes: Number(minutes),
          agenda: lines(agenda),
        }),
      t('success.meetings.scheduled'),
    );
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('success.meetings.new')}>
      <SelectField
        path="kind"
        label={t('success.meetings.kind')}
        error={null}
        value={kind}
        onChange={(value) => setKind(value as typeof kind)}
        choices={(['monthly_planning', 'quarterly_review'] as const).map((value) => ({
          value,
          label: t(`customerSuccess.meeting.${value}`),
        }))}
      />
      <TextField
        path="start"
        type="datetime-local"
        label={t('success.meetings.start', { zone })}
        error={null}
        value={start}
        onChange={setStart}
      />
      <TextField
        path="minutes"
        label={t('success.meetings.minutes')}
        error={null}
        value={minutes}
        onChange={setMinutes}
      />
      <TextField
        path="agenda"
        label={t('success.meetings.agenda')}
        error={null}
        value={agenda}
        onChange={setAgenda}
      />
      <button type="submit" className="button">
        {t('success.meetings.new')}
      </button>
    </form>
  );
}

function RequestItem(props: {
  contractId: string;
  request: AccountRequest;
  manages: boolean;
  run: Run;
}) {
  const { t, locale } = useI18n();
  const { request } = props;
  const [note, setNote] = useState('');
  const next =
    request.status === 'open'
      ? (['accepted', 'declined'] as const)
      : request.status === 'accepted'
        ? (['done', 'declined'] as const)
        : [];
  const label = {
    accepted: 'success.requests.accept',
    declined: 'success.requests.decline',
    done: 'success.requests.done',
  } as const;
  return (
    <li className="card card--flat">
      <p>
        <strong>{t(`customerSuccess.request.${request.kind}`)}</strong> ·{' '}
        {t(`success.requestStatus.${request.status}`)} ·{' '}
        {t('success.requests.dueOn', { date: calendarDate(locale, request.answerDueOn) })}
      </p>
      <p>{request.description}</p>
      <ul>
        {request.steps.map((step) => (
          <li key={`${step.status}-${step.at}`}>
            {t(`success.requestStatus.${step.status}`)} · <Instant at={step.at} />
            {step.note !== '' && ` · ${step.note}`}
          </li>
        ))}
      </ul>
      {props.manages && next.length > 0 && (
        <div className="form form--inline">
          <TextField
            path="note"
            label={t('success.requests.note')}
            error={null}
            value={note}
            onChange={setNote}
          />
          {next.map((status) => (
            <button
              key={status}
              type="button"
              className="button button--secondary"
              onClick={() =>
                void props.run(
                  () => success.move(props.contractId, request.id, status, note),
                  t(`success.requestStatus.${status}`),
                )
              }
            >
              {t(label[status])}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}

function RequestForm({ contractId, run }: { contractId: string; run: Run }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<'parameter_change' | 'additional_services' | 'renewal'>(
    'parameter_change',
  );
  const [description, setDescription] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => success.raise(contractId, { kind, description }), t('success.requests.raised'));
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('success.requests.new')}>
      <SelectField
        path="kind"
        label={t('success.requests.kind')}
        error={null}
        value={kind}
        onChange={(value) => setKind(value as typeof kind)}
        choices={(['parameter_change', 'additional_services', 'renewal'] as const).map((value) => ({
          value,
          label: t(`customerSuccess.request.${value}`),
        }))}
      />
      <TextField
        path="description"
        label={t('success.requests.description')}
        error={null}
        value={description}
        onChange={setDescription}
      />
      <button type="submit" className="button">
        {t('success.requests.new')}
      </button>
    </form>
  );
}
