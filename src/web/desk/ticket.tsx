/**
 * One ticket: its header, the conversation with the reply box, the history and the SLA panel;
 * those who work it (provider staff and the managing partner) also get notes, assignment,
 * status, criticality and level changes; provider staff log time and see the time entries with
 * their charge; the partner escalates to the provider.
 */
import { useState } from 'react';
import { desk, type TicketDetail } from '../api/desk.js';
import { Conversation, ReplyBox } from '../desk/conversation.js';
import { SlaPanel } from '../desk/sla-panel.js';
import { StatusPanel, TimePanel } from '../desk/work-panel.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { useMe } from '../session.js';
import { ErrorSummary } from '../ui/errors.js';
import { Notice, PageHeader } from '../ui/page.js';
import { useLoad } from '../ui/use-load.js';
import { hasDraft } from './drafts.js';
import { EscalatePanel } from './escalate-panel.js';
import { EstimatePanel } from './estimate-panel.js';
import { History } from './history.js';
import { useRefresh } from './queue.js';
import { TicketHeader } from './ticket-header.js';
import { TimeEntries } from './time-entries.js';

function send(id: string, kind: 'reply' | 'wait' | 'resolve' | 'note', body: string) {
  if (kind === 'note') return desk.note(id, { body });
  const status = kind === 'wait' ? 'waiting_client' : kind === 'resolve' ? 'resolved' : undefined;
  return desk.reply(id, body, status);
}

/** The ticket page; `staff` for the agent console, `back` is the list it came from. */
export function TicketPage({ id, staff, back }: { id: string; staff: boolean; back: string }) {
  const { t, locale } = useI18n();
  const me = useMe();
  const partner = me.user.role === 'partner_agent';
  const provider = staff && !partner;
  const [notice, setNotice] = useState<string | null>(null);
  const detail = useLoad(() => desk.ticket(id, locale), [id, locale]);
  const contractId = detail.data?.ticket.contractId;
  const contract = useLoad(
    () => (staff && contractId ? desk.contract(contractId) : Promise.resolve(undefined)),
    [staff, contractId],
  );
  useRefresh(detail.reload, () => !hasDraft(id));
  // the server names everyone the ticket mentions, for every role (clients cannot list users)
  const people = new Map((detail.data?.people ?? []).map((person) => [person.id, person]));
  const names = new Map([...people.values()].map((person) => [person.id, person.name]));
  const changed = (next: TicketDetail, message: string) => {
    detail.set(next);
    setNotice(message);
  };
  const data = detail.data;
  const missing = !data && detail.error?.code === 'not_found';
  const title = data
    ? t('ticket.title', { number: data.ticket.number, subject: data.ticket.subject })
    : missing
      ? t('ticket.notFound')
      : t(detail.error ? 'common.errorSummary' : 'app.loading');
  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>← {t('ticket.back')}</Link>
      </p>
      <PageHeader title={title} />
      {missing ? <p>{t('ticket.notFoundBody')}</p> : <ErrorSummary error={detail.error} />}
      {notice && <Notice>{notice}</Notice>}
      {data && (
        <div className="ticket-layout">
          <div className="ticket-layout__main">
            <TicketHeader
              detail={data}
              works={staff}
              onChanged={(next) => changed(next, t('ticket.assigneeChanged'))}
            />
            <Conversation messages={data.messages} people={people} timeZone={data.timeZone} />
            <ReplyBox
              ticketId={id}
              staff={staff}
              closed={data.ticket.status === 'closed'}
              send={(kind, body) => send(id, kind, body)}
              onSent={changed}
            />
            {provider && <TimeEntries entries={data.timeEntries} names={names} />}
            <History lines={data.history} names={names} timeZone={data.timeZone} />
          </div>
          <aside className="ticket-layout__side">
            <SlaPanel sla={data.sla} timeZone={data.timeZone} />
            {staff && <StatusPanel key={data.ticket.updatedAt} detail={data} onChanged={changed} />}
            {partner && <EscalatePanel detail={data} onChanged={changed} />}
            {provider && (
              <TimePanel ticketId={id} contract={contract.data} onLogged={detail.reload} />
            )}
            {provider && <EstimatePanel ticketId={id} />}
          </aside>
        </div>
      )}
    </>
  );
}
