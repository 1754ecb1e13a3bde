/**
 * The ticket's quote mark in its header (seed 002): "quote required" while the ticket's work must
 * be quoted and no quote made from it is decided, with the way to the quote — to draft one from
 * the ticket, or to the latest one. Nothing for those who may not read quotes.
 */
import { isProviderRole } from '../../domain/identity/roles.js';
import type { TicketDetail } from '../api/desk.js';
import { quotes } from '../api/quotes.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { useMe } from '../session.js';
import { useLoad } from '../ui/use-load.js';
import { QuoteState } from './quote-view.js';

/** The mark and its link, or null when the ticket needs no quote and has none. */
export function TicketQuoteMark({ detail }: { detail: TicketDetail }) {
  const { t } = useI18n();
  const { role } = useMe().user;
  const { ticket } = detail;
  const staff = isProviderRole(role);
  const status = useLoad(
    () =>
      staff || role === 'client_decision_maker'
        ? quotes.ticketStatus(ticket.contractId, ticket.id)
        : Promise.resolve(null),
    [ticket.contractId, ticket.id, staff, role],
  );
  const mark = status.data;
  if (!mark || (!mark.quoteRequired && mark.latest === null)) return null;
  const reason = ticket.classification.kind === 'out_of_scope' ? 'out_of_scope' : 'over_maximum';
  const latest = mark.latest;
  const to = !staff
    ? '/portal/quotes'
    : latest
      ? `/quotes/${ticket.contractId}/${latest.quoteId}`
      : `/quotes/${ticket.contractId}/new?ticket=${ticket.id}&reason=${reason}`;
  return (
    <div>
      <dt>{t('quotes.ticketMark')}</dt>
      <dd data-testid="ticket-quote">
        {mark.quoteRequired && <span className="badge badge--warning">{t('quotes.required')}</span>}{' '}
        {latest && <QuoteState state={latest.state} />}{' '}
        <Link to={to}>{t(latest ? 'quotes.openQuote' : 'quotes.draftFromTicket')}</Link>
      </dd>
    </div>
  );
}
