/**
 * The ticket table of the queue and the portal: whole rows open the ticket (the subject stays a
 * real link for the keyboard and new tabs), headers sort when the list can sort, and rows can be
 * picked for a bulk change when the list allows it.
 */
import type { MouseEvent } from 'react';
import type { QueueSort, SortDirection } from '../../domain/tickets/queue.js';
import type { TicketSummary } from '../api/desk.js';
import { Countdown, SlaBadge, useNow } from '../desk/sla.js';
import { kindText } from '../desk/words.js';
import { type I18n, useI18n } from '../i18n.js';
import { Link, navigate } from '../router.js';
import { Instant } from '../ui/instant.js';
import { TableRegion } from '../ui/page.js';
import { EmptyRow } from '../ui/table.js';

/** How the table is sorted and how to sort it by a column. */
export interface TableSort {
  sort: QueueSort;
  direction: SortDirection;
  sortBy(sort: QueueSort): void;
}

/** The picked rows and how to pick them. */
export interface TableSelection {
  picked: ReadonlySet<string>;
  toggle(ids: readonly string[], on: boolean): void;
}

interface ColumnDef {
  label: string;
  sort?: QueueSort;
  numeric?: boolean;
  staffOnly?: boolean;
}

function columns(t: I18n['t']): ColumnDef[] {
  return [
    { label: t('queue.col.number'), sort: 'number', numeric: true },
    { label: t('queue.col.subject'), sort: 'subject' },
    { label: t('queue.col.client'), sort: 'client', staffOnly: true },
    { label: t('queue.col.criticality'), sort: 'criticality' },
    { label: t('queue.col.status'), sort: 'status' },
    { label: t('queue.col.assignee'), sort: 'assignee', staffOnly: true },
    { label: t('queue.col.sla'), sort: 'urgency' },
    { label: t('queue.col.left'), numeric: true },
    { label: t('queue.col.due'), sort: 'due' },
  ];
}

function SortHeader({ column, sort }: { column: ColumnDef; sort: TableSort | undefined }) {
  const className = column.numeric ? 'numeric' : undefined;
  if (!sort || !column.sort)
    return (
      <th scope="col" className={className}>
        {column.label}
      </th>
    );
  const active = sort.sort === column.sort;
  const direction = sort.direction === 'asc' ? 'ascending' : 'descending';
  const by = column.sort;
  return (
    <th scope="col" className={className} aria-sort={active ? direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => sort.sortBy(by)}>
        {column.label}
        <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

/** Opens the ticket on a click anywhere in its row, except on its own controls. */
function openOnClick(to: string) {
  return (event: MouseEvent<HTMLTableRowElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest('a, button, input, label')) return;
    if (event.metaKey || event.ctrlKey) window.open(to, '_blank');
    else navigate(to);
  };
}

function Row(props: {
  ticket: TicketSummary;
  now: number;
  to: string;
  staff: boolean;
  selection: TableSelection | undefined;
}) {
  const { t } = useI18n();
  const { ticket, selection } = props;
  return (
    <tr data-ticket={ticket.number} className="row--link" onClick={openOnClick(props.to)}>
      {selection && (
        <td>
          <input
            type="checkbox"
            aria-label={t('queue.pick', { number: ticket.number })}
            checked={selection.picked.has(ticket.id)}
            onChange={(e) => selection.toggle([ticket.id], e.target.checked)}
          />
        </td>
      )}
      <td className="numeric mono">#{ticket.number}</td>
      <th scope="row" className="table__primary">
        <Link to={props.to}>{ticket.subject}</Link>
        <span className="table__sub">{kindText(t, ticket.classification)}</span>
      </th>
      {props.staff && <td>{ticket.clientName}</td>}
      <td>
        <span className={`crit crit--${ticket.criticality}`}>
          {t(`criticality.${ticket.criticality}`)}
        </span>
      </td>
      <td>
        {t(`status.${ticket.status}`)}
        {props.staff && ticket.escalatedAt && (
          <span className="badge badge--warning">{t('queue.escalated')}</span>
        )}
      </td>
      {props.staff && <td>{ticket.assigneeName ?? t('queue.unassigned')}</td>}
      <td>
        <SlaBadge state={ticket.slaState} />
      </td>
      <td className="numeric">
        <Countdown due={ticket.slaDueAt} state={ticket.slaState} now={props.now} />
      </td>
      <td className="nowrap">
        {ticket.slaDueAt ? <Instant at={ticket.slaDueAt} /> : t('common.none')}
      </td>
    </tr>
  );
}

/** The table; `staff` adds client and assignee columns, `sort` and `selection` their controls. */
export function TicketTable(props: {
  tickets: readonly TicketSummary[] | undefined;
  loading: boolean;
  label: string;
  staff?: boolean;
  sort?: TableSort;
  selection?: TableSelection;
  linkTo(ticket: TicketSummary): string;
}) {
  const { t } = useI18n();
  const now = useNow();
  const staff = props.staff ?? false;
  const shown = columns(t).filter((column) => staff || !column.staffOnly);
  const tickets = props.tickets ?? [];
  const ids = tickets.map((ticket) => ticket.id);
  const { selection } = props;
  const allPicked = ids.length > 0 && ids.every((id) => selection?.picked.has(id));
  return (
    <TableRegion label={props.label}>
      <table className="table table--dense queue" aria-busy={props.loading}>
        <thead>
          <tr>
            {selection && (
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={t('queue.pickAll')}
                  checked={allPicked}
                  onChange={(e) => selection.toggle(ids, e.target.checked)}
                />
              </th>
            )}
            {shown.map((column) => (
              <SortHeader key={column.label} column={column} sort={props.sort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {tickets.map((ticket) => (
            <Row
              key={ticket.id}
              ticket={ticket}
              now={now}
              to={props.linkTo(ticket)}
              staff={staff}
              selection={selection}
            />
          ))}
          {props.tickets?.length === 0 && (
            <EmptyRow columns={shown.length + (selection ? 1 : 0)}>{t('queue.empty')}</EmptyRow>
          )}
        </tbody>
      </table>
    </TableRegion>
  );
}
