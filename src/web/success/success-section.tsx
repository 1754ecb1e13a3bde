/**
 * A contract's customer success (seeds 001 and 002), on the contract page and in the portal:
 * the CSM (or the partner that is an indirect client's first line), the meetings with their
 * agenda, minutes and, for a planning meeting, the consumption it forecasts, and the account
 * requests. Account managers assign the CSM, schedule meetings, record minutes and decide
 * requests; the client's decision-maker (or its partner) asks for changes.
 */
import { type FormEvent, useState } from 'react';
import { api } from '../api/endpoints.js';
import { type AccountRequest, success } from '../api/success.js';
import { calendarDate } from '../format.js';
import { useI18n } from '../i18n.js';
import { useMe } from '../session.js';
import { ErrorSummary } from '../ui/errors.js';
import { SelectField, TextField } from '../ui/field.js';
import { Instant } from '../ui/instant.js';
import { Notice } from '../ui/page.js';
import { useAction as useShared } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';
import type { Run } from './inputs.js';
import { MeetingForm } from './meeting-form.js';
import { MeetingItem } from './meeting-item.js';

/** Runs a call through the shared {@link useShared}, keeping a notice of success. */
function useAction(onDone: () => void) {
  const shared = useShared();
  const [notice, setNotice] = useState<string | null>(null);
  const run: Run = (call, done) =>
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
