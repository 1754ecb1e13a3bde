/**
 * Typed calls of the service-desk and hour-bank API (tickets, contracts, balances, statements,
 * ledger and approvals); the shapes of their answers are the server's own response schemas.
 */
import type { z } from 'zod';
import type { planParamsSchema } from '../../domain/plans/params.js';
import type { TicketStatus } from '../../domain/tickets/status.js';
import type { Criticality, RequestOutcome } from '../../domain/tickets/vocabulary.js';
import type { contractView } from '../../http/routes/contracts/schema.js';
import type {
  classificationSchema,
  clockView,
  messageView,
  newTicketBody,
  ticketDetailView,
  ticketView,
} from '../../http/routes/desk/schema.js';
import type {
  balanceView,
  chargeView,
  entryView,
  loggedWorkView,
  statementView,
} from '../../http/routes/hour-bank/schema.js';
import type { Locale } from '../../i18n/index.js';
import { request } from './client.js';

/** A ticket's SLA state in queues, worst first (the desk's own list). */
export { type SlaState, slaStates } from '../../domain/sla/projection.js';

/** A request's kind with its detail, as the API sends it. */
export type ClassificationView = z.infer<typeof classificationSchema>;

/** A ticket as lists show it. */
export type Ticket = z.infer<typeof ticketView>;

/** One SLA clock with its explanation in the asked language. */
export type Clock = z.infer<typeof clockView>;

/** One message of a ticket's conversation. */
export type Message = z.infer<typeof messageView>;

/** A ticket with its conversation and clocks. */
export type TicketDetail = z.infer<typeof ticketDetailView>;

/** Filters of the ticket list as the queue's fields hold them (empty: any); the server checks them. */
export interface TicketFilter {
  status?: string;
  slaState?: string;
  q?: string;
}

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

/** The charge of logged work, with the rules that shaped it. */
export type Charge = z.infer<typeof chargeView>;

/** A new ticket from the form. */
export type NewTicket = z.input<typeof newTicketBody>;

const ticketPath = (id: string, rest = '') => `/api/tickets/${encodeURIComponent(id)}${rest}`;
const contractPath = (id: string, rest = '') => `/api/contracts/${encodeURIComponent(id)}${rest}`;

/** Every desk and hour-bank call of the web app. */
export const desk = {
  tickets: (filter: TicketFilter = {}) =>
    request<Ticket[]>('GET', '/api/tickets', { query: { ...filter, limit: 200 } }),
  ticket: (id: string, locale: Locale) =>
    request<TicketDetail>('GET', ticketPath(id), { query: { locale } }),
  openTicket: (ticket: NewTicket) => request<Ticket>('POST', '/api/tickets', { body: ticket }),
  reply: (id: string, body: string, setStatus?: 'waiting_client' | 'resolved') =>
    request<TicketDetail>('POST', ticketPath(id, '/replies'), { body: { body, setStatus } }),
  note: (id: string, body: string) =>
    request<TicketDetail>('POST', ticketPath(id, '/notes'), { body: { body } }),
  setStatus: (id: string, status: TicketStatus) =>
    request<TicketDetail>('POST', ticketPath(id, '/status'), { body: { status } }),
  update: (id: string, changes: { criticality?: Criticality; outcome?: RequestOutcome | null }) =>
    request<TicketDetail>('PATCH', ticketPath(id), { body: changes }),
  logTime: (id: string, minutes: number, firstContact: boolean) =>
    request<z.infer<typeof loggedWorkView>>('POST', ticketPath(id, '/time'), {
      body: { minutes, firstContact },
    }),
  contracts: () => request<Contract[]>('GET', '/api/contracts'),
  contract: (id: string) => request<Contract>('GET', contractPath(id)),
  balance: (id: string) => request<Balance>('GET', contractPath(id, '/balance')),
  statement: (id: string) => request<Statement>('GET', contractPath(id, '/statement')),
  entries: (id: string) => request<LedgerEntry[]>('GET', contractPath(id, '/entries')),
  decide: (id: string, consumeId: string, decision: 'approved' | 'rejected') =>
    request<LedgerEntry>('POST', contractPath(id, '/decisions'), { body: { consumeId, decision } }),
};
