/**
 * The client portal: "My tickets" (the list and the form to open a ticket on one of the
 * client's contracts) and "Hours" (each contract's hour bank; the decision-maker approves or
 * rejects pending consumption there).
 */
import { desk } from '../api/desk.js';
import { HourBank } from '../hour-bank/hour-bank.js';
import { useI18n } from '../i18n.js';
import { Reports } from '../reports/reports.js';
import { usePath } from '../router.js';
import { useMe } from '../session.js';
import { OpenPanelButton, useCreatePanel } from '../ui/create-panel.js';
import { ErrorSummary } from '../ui/errors.js';
import { Notice, PageHeader } from '../ui/page.js';
import { useLoad } from '../ui/use-load.js';
import { NewTicketForm } from './new-ticket-form.js';
import { Pager } from './pager.js';
import { useRefresh } from './queue.js';
import { apiQuery, queueSearch, useQueueState } from './queue-query.js';
import { TicketTable } from './ticket-table.js';

/** "My tickets": the client's tickets a page at a time (page and sort in the address) and the form to open one. */
export function PortalTicketsPage() {
  const { t } = useI18n();
  const panel = useCreatePanel();
  const path = usePath();
  const list = useQueueState(path);
  const { state } = list;
  const tickets = useLoad(() => desk.tickets(apiQuery(state)), [queueSearch(state)]);
  const contracts = useLoad(() => desk.contracts(), []);
  useRefresh(tickets.reload);
  const noContract = contracts.data?.length === 0;
  return (
    <>
      <PageHeader
        title={t('portal.tickets.title')}
        intro={t('portal.tickets.intro')}
        actions={!noContract && <OpenPanelButton panel={panel} label={t('portal.new')} />}
      />
      {noContract && <p className="muted page-note">{t('portal.noContract')}</p>}
      {panel.creating && contracts.data && (
        <NewTicketForm
          contracts={contracts.data}
          onCancel={panel.close}
          onCreated={(ticket) => {
            panel.finish(t('portal.created', { number: ticket.number }));
            tickets.reload();
          }}
        />
      )}
      {panel.notice && <Notice>{panel.notice}</Notice>}
      <ErrorSummary error={tickets.error ?? contracts.error} />
      <TicketTable
        tickets={tickets.data?.tickets}
        loading={tickets.loading}
        label={t('portal.tickets.title')}
        sort={{ sort: state.sort, direction: state.direction, sortBy: list.sortBy }}
        linkTo={(ticket) => `/portal/tickets/${ticket.id}`}
      />
      {tickets.data && (
        <Pager page={state.page} total={tickets.data.total} goToPage={list.goToPage} />
      )}
    </>
  );
}

/** "Hours": the hour bank of each of the client's contracts. */
export function PortalHoursPage() {
  const { t } = useI18n();
  const me = useMe();
  const contracts = useLoad(() => desk.contracts(), []);
  const canDecide = me.user.role === 'client_decision_maker';
  return (
    <>
      <PageHeader title={t('portal.hours.title')} intro={t('portal.hours.intro')} />
      <ErrorSummary error={contracts.error} />
      {contracts.data?.length === 0 && <p className="muted">{t('portal.noContract')}</p>}
      {(contracts.data ?? []).map((contract) => (
        <section key={contract.id} className="contract-bank" aria-labelledby={`c-${contract.id}`}>
          <h2 id={`c-${contract.id}`} className="section-title">
            {contract.name}
          </h2>
          <HourBank contractId={contract.id} canDecide={canDecide} ledger={false} />
          {canDecide && <Reports contractId={contract.id} canIssue={false} />}
        </section>
      ))}
    </>
  );
}
