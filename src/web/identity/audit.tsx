/** The audit log in words: filters, newest first, paged backwards with the API's `before` cursor. */
import { type FormEvent, useState } from 'react';
import { type AuditEntry, type AuditFilter, api } from '../api/endpoints.js';
import { type I18n, useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { ErrorSummary } from '../ui/errors.js';
import { SelectField, TextField } from '../ui/field.js';
import { Instant } from '../ui/instant.js';
import { PageHeader, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useLoad } from '../ui/use-load.js';
import { type RecordNames, recordKey, useRecordNames } from './audit-records.js';
import { readEntry, recordPath } from './audit-words.js';

const pageSize = 50;
const knownActions = [
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/users',
  'PATCH /api/users/:id',
  'POST /api/organisations',
  'POST /api/calendars',
  'PUT /api/calendars/:id',
  'POST /api/calendars/evaluate',
  'POST /api/tokens',
  'DELETE /api/tokens/:id',
];
const resourceTypes = ['auth', 'users', 'organisations', 'calendars', 'tokens'];

interface Draft {
  actorUserId: string;
  action: string;
  resourceType: string;
  resourceId: string;
  from: string;
  to: string;
}

const emptyDraft: Draft = {
  actorUserId: '',
  action: '',
  resourceType: '',
  resourceId: '',
  from: '',
  to: '',
};

/** A `datetime-local` value (browser time) as an ISO instant, or undefined when empty. */
function instant(local: string): string | undefined {
  if (local === '') return undefined;
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? local : at.toISOString();
}

function filterOf(draft: Draft): AuditFilter {
  return {
    actorUserId: draft.actorUserId || undefined,
    action: draft.action.trim() || undefined,
    resourceType: draft.resourceType || undefined,
    resourceId: draft.resourceId.trim() || undefined,
    from: instant(draft.from),
    to: instant(draft.to),
  };
}

function outcomeOf(entry: AuditEntry, t: I18n['t']): { className: string; text: string } {
  const status = entry.outcome;
  if (status !== null && status >= 500)
    return { className: 'badge--danger', text: t('audit.outcome.failed', { status }) };
  if (status !== null && status >= 400)
    return { className: 'badge--warning', text: t('audit.outcome.refused', { status }) };
  const text = entry.via === 'http' ? t('audit.outcome.done') : t(`audit.via.${entry.via}`);
  return { className: 'badge--success', text };
}

/** One entry as a sentence ("Diego Castro replied to ticket #12"), linked to its record. */
function AuditRow(props: {
  entry: AuditEntry;
  names: ReadonlyMap<string, string>;
  records: RecordNames | undefined;
}) {
  const { t } = useI18n();
  const { entry } = props;
  const { verb, actorId, refused, record } = readEntry(entry);
  const who = actorId
    ? (props.names.get(actorId) ?? t('audit.unknownUser'))
    : entry.via === 'http'
      ? t('audit.anonymous')
      : t('audit.system');
  const what = record
    ? ((record.type === 'users'
        ? props.names.get(record.id)
        : props.records?.get(recordKey(record))) ?? t('audit.someRecord'))
    : '';
  const said = verb
    ? t(`audit.do.${verb}`, { who, what })
    : t('audit.do.unknown', { who, action: entry.action });
  const sentence = refused ? t('audit.do.refused', { sentence: said }) : said;
  const path = record ? recordPath(record) : null;
  const outcome = outcomeOf(entry, t);
  return (
    <tr>
      <td className="nowrap">
        <Instant at={entry.at} />
      </td>
      <td title={entry.action}>{sentence}</td>
      <td>{record && (path ? <Link to={path}>{what}</Link> : what)}</td>
      <td>
        <span className={`badge ${outcome.className}`}>{outcome.text}</span>
      </td>
      <td className="mono">{entry.ip ?? t('common.none')}</td>
      <td className="mono" title={entry.requestId ?? undefined}>
        {entry.requestId?.slice(0, 8) ?? t('common.none')}
      </td>
    </tr>
  );
}

/** The audit log page (administrators). */
export function AuditPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [filter, setFilter] = useState<AuditFilter>({});
  const [cursors, setCursors] = useState<string[]>([]);
  const before = cursors.at(-1);
  const users = useLoad(() => api.users(), []);
  const entries = useLoad(
    () => api.audit({ ...filter, limit: pageSize, before }),
    [filter, before],
  );
  const names = new Map((users.data ?? []).map((u) => [u.id, u.name]));
  const rows = entries.data ?? [];
  const records = useRecordNames(
    rows.flatMap((entry) => readEntry(entry).record ?? []),
    i18n,
  );
  const last = rows.at(-1);

  const field = (key: keyof Draft) => ({
    path: `querystring.${key}`,
    error: entries.error,
    value: draft[key],
    onChange: (value: string) => setDraft({ ...draft, [key]: value }),
  });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter(filterOf(draft));
    setCursors([]);
  };
  const clear = () => {
    setDraft(emptyDraft);
    setFilter({});
    setCursors([]);
  };

  return (
    <>
      <PageHeader title={t('audit.title')} intro={t('audit.intro')} />
      <form className="card filters" onSubmit={apply} aria-label={t('audit.filters')}>
        <div className="filters__grid">
          <SelectField
            {...field('actorUserId')}
            label={t('audit.filter.actor')}
            choices={[
              { value: '', label: t('audit.filter.anyone') },
              ...(users.data ?? []).map((u) => ({ value: u.id, label: u.name })),
            ]}
          />
          <TextField
            {...field('action')}
            label={t('audit.filter.action')}
            hint={t('audit.filter.actionHint')}
            list="audit-actions"
            placeholder="POST /api/users"
          />
          <SelectField
            {...field('resourceType')}
            label={t('audit.filter.resourceType')}
            choices={[
              { value: '', label: t('audit.filter.anyType') },
              ...resourceTypes.map((type) => ({ value: type, label: type })),
            ]}
          />
          <TextField {...field('resourceId')} label={t('audit.filter.resourceId')} />
          <TextField {...field('from')} label={t('audit.filter.from')} type="datetime-local" />
          <TextField {...field('to')} label={t('audit.filter.to')} type="datetime-local" />
        </div>
        <datalist id="audit-actions">
          {knownActions.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t('audit.filter.apply')}
          </button>
          <button type="button" className="button button--secondary" onClick={clear}>
            {t('audit.filter.clear')}
          </button>
        </div>
      </form>
      <ErrorSummary error={entries.error ?? users.error} />
      <TableRegion label={t('audit.title')}>
        <table className="table table--dense" aria-busy={entries.loading}>
          <TableHead
            columns={[
              t('audit.col.at'),
              t('audit.col.what'),
              t('audit.col.resource'),
              t('audit.col.outcome'),
              t('audit.col.ip'),
              t('audit.col.requestId'),
            ]}
          />
          <tbody>
            {rows.map((entry) => (
              <AuditRow key={entry.id} entry={entry} names={names} records={records.data} />
            ))}
            {entries.data?.length === 0 && <EmptyRow columns={6}>{t('audit.empty')}</EmptyRow>}
          </tbody>
        </table>
      </TableRegion>
      <nav className="pager" aria-label={t('audit.pagination')}>
        <button
          type="button"
          className="button button--secondary"
          disabled={cursors.length === 0}
          onClick={() => setCursors([])}
        >
          {t('audit.newest')}
        </button>
        <span className="muted">{t('audit.page', { page: cursors.length + 1 })}</span>
        <button
          type="button"
          className="button button--secondary"
          disabled={rows.length < pageSize || !last}
          onClick={() => last && setCursors([...cursors, last.id])}
        >
          {t('audit.older')}
        </button>
      </nav>
    </>
  );
}
