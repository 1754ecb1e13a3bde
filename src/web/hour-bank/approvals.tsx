/**
 * Consumption awaiting the client's approval, each item with what the decision-maker needs to
 * decide on the spot: the ticket (linked), the agent, the work note, the day worked, the minutes
 * worked and charged, the period and what approving does to the balance. Approving asks for
 * confirmation; rejecting asks for a reason, which the agent reads in the ledger.
 */
import { type FormEvent, useState } from 'react';
import { type Balance, desk, type TicketDetail, type Work } from '../api/desk.js';
import { hoursText, kindText } from '../desk/words.js';
import { calendarDate } from '../format.js';
import { type I18n, useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { useMe } from '../session.js';
import { ErrorSummary } from '../ui/errors.js';
import { Notice } from '../ui/page.js';
import { useAction } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';

type Pending = Balance['pending'][number];
type Decision = 'approved' | 'rejected';

/** The work behind each pending consumption and the tickets it was logged on. */
async function contextOf(contractId: string, pending: readonly Pending[], locale: I18n['locale']) {
  const ticketIds = [...new Set(pending.map((p) => p.ticketId))];
  const [work, tickets] = await Promise.all([
    desk.work(contractId),
    Promise.all(ticketIds.map((id) => desk.ticket(id, locale).catch(() => null))),
  ]);
  return {
    workByEntry: new Map(work.flatMap((w) => (w.ledgerEntryId ? [[w.ledgerEntryId, w]] : []))),
    tickets: new Map(tickets.flatMap((t) => (t ? [[t.ticket.id, t]] : []))),
  };
}

/** What approving `minutes` does to the hours usable now, in words. */
function effectText(i18n: I18n, minutes: number, usable: number): string {
  const { t } = i18n;
  if (minutes <= usable)
    return t('approval.effect.covered', {
      hours: hoursText(i18n, minutes),
      usable: hoursText(i18n, usable),
      left: hoursText(i18n, usable - minutes),
    });
  return t('approval.effect.overage', {
    hours: hoursText(i18n, minutes),
    usable: hoursText(i18n, usable),
    overage: hoursText(i18n, minutes - usable),
  });
}

function ItemContext(props: {
  item: Pending;
  balance: Balance;
  work: Work | undefined;
  ticket: TicketDetail | undefined;
  ticketPath: string;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { item, work, ticket, balance } = props;
  const agent = ticket?.people.find((person) => person.id === work?.createdBy);
  const period = t('approval.periodRange', {
    from: calendarDate(locale, balance.period.start),
    to: calendarDate(locale, balance.period.lastDay),
  });
  return (
    <dl className="approval__facts">
      <div>
        <dt>{t('approval.ticket')}</dt>
        <dd>
          <Link to={`${props.ticketPath}/${item.ticketId}`}>
            {ticket
              ? t('ticket.title', { number: ticket.ticket.number, subject: ticket.ticket.subject })
              : t('ticket.someTicket')}
          </Link>
        </dd>
      </div>
      <div>
        <dt>{t('approval.agent')}</dt>
        <dd>{agent?.name ?? t('ticket.someone')}</dd>
      </div>
      <div>
        <dt>{t('approval.work')}</dt>
        <dd>
          {t('approval.workDone', {
            kind: kindText(t, { kind: item.kind }),
            date: calendarDate(locale, work?.on ?? item.on),
            worked: hoursText(i18n, work?.workedMinutes ?? item.minutes),
            charged: hoursText(i18n, item.minutes),
          })}
        </dd>
      </div>
      <div>
        <dt>{t('approval.note')}</dt>
        <dd className="approval__note">{work?.note ?? t('approval.noNote')}</dd>
      </div>
      <div>
        <dt>{t('approval.period')}</dt>
        <dd>{period}</dd>
      </div>
      <div>
        <dt>{t('approval.effect')}</dt>
        <dd>{effectText(i18n, item.minutes, balance.availableMinutes)}</dd>
      </div>
    </dl>
  );
}

/** The confirmation step of a decision: approving confirms, rejecting asks for the reason. */
function ConfirmDecision(props: {
  item: Pending;
  decision: Decision;
  busy: boolean;
  onConfirm(reason: string | undefined): void;
  onCancel(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [reason, setReason] = useState('');
  const rejecting = props.decision === 'rejected';
  const fieldId = `reject-reason-${props.item.consumeId}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onConfirm(rejecting ? reason.trim() : undefined);
  };
  return (
    <form className="approval__confirm" onSubmit={submit}>
      {rejecting ? (
        <div className="field">
          <label className="field__label" htmlFor={fieldId}>
            {t('approval.reasonLabel')}
          </label>
          <textarea
            id={fieldId}
            className="input textarea"
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <p className="field__hint">{t('approval.reasonHint')}</p>
        </div>
      ) : (
        <p>{t('approval.confirmApprove', { hours: hoursText(i18n, props.item.minutes) })}</p>
      )}
      <span className="inline-actions">
        <button
          type="submit"
          className={`button button--small ${rejecting ? 'button--danger' : 'button--primary'}`}
          disabled={props.busy || (rejecting && reason.trim() === '')}
        >
          {t(rejecting ? 'approval.confirmReject' : 'approval.confirmApproveButton')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={props.onCancel}
        >
          {t('common.cancel')}
        </button>
      </span>
    </form>
  );
}

/** Consumption awaiting the client's approval with its context; buttons only when `canDecide`. */
export function PendingApprovals(props: {
  contractId: string;
  balance: Balance;
  canDecide: boolean;
  onDecided(): void;
}) {
  const { t, locale } = useI18n();
  const me = useMe();
  const { pending } = props.balance;
  const context = useLoad(
    () => contextOf(props.contractId, pending, locale),
    [props.contractId, props.balance, locale],
  );
  const action = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<{ consumeId: string; decision: Decision } | null>(
    null,
  );
  const ticketPath = me.organisation.kind === 'client' ? '/portal/tickets' : '/tickets';
  const decide = (consumeId: string, decision: Decision, reason: string | undefined) =>
    void action.run(
      () => desk.decide(props.contractId, consumeId, decision, reason),
      () => {
        setConfirming(null);
        setNotice(t(decision === 'approved' ? 'bank.approvedDone' : 'bank.rejectedDone'));
        props.onDecided();
      },
    );
  return (
    <section className="card" aria-labelledby="pending-title">
      <h2 id="pending-title">{t('bank.pendingTitle')}</h2>
      <ErrorSummary error={action.error ?? context.error} />
      {notice && <Notice>{notice}</Notice>}
      {pending.length === 0 && <p className="muted">{t('bank.noPending')}</p>}
      <ul className="pending-list">
        {pending.map((item) => (
          <li key={item.consumeId} className="pending-list__item approval">
            <ItemContext
              item={item}
              balance={props.balance}
              work={context.data?.workByEntry.get(item.consumeId)}
              ticket={context.data?.tickets.get(item.ticketId)}
              ticketPath={ticketPath}
            />
            {props.canDecide && confirming?.consumeId === item.consumeId ? (
              <ConfirmDecision
                item={item}
                decision={confirming.decision}
                busy={action.busy}
                onConfirm={(reason) => decide(item.consumeId, confirming.decision, reason)}
                onCancel={() => setConfirming(null)}
              />
            ) : (
              props.canDecide && (
                <span className="inline-actions">
                  {(['approved', 'rejected'] as const).map((decision) => (
                    <button
                      key={decision}
                      type="button"
                      className={`button button--small ${decision === 'approved' ? 'button--primary' : 'button--secondary'}`}
                      disabled={action.busy}
                      onClick={() => setConfirming({ consumeId: item.consumeId, decision })}
                    >
                      {t(decision === 'approved' ? 'bank.approve' : 'bank.reject')}
                    </button>
                  ))}
                </span>
              )
            )}
          </li>
        ))}
      </ul>
      {!props.canDecide && pending.length > 0 && (
        <p className="field__hint">{t('bank.onlyDecisionMaker')}</p>
      )}
    </section>
  );
}
