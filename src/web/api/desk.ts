/**
 * Typed calls of the service-desk and hour-bank API (tickets, contracts, balances, statements,
 * ledger and approvals), with the shapes of their answers as in `/openapi.json`.
 */
import type { TicketStatus } from '../../domain/tickets/status.js';
import type { Criticality } from '../../domain/tickets/vocabulary.js';
import type { Locale } from '../../i18n/index.js';
import { request } from './client.js';
import type { Amendment } from './plans.js';

/** A ticket's SLA state in queues, worst first (mirrors `slaStates` of the desk). */
export const slaStates = ['breached', 'at_risk', 'running', 'paused', 'met'] as const;
/** One of {@link slaStates}. */
export type SlaState = (typeof slaStates)[number];

/** A request's kind with its detail, as the API sends it. */
export interface ClassificationView {
  kind: string;
  severity?: string;
  urgency?: string;
}

/** A ticket as lists show it. */
export interface Ticket {
  id: string;
  number: string;
  contractId: string;
  clientId: string;
  requesterId: string;
  assigneeId: string | null;
  subject: string;
  channel: string;
  classification: ClassificationView;
  criticality: Criticality;
  level: string;
  status: TicketStatus;
  outcome: string | null;
  slaState: SlaState | null;
  slaDueAt: string | null;
  firstResponseOutcome: string | null;
  clientLate: boolean;
  openedAt: string;
  updatedAt: string;
}

/** One SLA clock with its explanation in the asked language. */
export interface Clock {
  name: string;
  calendar: string;
  state: SlaState;
  targetSeconds: number;
  usedSeconds: number;
  remainingSeconds: number;
  due: string | null;
  atRiskAt: string | null;
  breachedAt: string | null;
  explanation: { code: string; text: string }[];
}

/** One message of a ticket's conversation. */
export interface Message {
  id: string;
  authorId: string | null;
  visibility: 'public' | 'internal';
  automatic: boolean;
  body: string;
  createdAt: string;
}

/** A ticket with its conversation and clocks. */
export interface TicketDetail {
  ticket: Ticket;
  messages: Message[];
  sla: { firstResponse: Clock | null; resolution: Clock | null; client: Clock | null };
}

/** Filters of the ticket list. */
export interface TicketFilter {
  status?: string;
  slaState?: string;
  q?: string;
}

/** The consumption rules of a plan, as the API encodes them. */
export interface ConsumptionRules {
  minimumPerTicketMinutes: number;
  minimumPerConversationMinutes: number;
  rounding: { stepMinutes: number; direction: string };
  maximumPerTicketMinutes: number | null;
  freeKinds: string[];
  approvalBeyondFirstContact: boolean;
}

/** A contract with the plan parameters in force. */
export interface Contract {
  id: string;
  name: string;
  clientId: string;
  planId: string | null;
  start: string;
  end: string | null;
  plan: {
    period: 'month' | 'year';
    includedMinutesPerPeriod: number;
    consumption: ConsumptionRules;
    rolloverPeriods: number;
    overageRatePerHour: { amount: string; currency: string } | null;
    maxRequesters: number | null;
  };
  amendments: Amendment[];
}

/** A consumption awaiting the client's decision. */
export interface PendingConsumption {
  consumeId: string;
  ticketId: string | null;
  kind: string;
  on: string;
  minutes: number;
}

/** The balance of a contract's hour bank on a day. */
export interface Balance {
  date: string;
  period: { start: string; lastDay: string };
  availableMinutes: number;
  pendingMinutes: number;
  uncoveredMinutes: number;
  expiringAtPeriodEnd: number;
  pending: PendingConsumption[];
}

/** The statement of the period containing a day. */
export interface Statement {
  period: { start: string; lastDay: string };
  closed: boolean;
  openingMinutes: number;
  granted: { allotment: number; growth: number; prepaid: number; total: number };
  adjustedMinutes: number;
  consumed: { total: number; byKind: Record<string, number> };
  pendingMinutes: number;
  expiredMinutes: number;
  overage: { minutes: number; amount: { amount: string; currency: string } | null };
  closingMinutes: number;
}

/** A ledger entry: its type, date, id and the fields of its type. */
export interface LedgerEntry {
  id: string;
  type: string;
  on: string;
  minutes?: number;
  kind?: string;
  source?: string;
  ticketId?: string;
  needsApproval?: boolean;
  decision?: string;
  reason?: string;
}

/** The charge of logged work, with the rules that shaped it. */
export interface Charge {
  minutes: number;
  free: boolean;
  quoteRequired: boolean;
  approvalRequired: boolean;
  reasons: { code: string; text: string; params: Record<string, unknown> }[];
}

/** A new ticket from the form. */
export interface NewTicket {
  contractId: string;
  classification: ClassificationView;
  criticality: Criticality;
  subject: string;
  description: string;
}

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
  update: (id: string, changes: { criticality: Criticality }) =>
    request<TicketDetail>('PATCH', ticketPath(id), { body: changes }),
  logTime: (id: string, minutes: number, firstContact: boolean) =>
    request<{ charge: Charge }>('POST', ticketPath(id, '/time'), {
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
