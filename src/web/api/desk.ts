/**
 * Typed calls of the service-desk and hour-bank API (tickets, contracts, balances, statements,
 * ledger and approvals); the shapes of their answers are the server's own response schemas.
 */
import type { z } from 'zod';
import type { planParamsSchema } from '../../domain/plans/params.js';
import type { TicketStatus } from '../../domain/tickets/status.js';
import type { Criticality, RequestOutcome, SupportLevel } from '../../domain/tickets/vocabulary.js';
import type { contractView } from '../../http/routes/contracts/schema.js';
import type {
  assigneeView,
  bulkBody,
  bulkResultView,
  classificationSchema,
  clockView,
  complianceView,
  historyView,
  messageView,
  newTicketBody,
  noteBody,
  ticketDetailView,
  ticketPageView,
  ticketSummaryView,
  ticketTimeView,
  ticketView,
} from '../../http/routes/desk/schema.js';
import type {
  balanceView,
  chargeView,
  entryView,
  loggedWorkView,
  statementView,
  workView,
} from '../../http/routes/hour-bank/schema.js';
import type { Locale } from '../../i18n/index.js';
import { request } from './client.js';

/** A ticket's SLA state in queues, worst first (the desk's own list). */
export { type SlaState, slaStates } from '../../domain/sla/projection.js';

/** A request's kind with its detail, as the API sends it. */
export type ClassificationView = z.infer<typeof classificationSchema>;

/** A ticket as the API returns it after a change. */
export type Ticket = z.infer<typeof ticketView>;

/** A ticket with the names a queue row and a ticket header show. */
export type TicketSummary = z.infer<typeof ticketSummaryView>;

/** One page of the queue and the total that match. */
export type TicketPage = z.infer<typeof ticketPageView>;

/** One line of a ticket's history. */
export type HistoryLine = z.infer<typeof historyView>;

/** Time logged on a ticket with its charge. */
export type TimeEntry = z.infer<typeof ticketTimeView>;

/** Someone a ticket can be assigned to. */
export type Assignee = z.infer<typeof assigneeView>;

/** A bulk change from the queue and how each ticket went. */
export type BulkChange = z.input<typeof bulkBody>['change'];
/** How each ticket of a bulk change went. */
export type BulkResult = z.infer<typeof bulkResultView>;

/** First-response compliance of a contract's current period, per criticality. */
export type Compliance = z.infer<typeof complianceView>;

/** One SLA clock with its explanation in the asked language. */
export type Clock = z.infer<typeof clockView>;

/** One message of a ticket's conversation. */
export type Message = z.infer<typeof messageView>;

/** A ticket with its conversation and clocks. */
export type TicketDetail = z.infer<typeof ticketDetailView>;

/** Someone a ticket names (author, actor, assignee) with their role. */
export type Person = TicketDetail['people'][number];

/** The queue's query as its address holds it (absent: any); the server checks every value. */
export type TicketQuery = Readonly<Record<string, string | number | undefined>>;

/** The plan parameters of a contract, in their JSON form (the domain's plan schema). */
export type PlanParamsJson = z.input<typeof planParamsSchema>;

/** The consumption rules of a plan, as the API encodes them. */
export type ConsumptionRules = PlanParamsJson['consumption'];

/** A contract with the plan parameters it was signed on. */
export type Contract = Omit<z.infer<typeof contractView>, 'plan'> & { plan: PlanParamsJson };

/** The balance of a contract's hour bank on a day. */
export type Balance = z.infer<typeof balanceView>;

/** The statement of the period containing a day. */
export type Statement = z.infer<typeof statementView>;

/** A ledger entry: its type, date, id and the fields of its type. */
export type LedgerEntry = z.infer<typeof entryView>;

/** A piece of logged work: its ticket, minutes worked and charged, note and ledger entry. */
export type Work = z.infer<typeof workView>;

/** The most logged work the web app reads at once (the API's own maximum). */
const workPageSize = 500;

/** The charge of logged work, with the rules that shaped it. */
export type Charge = z.infer<typeof chargeView>;

/** A new ticket from the form. */
export type NewTicket = z.input<typeof newTicketBody>;

const ticketPath = (id: string, rest = '') => `/api/tickets/${encodeURIComponent(id)}${rest}`;
const contractPath = (id: string, rest = '') => `/api/contracts/${encodeURIComponent(id)}${rest}`;

/** Every desk and hour-bank call of the web app. */
export const desk = {
  tickets: (query: TicketQuery = {}) => request<TicketPage>('GET', '/api/tickets', { query }),
  bulk: (ticketIds: readonly string[], change: BulkChange) =>
    request<BulkResult>('POST', '/api/tickets/bulk', { body: { ticketIds, change } }),
  assignees: (id: string) => request<Assignee[]>('GET', ticketPath(id, '/assignees')),
  escalate: (id: string, reason: string) =>
    request<TicketDetail>('POST', ticketPath(id, '/escalate'), { body: { reason } }),
  requesters: (contractId: string) =>
    request<{ userIds: string[] }>('GET', contractPath(contractId, '/requesters')),
  ticket: (id: string, locale: Locale) =>
    request<TicketDetail>('GET', ticketPath(id), { query: { locale } }),
  openTicket: (ticket: NewTicket) => request<Ticket>('POST', '/api/tickets', { body: ticket }),
  reply: (id: string, body: string, setStatus?: 'waiting_client' | 'resolved') =>
    request<TicketDetail>('POST', ticketPath(id, '/replies'), { body: { body, setStatus } }),
  note: (id: string, note: z.input<typeof noteBody>) =>
    request<TicketDetail>('POST', ticketPath(id, '/notes'), { body: note }),
  setStatus: (id: string, status: TicketStatus) =>
    request<TicketDetail>('POST', ticketPath(id, '/status'), { body: { status } }),
  update: (
    id: string,
    changes: {
      criticality?: Criticality;
      assigneeId?: string | null;
      level?: SupportLevel;
      outcome?: RequestOutcome | null;
    },
  ) => request<TicketDetail>('PATCH', ticketPath(id), { body: changes }),
  logTime: (
    id: string,
    entry: { minutes: number; firstContact: boolean; note: string | null; on?: string },
  ) => request<z.infer<typeof loggedWorkView>>('POST', ticketPath(id, '/time'), { body: entry }),
  contracts: () => request<Contract[]>('GET', '/api/contracts'),
  contract: (id: string) => request<Contract>('GET', contractPath(id)),
  balance: (id: string) => request<Balance>('GET', contractPath(id, '/balance')),
  statement: (id: string) => request<Statement>('GET', contractPath(id, '/statement')),
  compliance: (id: string) => request<Compliance>('GET', contractPath(id, '/compliance')),
  entries: (id: string) => request<LedgerEntry[]>('GET', contractPath(id, '/entries')),
  work: (id: string) =>
    request<Work[]>('GET', contractPath(id, '/work'), { query: { limit: workPageSize } }),
  decide: (id: string, consumeId: string, decision: 'approved' | 'rejected', reason?: string) =>
    request<LedgerEntry>('POST', contractPath(id, '/decisions'), {
      body: { consumeId, decision, reason },
    }),
};
