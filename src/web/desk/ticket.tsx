/**
 * One ticket: its facts, the conversation with the reply box, and the SLA panel; provider staff
 * also get internal notes, status and criticality changes and time logging.
 */
import { useState } from 'react';
import { desk, type TicketDetail } from '../api/desk.js';
import { api } from '../api/endpoints.js';
import { Conversation, ReplyBox } from '../desk/conversation.js';
import { SlaBadge } from '../desk/sla.js';
import { SlaPanel } from '../desk/sla-panel.js';
import { kindText } from '../desk/words.js';
import { StatusPanel, TimePanel } from '../desk/work-panel.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { ErrorSummary } from '../ui/errors.js';
import { Instant } from '../ui/instant.js';
import { Notice, PageHeader } from '../ui/page.js';
import { useLoad } from '../ui/use-load.js';
import { hasDraft } from './drafts.js';
import { useRefresh } from './queue.js';

function send(id: string, kind: 'reply' | 'wait' | 'resolve' | 'note', body: string) {
  if (kind === 'note') return desk.note(id, body);
  const status = kind === 'wait' ? 'waiting_client' : kind === 'resolve' ? 'resolved' : undefined;
  return desk.reply(id, body, status);
}

function Facts({ detail }: { detail: TicketDetail }) {
  const { t } = useI18n();
  const { ticket } = detail;
  return (
    <dl className="facts card">
      <div>
        <dt>{t('queue.col.status')}</dt>
        <dd data-testid="ticket-status">{t(`status.${ticket.status}`)}</dd>
      </div>
      <div>
        <dt>{t('queue.col.sla')}</dt>
        <dd>
          <SlaBadge state={ticket.slaState} />
        </dd>
      </div>
      <div>
        <dt>{t('queue.col.criticality')}</dt>
        <dd>
          <span className={`crit crit--${ticket.criticality}`}>
            {t(`criticality.${ticket.criticality}`)}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t('ticket.field.kind')}</dt>
        <dd>{kindText(t, ticket.classification)}</dd>
      </div>
      <div>
        <dt>{t('ticket.opened')}</dt>
        <dd>
          <Instant at={ticket.openedAt} zone={detail.timeZone} />
        </dd>
      </div>
    </dl>
  );
}

/** The ticket page; `staff` for the agent console, `back` is the list it came from. */
export function TicketPage({ id, staff, back }: { id: string; staff: boolean; back: string }) {
  const { t, locale } = useI18n();
  const [notice, setNotice] = useState<string | null>(null);
  const detail = useLoad(() => desk.ticket(id, locale), [id, locale]);
  const users = useLoad(() => api.users().catch(() => []), []);
  const contractId = detail.data?.ticket.contractId;
  const contract = useLoad(
    () => (staff && contractId ? desk.contract(contractId) : Promise.resolve(undefined)),
    [staff, contractId],
  );
  useRefresh(detail.reload, () => !hasDraft(id));
  const names = new Map((users.data ?? []).map((u) => [u.id, u.name]));
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
            <Facts detail={data} />
            <Conversation messages={data.messages} names={names} timeZone={data.timeZone} />
            <ReplyBox
              ticketId={id}
              staff={staff}
              closed={data.ticket.status === 'closed'}
              send={(kind, body) => send(id, kind, body)}
              onSent={changed}
            />
          </div>
          <aside className="ticket-layout__side">
            <SlaPanel sla={data.sla} timeZone={data.timeZone} />
            {staff && <StatusPanel key={data.ticket.updatedAt} detail={data} onChanged={changed} />}
            {staff && <TimePanel ticketId={id} contract={contract.data} />}
          </aside>
        </div>
      )}
    </>
  );
}
