/**
 * The managing partner's hand-over to the provider (seed 001, "cliente indirecto"): say why, and
 * the ticket shows as escalated in the provider's queue; the client never sees the reason.
 */
import { type FormEvent, useState } from 'react';
import { desk, type TicketDetail } from '../api/desk.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { useAction } from '../ui/use-action.js';

/** The escalation form, or the note that the ticket is already with the provider. */
export function EscalatePanel(props: {
  detail: TicketDetail;
  onChanged(detail: TicketDetail, message: string): void;
}) {
  const { t } = useI18n();
  const { ticket } = props.detail;
  const [reason, setReason] = useState('');
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(
      () => desk.escalate(ticket.id, reason.trim()),
      (detail) => props.onChanged(detail, t('escalate.done')),
    );
  };
  return (
    <section className="card" aria-labelledby="escalate-title">
      <h2 id="escalate-title">{t('escalate.title')}</h2>
      {ticket.escalatedAt ? (
        <p>{t('escalate.already')}</p>
      ) : (
        <form className="form" onSubmit={submit}>
          <ErrorSummary error={action.error} />
          <div className="field">
            <label className="field__label" htmlFor="escalate-reason">
              {t('escalate.reason')}
            </label>
            <textarea
              id="escalate-reason"
              className="input textarea"
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <p className="field__hint">{t('escalate.hint')}</p>
          </div>
          <button
            type="submit"
            className="button button--primary"
            disabled={action.busy || reason.trim() === ''}
          >
            {t('escalate.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
