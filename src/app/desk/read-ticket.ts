import type { Actor } from '../../domain/identity/policy.js';
import { projectSla, type SlaResult } from '../../domain/sla/index.js';
import { ticketContract } from './act-on-ticket.js';
import type { DeskDeps, TicketMessage, TicketRecord } from './ports.js';
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
  options: Pick<DeskDeps, 'clock' | 'contracts' | 'calendars' | 'tickets'> & {
    actor: Actor;
    ticketId: string;
  },
): Promise<TicketView> {
  const ticket = await ticketInReach({ ...options, action: 'tickets.read' });
  const sla = (await ticketContract(options, ticket)).slaOfTicket(ticket.openedAt);
  const events = await options.tickets.events(ticket.id);
  const { result } = projectSla(events, sla.policy, sla.calendars, options.clock.now());
  const staff = options.actor.organisationKind !== 'client';
  const messages = await options.tickets.messages(ticket.id, staff);
  return { ticket, messages, sla: result, timeZone: sla.timeZone };
}
