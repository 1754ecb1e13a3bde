/**
 * The assigned agent's notices, in the agent's language and at once (they are the desk's own
 * work, not bound to the client's calendar): a new ticket assigned on opening, a client's reply,
 * and an SLA clock at risk or breached. An unassigned ticket notifies nobody by mail.
 */

import type { z } from 'zod';
import type { ClockName } from '../../domain/sla/index.js';
import {
  slaAtRisk,
  slaBreached,
  type TicketRecord,
  ticketOpened,
  ticketReplied,
} from '../desk/index.js';
import { type EventHandler, onEvent } from '../outbox/index.js';
import type { EventDefinition, RecordedEvent } from '../shared/index.js';
import type { MailDeps, Notice } from './ports.js';
import { queueMail, ticketOf } from './queue-mail.js';

async function tellAssignee(
  options: MailDeps,
  input: { handler: string; event: RecordedEvent; ticket: TicketRecord; notice: Notice },
): Promise<void> {
  const { assigneeId } = input.ticket;
  if (assigneeId === null) return;
  const agent = await options.users.findById(assigneeId);
  if (!agent?.active) return;
  await queueMail(options, {
    ...input,
    to: agent,
    automatic: true,
    sendAt: options.clock.now().getTime(),
  });
}

function slaHandler(
  options: MailDeps,
  event: typeof slaAtRisk | typeof slaBreached,
  state: 'at_risk' | 'breached',
): EventHandler {
  const handler = `mail.agent-sla-${state}`;
  return onEvent(event, handler, async (payload, recorded) => {
    const ticket = await ticketOf(options, payload.ticketId);
    await tellAssignee(options, {
      handler,
      event: recorded,
      ticket,
      notice: {
        kind: 'agent_sla',
        ticketNumber: Number(ticket.number),
        subject: ticket.subject,
        clock: payload.clock as ClockName,
        state,
      },
    });
  });
}

/** Mails the assignee the notice `kind` when `event` concerns a ticket (and `when` holds). */
function ticketHandler<Payload extends z.ZodType<{ ticketId: string }>>(
  options: MailDeps,
  event: EventDefinition<Payload>,
  kind: 'agent_new_ticket' | 'agent_client_reply',
  when: (payload: z.output<Payload>) => boolean = () => true,
): EventHandler {
  const handler = `mail.${kind.replaceAll('_', '-')}`;
  return onEvent(event, handler, async (payload, recorded) => {
    if (!when(payload)) return;
    const ticket = await ticketOf(options, payload.ticketId);
    const notice = { kind, ticketNumber: Number(ticket.number), subject: ticket.subject };
    await tellAssignee(options, { handler, event: recorded, ticket, notice });
  });
}

/** The handlers that mail the assigned agent. */
export function agentNoticeHandlers(options: MailDeps): EventHandler[] {
  return [
    ticketHandler(options, ticketOpened, 'agent_new_ticket'),
    ticketHandler(options, ticketReplied, 'agent_client_reply', (p) => p.from === 'client'),
    slaHandler(options, slaAtRisk, 'at_risk'),
    slaHandler(options, slaBreached, 'breached'),
  ];
}
