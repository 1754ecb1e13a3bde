/**
 * The agent queue: tickets most urgent first (the API's order), each with its SLA state in
 * colour and words and a live countdown, filters by status, SLA state and text, and a refresh
 * every 30 seconds.
 */
import { useEffect, useRef, useState } from 'react';
import { ticketStatuses } from '../../domain/tickets/status.js';
import { desk, slaStates, type Ticket } from '../api/desk.js';
import { Countdown, SlaBadge, useNow } from '../desk/sla.js';
import { kindText } from '../desk/words.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { ErrorSummary } from '../ui/errors.js';
import { Instant } from '../ui/instant.js';
import { PageHeader, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useLoad } from '../ui/use-load.js';

const refreshMs = 30_000;

/** Reloads `reload` every 30 s while the page is open, skipping the beats when `when()` says no. */
export function useRefresh(reload: () => void, when: () => boolean = () => true) {
  const whenRef = useRef(when);
  whenRef.current = when;
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (whenRef.current()) reload();
    }, refreshMs);
    return () => window.clearInterval(timer);
  }, [reload]);
}

/** A ticket's row of the queue (also used by the portal list with fewer columns). */
function QueueRow({ ticket, now, to }: { ticket: Ticket; now: number; to: string }) {
  const { t } = useI18n();
  return (
    <tr data-ticket={ticket.number}>
      <td className="numeric mono">#{ticket.number}</td>
      <th scope="row" className="table__primary">
        <Link to={to}>{ticket.subject}</Link>
        <span className="table__sub">{kindText(t, ticket.classification)}</span>
      </th>
      <td>
        <span className={`crit crit--${ticket.criticality}`}>
          {t(`criticality.${ticket.criticality}`)}
        </span>
      </td>
      <td>{t(`status.${ticket.status}`)}</td>
      <td>
        <SlaBadge state={ticket.slaState} />
      </td>
      <td className="numeric">
        <Countdown due={ticket.slaDueAt} state={ticket.slaState} now={now} />
      </td>
      <td className="nowrap">
        {ticket.slaDueAt ? <Instant at={ticket.slaDueAt} /> : t('common.none')}
      </td>
    </tr>
  );
}

/** The ticket table of the queue and the portal; `linkTo` makes each ticket's address. */
export function TicketTable(props: {
  tickets: readonly Ticket[] | undefined;
  loading: boolean;
  label: string;
  linkTo(ticket: Ticket): string;
}) {
  const { t } = useI18n();
  const now = useNow();
  return (
    <TableRegion label={props.label}>
      <table className="table table--dense queue" aria-busy={props.loading}>
        <TableHead
          columns={[
            { label: t('queue.col.number'), numeric: true },
            t('queue.col.subject'),
            t('queue.col.criticality'),
            t('queue.col.status'),
            t('queue.col.sla'),
            { label: t('queue.col.left'), numeric: true },
            t('queue.col.due'),
          ]}
        />
        <tbody>
          {(props.tickets ?? []).map((ticket) => (
            <QueueRow key={ticket.id} ticket={ticket} now={now} to={props.linkTo(ticket)} />
          ))}
          {props.tickets?.length === 0 && <EmptyRow columns={7}>{t('queue.empty')}</EmptyRow>}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** The queue page (provider staff). */
export function QueuePage() {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const [slaState, setSlaState] = useState('');
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(text.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [text]);
  const tickets = useLoad(() => desk.tickets({ status, slaState, q }), [status, slaState, q]);
  useRefresh(tickets.reload);
  return (
    <>
      <PageHeader title={t('queue.title')} intro={t('queue.intro')} />
      <ErrorSummary error={tickets.error} />
      <div className="filters__grid queue-filters">
        <label className="toolbar__field">
          <span className="toolbar__label">{t('queue.filter.status')}</span>
          <select className="input" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('queue.filter.any')}</option>
            {ticketStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__field">
          <span className="toolbar__label">{t('queue.filter.sla')}</span>
          <select className="input" value={slaState} onChange={(e) => setSlaState(e.target.value)}>
            <option value="">{t('queue.filter.any')}</option>
            {slaStates.map((s) => (
              <option key={s} value={s}>
                {t(`sla.state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__field">
          <span className="toolbar__label">{t('queue.filter.text')}</span>
          <input
            className="input"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
      </div>
      <p className="muted page-note" aria-live="polite">
        {tickets.data && t('queue.count', { count: tickets.data.length })} {t('queue.refresh')}
      </p>
      <TicketTable
        tickets={tickets.data}
        loading={tickets.loading}
        label={t('queue.title')}
        linkTo={(ticket) => `/tickets/${ticket.id}`}
      />
    </>
  );
}
