/**
 * The bulk change of the queue: for the picked tickets, set a status, an assignee (me, nobody or
 * a colleague) or a criticality; each ticket is changed on its own, and the ones refused are
 * listed with the reason in the user's language.
 */
import { type FormEvent, useState } from 'react';
import { ticketStatuses } from '../../domain/tickets/status.js';
import { criticalities } from '../../domain/tickets/vocabulary.js';
import { errorText, type Locale, ruleText } from '../../i18n/index.js';
import { type BulkChange, type BulkResult, desk } from '../api/desk.js';
import type { User } from '../api/endpoints.js';
import { useI18n } from '../i18n.js';
import { useMe } from '../session.js';
import { ErrorSummary } from '../ui/errors.js';
import { useAction } from '../ui/use-action.js';

function changeOf(status: string, assignee: string, criticality: string, me: string): BulkChange {
  const change: BulkChange = {};
  const status_ = ticketStatuses.find((s) => s === status);
  if (status_) change.status = status_;
  if (assignee) change.assigneeId = assignee === 'none' ? null : assignee === 'me' ? me : assignee;
  const criticality_ = criticalities.find((c) => c === criticality);
  if (criticality_) change.criticality = criticality_;
  return change;
}

/** The bar above the table while tickets are picked. */
export function BulkBar(props: {
  picked: readonly string[];
  people: readonly User[];
  /** The change was applied; `refused` are the tickets it could not change. */
  onDone(refused: BulkResult): void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const [status, setStatus] = useState('');
  const [assignee, setAssignee] = useState('');
  const [criticality, setCriticality] = useState('');
  const action = useAction();
  const apply = (event: FormEvent) => {
    event.preventDefault();
    void action.run(
      () => desk.bulk(props.picked, changeOf(status, assignee, criticality, me.user.id)),
      (results) => props.onDone(results.filter((r) => !r.ok)),
    );
  };
  return (
    <form className="bulk-bar card" onSubmit={apply} aria-labelledby="bulk-title">
      <h2 id="bulk-title" className="bulk-bar__title">
        {t('bulk.title', { count: props.picked.length })}
      </h2>
      <ErrorSummary error={action.error} />
      <label className="toolbar__field">
        <span className="toolbar__label">{t('bulk.status')}</span>
        <select className="input" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t('bulk.keep')}</option>
          {ticketStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar__field">
        <span className="toolbar__label">{t('bulk.assignee')}</span>
        <select className="input" value={assignee} onChange={(e) => setAssignee(e.target.value)}>
          <option value="">{t('bulk.keep')}</option>
          <option value="me">{t('ticket.assign.me')}</option>
          <option value="none">{t('queue.unassigned')}</option>
          {props.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar__field">
        <span className="toolbar__label">{t('bulk.criticality')}</span>
        <select
          className="input"
          value={criticality}
          onChange={(e) => setCriticality(e.target.value)}
        >
          <option value="">{t('bulk.keep')}</option>
          {criticalities.map((c) => (
            <option key={c} value={c}>
              {t(`criticality.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="button button--primary"
        disabled={action.busy || (!status && !assignee && !criticality)}
      >
        {t('bulk.apply')}
      </button>
    </form>
  );
}

/** The tickets the last bulk change could not change, each with the reason in the user's language. */
export function BulkRefused(props: { refused: BulkResult; numbers: ReadonlyMap<string, string> }) {
  const { t, locale } = useI18n();
  if (props.refused.length === 0) return null;
  return (
    <ul className="bulk-refused alert alert--error" role="alert">
      {props.refused.map((r) => (
        <li key={r.ticketId}>
          {t('bulk.refused', {
            number: props.numbers.get(r.ticketId) ?? '?',
            reason: errorText(locale, r.code ?? 'rule_violation'),
          })}{' '}
          <RefusalDetail locale={locale} result={r} />
        </li>
      ))}
    </ul>
  );
}

/** Why one ticket was refused: the broken rule in the user's language, else the server's English. */
function RefusalDetail({ locale, result }: { locale: Locale; result: BulkResult[number] }) {
  const sentence = result.rule ? ruleText(locale, result.rule, result.params ?? {}) : null;
  if (sentence) return <span className="muted">{sentence}</span>;
  return (
    <span className="muted" lang="en">
      {result.message}
    </span>
  );
}
