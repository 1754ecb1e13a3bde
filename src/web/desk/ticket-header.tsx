/**
 * The ticket's header: client, contract, requester, channel, kind, level, criticality, assignee
 * and status at a glance, with "assign to me" and the assignee picker for those who work it.
 */
import { desk, type TicketDetail } from '../api/desk.js';
import { useI18n } from '../i18n.js';
import { TicketQuoteMark } from '../quotes/ticket-mark.js';
import { useMe } from '../session.js';
import { ErrorSummary } from '../ui/errors.js';
import { Instant } from '../ui/instant.js';
import { useAction } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';
import { SlaBadge } from './sla.js';
import { kindText } from './words.js';

function Fact({ label, children, id }: { label: string; children: React.ReactNode; id?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={id}>{children}</dd>
    </div>
  );
}

/** Who works the ticket, and the controls to change it (for those who may). */
function AssigneeControl(props: { detail: TicketDetail; onChanged(detail: TicketDetail): void }) {
  const { t } = useI18n();
  const me = useMe();
  const { ticket } = props.detail;
  const people = useLoad(() => desk.assignees(ticket.id), [ticket.id]);
  const action = useAction();
  const assign = (assigneeId: string | null) =>
    void action.run(() => desk.update(ticket.id, { assigneeId }), props.onChanged);
  const canTake = people.data?.some((p) => p.id === me.user.id) ?? false;
  return (
    <div className="assignee">
      <ErrorSummary error={action.error} />
      <label className="sr-only" htmlFor="assignee-pick">
        {t('ticket.field.assignee')}
      </label>
      <select
        id="assignee-pick"
        className="input input--small"
        value={ticket.assigneeId ?? ''}
        onChange={(e) => assign(e.target.value || null)}
      >
        <option value="">{t('queue.unassigned')}</option>
        {(people.data ?? []).map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      {canTake && ticket.assigneeId !== me.user.id && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => assign(me.user.id)}
        >
          {t('ticket.assign.me')}
        </button>
      )}
    </div>
  );
}

/** The header facts; `works` adds the assignment controls. */
export function TicketHeader(props: {
  detail: TicketDetail;
  works: boolean;
  onChanged(detail: TicketDetail): void;
}) {
  const { t } = useI18n();
  const { ticket } = props.detail;
  return (
    <dl className="facts card ticket-header">
      <Fact label={t('ticket.field.client')}>{ticket.clientName}</Fact>
      <Fact label={t('ticket.field.contract')}>{ticket.contractName}</Fact>
      <Fact label={t('ticket.field.requester')} id="ticket-requester">
        {ticket.requesterName}
      </Fact>
      <Fact label={t('ticket.field.channel')}>{t(`channel.${ticket.channel}`)}</Fact>
      <Fact label={t('ticket.field.kind')}>{kindText(t, ticket.classification)}</Fact>
      <Fact label={t('ticket.field.level')}>{ticket.level}</Fact>
      <Fact label={t('queue.col.criticality')}>
        <span className={`crit crit--${ticket.criticality}`}>
          {t(`criticality.${ticket.criticality}`)}
        </span>
      </Fact>
      <Fact label={t('queue.col.status')} id="ticket-status">
        {t(`status.${ticket.status}`)}
        {ticket.escalatedAt && <span className="badge badge--warning">{t('queue.escalated')}</span>}
      </Fact>
      <Fact label={t('queue.col.sla')}>
        <SlaBadge state={ticket.slaState} />
      </Fact>
      <Fact label={t('ticket.field.assignee')} id="ticket-assignee">
        {props.works ? (
          <AssigneeControl detail={props.detail} onChanged={props.onChanged} />
        ) : (
          (ticket.assigneeName ?? t('queue.unassigned'))
        )}
      </Fact>
      <Fact label={t('ticket.opened')}>
        <Instant at={ticket.openedAt} zone={props.detail.timeZone} />
      </Fact>
      <TicketQuoteMark detail={props.detail} />
    </dl>
  );
}
