import type { z } from 'zod';
import type {
  SlaNotice,
  TicketMessage,
  TicketRecord,
  TicketView,
} from '../../../app/desk/index.js';
import type { SlaClock } from '../../../domain/sla/index.js';
import { explain, type Locale } from '../../../i18n/index.js';
import type { clockView, noticeView, ticketDetailView, ticketView } from './schema.js';

const iso = (date: Date | null) => date?.toISOString() ?? null;
const isoMs = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Serialises a ticket for lists. */
export function presentTicket(ticket: TicketRecord): z.infer<typeof ticketView> {
  const { nextCheckAt: _next, ...rest } = ticket;
  return {
    ...rest,
    classification: { ...ticket.classification },
    slaDueAt: iso(ticket.slaDueAt),
    openedAt: ticket.openedAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
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
    explanation: clock.steps.map((step) => ({
      code: step.code,
      text: explain(step, locale, timeZone),
    })),
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
    ticket: presentTicket(view.ticket),
    messages: view.messages.map(presentMessage),
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
