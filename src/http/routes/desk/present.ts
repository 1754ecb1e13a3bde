import type { z } from 'zod';
import type {
  SlaNotice,
  TicketMessage,
  TicketRecord,
  TicketSummary,
  TicketView,
} from '../../../app/desk/index.js';
import type { WorkRecord } from '../../../app/hour-bank/index.js';
import type { SlaClock } from '../../../domain/sla/index.js';
import type { HistoryEntry } from '../../../domain/tickets/index.js';
import { explain, type Locale, reasonPhrase } from '../../../i18n/index.js';
import { presentWork } from '../hour-bank/present.js';
import type {
  clockView,
  historyView,
  noticeView,
  ticketDetailView,
  ticketSummaryView,
  ticketTimeView,
  ticketView,
} from './schema.js';

const iso = (date: Date | null) => date?.toISOString() ?? null;
const isoMs = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Serialises a ticket. */
export function presentTicket(ticket: TicketRecord): z.infer<typeof ticketView> {
  // the instants the state changes on by itself are for reading it as of now, not for clients
  const { nextCheckAt: _next, slaAtRiskAt: _risk, firstResponseDueAt: _due, ...rest } = ticket;
  return {
    ...rest,
    classification: { ...ticket.classification },
    escalatedAt: iso(ticket.escalatedAt),
    slaDueAt: iso(ticket.slaDueAt),
    openedAt: ticket.openedAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
  };
}

/** Serialises a ticket with its names, for the queue and the ticket header. */
export function presentSummary(ticket: TicketSummary): z.infer<typeof ticketSummaryView> {
  const { clientName, contractName, requesterName, assigneeName } = ticket;
  return { ...presentTicket(ticket), clientName, contractName, requesterName, assigneeName };
}

function presentHistory(entry: HistoryEntry): z.infer<typeof historyView> {
  return {
    ...entry,
    at: new Date(entry.at).toISOString(),
    changes: entry.changes.map((change) => ({ ...change })),
  };
}

function presentTime(work: WorkRecord, locale: Locale): z.infer<typeof ticketTimeView> {
  return {
    ...presentWork(work),
    reasons: work.reasons.map((reason) => reasonPhrase(locale, reason)),
  };
}

function presentClock(
  clock: SlaClock | null,
  locale: Locale,
  timeZone: string,
): z.infer<typeof clockView> | null {
  if (!clock) return null;
  return {
    name: clock.name,
    calendar: clock.calendar,
    state: clock.state,
    targetSeconds: clock.targetSeconds,
    usedSeconds: clock.usedSeconds,
    remainingSeconds: clock.remainingSeconds,
    due: isoMs(clock.due),
    atRiskAt: isoMs(clock.atRiskAt),
    breachedAt: isoMs(clock.breachedAt),
    explanation: clock.steps.map((step) => {
      const { code, ...params } = step;
      return { code, text: explain(step, locale, timeZone), params };
    }),
  };
}

function presentMessage(message: TicketMessage) {
  return {
    id: message.id,
    authorId: message.authorId,
    visibility: message.visibility,
    automatic: message.automatic,
    body: message.body,
    attachments: message.attachments.map((file) => ({
      id: file.id ?? null,
      name: file.name,
      contentType: file.contentType,
      bytes: file.bytes,
    })),
    viaMail: message.mailId !== null,
    createdAt: message.createdAt.toISOString(),
  };
}

/** Serialises a ticket with its conversation and clocks, explained in the given language. */
export function presentTicketDetail(
  view: TicketView,
  locale: Locale,
): z.infer<typeof ticketDetailView> {
  const { sla, timeZone } = view;
  return {
    ticket: presentSummary(view.ticket),
    timeZone,
    messages: view.messages.map(presentMessage),
    history: view.history.map(presentHistory),
    timeEntries: view.timeEntries.map((work) => presentTime(work, locale)),
    people: view.people.map((person) => ({ ...person })),
    sla: {
      firstResponse: presentClock(sla.firstResponse, locale, timeZone),
      resolution: presentClock(sla.resolution, locale, timeZone),
      client: presentClock(sla.client, locale, timeZone),
      clientLate: sla.clientLate,
    },
  };
}

/** Serialises an SLA notice. */
export function presentNotice(notice: SlaNotice): z.infer<typeof noticeView> {
  return {
    ...notice,
    moment: notice.moment.toISOString(),
    createdAt: notice.createdAt.toISOString(),
  };
}
