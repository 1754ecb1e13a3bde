import { noticeSendAt } from '../../domain/mail/notices.js';
import { visibleMessages } from '../../domain/tickets/index.js';
import { contractContextOf } from '../contracts/index.js';
import {
  type TicketRecord,
  ticketOpened,
  ticketReplied,
  ticketStatusChanged,
} from '../desk/index.js';
import { type EventHandler, onEvent } from '../outbox/index.js';
import type { RecordedEvent } from '../shared/index.js';
import { mailIssuedReport } from './mail-issued-report.js';
import { agentNoticeHandlers } from './notify-agents.js';
import type { MailDeps, Notice } from './ports.js';
import { queueMail, ticketOf } from './queue-mail.js';
import { approvalHandlers } from './request-approval.js';

/** Statuses a client hears about by mail. */
const toldStatuses = new Set(['waiting_client', 'resolved', 'closed']);

/** What a ticket's mail needs to know of its contract: the plan's mail settings and calendar. */
async function mailTermsOf(options: MailDeps, ticket: TicketRecord) {
  const record = await options.desk.contracts.find(ticket.contractId);
  if (!record)
    throw new Error(`the contract ${ticket.contractId} of ticket ${ticket.id} is missing`);
  const context = await contractContextOf({ ...options.desk, record });
  const opened = context.dateOf(ticket.openedAt);
  return { mail: context.versionAt(opened).plan.mail, sla: context.slaOfTicket(ticket.openedAt) };
}

/**
 * Queues one notice about a ticket to its requester; automatic notices wait for the service
 * calendar where the plan says so, except on urgencies (seed 004).
 */
async function queueNotice(
  options: MailDeps,
  input: {
    handler: string;
    event: RecordedEvent;
    ticket: TicketRecord;
    notice: Notice;
    automatic: boolean;
  },
): Promise<void> {
  const { ticket } = input;
  const requester = await options.users.findById(ticket.requesterId);
  if (!requester?.active) return;
  const terms = await mailTermsOf(options, ticket);
  const now = options.clock.now();
  const sendAt = input.automatic
    ? noticeSendAt(
        {
          inServiceHours: terms.mail.noticesInServiceHours,
          urgent: ticket.classification.kind === 'urgency',
          calendar: terms.sla.calendars.business,
        },
        now.getTime(),
      )
    : now.getTime();
  await queueMail(options, { ...input, to: requester, sendAt });
}

/**
 * The mail Pacta sends in reaction to the desk's events: the requester's acknowledgement
 * (unless the plan opts out), the provider's public replies with the ticket's marks, the
 * status changes a client should know, the assigned agent's notices, approval requests and the
 * scheduled reports.
 */
export function mailNoticeHandlers(options: MailDeps): EventHandler[] {
  return [
    onEvent(ticketOpened, 'mail.acknowledge', async (payload, event) => {
      const ticket = await ticketOf(options, payload.ticketId);
      if (!(await mailTermsOf(options, ticket)).mail.acknowledge) return;
      const requester = await options.users.findById(ticket.requesterId);
      await queueNotice(options, {
        handler: 'mail.acknowledge',
        event,
        ticket,
        automatic: true,
        notice: {
          kind: 'acknowledgement',
          ticketNumber: Number(ticket.number),
          subject: ticket.subject,
          name: requester?.name ?? '',
        },
      });
    }),
    onEvent(ticketReplied, 'mail.public-reply', async (payload, event) => {
      if (payload.from !== 'provider' || payload.automatic) return;
      const ticket = await ticketOf(options, payload.ticketId);
      const messages = await options.desk.tickets.messages(ticket.id, visibleMessages('client'));
      const message = messages.find((m) => m.id === payload.messageId);
      if (!message) return;
      const author = message.authorId ? await options.users.findById(message.authorId) : undefined;
      await queueNotice(options, {
        handler: 'mail.public-reply',
        event,
        ticket,
        automatic: false,
        notice: {
          kind: 'public_reply',
          ticketNumber: Number(ticket.number),
          subject: ticket.subject,
          body: message.body,
          author: author?.name ?? '',
        },
      });
    }),
    onEvent(ticketStatusChanged, 'mail.status', async (payload, event) => {
      if (!toldStatuses.has(payload.to)) return;
      const ticket = await ticketOf(options, payload.ticketId);
      await queueNotice(options, {
        handler: 'mail.status',
        event,
        ticket,
        automatic: true,
        notice: {
          kind: 'status_changed',
          ticketNumber: Number(ticket.number),
          subject: ticket.subject,
          status: payload.to,
        },
      });
    }),
    ...agentNoticeHandlers(options),
    ...approvalHandlers(options),
    mailIssuedReport(options),
  ];
}
