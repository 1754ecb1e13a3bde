import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import type { SlaResult } from '../../domain/sla/index.js';
import { projectSla } from '../../domain/sla/index.js';
import type { DeskDeps } from './act-on-ticket.js';
import type { TicketMessage, TicketRecord } from './ports.js';
import { slaContextForTicket } from './sla-context.js';
import { ticketInReach } from './ticket-in-reach.js';

/** A ticket with its conversation and its SLA clocks computed now. */
export interface TicketView {
  ticket: TicketRecord;
  messages: TicketMessage[];
  sla: SlaResult;
  /** The zone the SLA explanation is written in (the contract calendar's). */
  timeZone: string;
}

/** Reads a ticket: clients see public messages only; the clocks are recomputed from the log as of now. */
export async function readTicket(
  options: DeskDeps & { actor: Actor; ticketId: string },
): Promise<TicketView> {
  const ticket = await ticketInReach({ ...options, action: 'tickets.read' });
  const record = await options.contracts.find(ticket.contractId);
  if (!record) throw new DomainError('not_found', 'the ticket’s contract no longer exists');
  const context = await slaContextForTicket({ ...options, record, openedAt: ticket.openedAt });
  const events = await options.tickets.events(ticket.id);
  const { result } = projectSla(events, context.policy, context.calendars, options.clock.now());
  const staff = options.actor.organisationKind !== 'client';
  const messages = await options.tickets.messages(ticket.id, staff);
  return { ticket, messages, sla: result, timeZone: context.timeZone };
}
