/**
 * The agent queue: a page of the tickets the reader serves, most urgent first unless another
 * column is sorted, with filters, search, sort and page all kept in the address; whole rows open
 * the ticket; picked rows take a bulk change; agents open tickets for a client's requester.
 * Refreshed every 30 seconds.
 */
import { useEffect, useRef, useState } from 'react';
import { isProviderRole } from '../../domain/identity/roles.js';
import { type BulkResult, desk } from '../api/desk.js';
import { api } from '../api/endpoints.js';
import { useI18n } from '../i18n.js';
import { usePath } from '../router.js';
import { useMe } from '../session.js';
import { OpenPanelButton, useCreatePanel } from '../ui/create-panel.js';
import { ErrorSummary } from '../ui/errors.js';
import { Notice, PageHeader } from '../ui/page.js';
import { useLoad } from '../ui/use-load.js';
import { BulkBar, BulkRefused } from './bulk-bar.js';
import { NewTicketForm } from './new-ticket-form.js';
import { Pager } from './pager.js';
import { QueueFilters } from './queue-filters.js';
import { apiQuery, queueSearch, useQueueState } from './queue-query.js';
import { TicketTable } from './ticket-table.js';

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

/** The people tickets can be given to: active provider staff and partner agents in reach. */
function usePeople() {
  return useLoad(
    () =>
      api
        .users()
        .then((users) =>
          users.filter((u) => u.active && (isProviderRole(u.role) || u.role === 'partner_agent')),
        ),
    [],
  );
}

/** The queue page of the agent console (provider staff, and a partner's first line). */
export function QueuePage() {
  const { t } = useI18n();
  const me = useMe();
  const path = usePath();
  const partner = me.user.role === 'partner_agent';
  const queue = useQueueState(path);
  const { state } = queue;
  const search = queueSearch(state);
  const tickets = useLoad(() => desk.tickets(apiQuery(state)), [search]);
  const contracts = useLoad(() => desk.contracts(), []);
  const clients = useLoad(
    () => api.organisations().then((orgs) => orgs.filter((o) => o.kind === 'client')),
    [],
  );
  const people = usePeople();
  const panel = useCreatePanel();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [refused, setRefused] = useState<BulkResult>([]);
  useRefresh(tickets.reload);
  const page = tickets.data;
  const numbers = new Map((page?.tickets ?? []).map((ticket) => [ticket.id, ticket.number]));
  const toggle = (ids: readonly string[], on: boolean) =>
    setPicked((now) => {
      const next = new Set(now);
      for (const id of ids) on ? next.add(id) : next.delete(id);
      return next;
    });
  return (
    <>
      <PageHeader
        title={t(partner ? 'queue.partnerTitle' : 'queue.title')}
        intro={t(partner ? 'queue.partnerIntro' : 'queue.intro')}
        actions={<OpenPanelButton panel={panel} label={t('newTicket.onBehalf')} />}
      />
      {panel.creating && contracts.data && (
        <NewTicketForm
          contracts={contracts.data}
          onBehalf
          onCancel={panel.close}
          onCreated={(ticket) => {
            panel.finish(t('portal.created', { number: ticket.number }));
            tickets.reload();
          }}
        />
      )}
      {panel.notice && <Notice>{panel.notice}</Notice>}
      <ErrorSummary error={tickets.error} />
      <QueueFilters
        state={state}
        clients={clients.data ?? []}
        contracts={contracts.data ?? []}
        people={people.data ?? []}
        onChange={queue.filter}
      />
      <p className="muted page-note">{t('queue.refresh')}</p>
      <BulkRefused refused={refused} numbers={numbers} />
      {picked.size > 0 && (
        <BulkBar
          picked={[...picked]}
          people={people.data ?? []}
          onDone={(notChanged) => {
            setRefused(notChanged);
            setPicked(new Set());
            tickets.reload();
          }}
        />
      )}
      <TicketTable
        tickets={page?.tickets}
        loading={tickets.loading}
        label={t('queue.title')}
        staff
        sort={{ sort: state.sort, direction: state.direction, sortBy: queue.sortBy }}
        selection={{ picked, toggle }}
        linkTo={(ticket) => `/tickets/${ticket.id}`}
      />
      {page && <Pager page={state.page} total={page.total} goToPage={queue.goToPage} />}
    </>
  );
}
