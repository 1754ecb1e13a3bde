import type { Actor } from '../../domain/identity/policy.js';
import type { TicketEvent } from '../../domain/sla/index.js';
import { assertLevelAllows, type TicketStatus, transition } from '../../domain/tickets/status.js';
import type { Origin } from '../shared/index.js';
import { actOnTicket, type TicketCommandDeps } from './act-on-ticket.js';
import type { TicketRecord } from './ports.js';

function eventFor(from: TicketStatus, to: TicketStatus, at: number): TicketEvent {
  if (to === 'resolved') return { type: 'resolved', at };
  if (to === 'closed') return { type: 'closed', at };
  if (from === 'resolved' && to === 'open') return { type: 'reopened', at };
  if (to === 'open' || to === 'waiting_client' || to === 'waiting_vendor')
    return { type: 'status_changed', at, to };
  return { type: 'status_changed', at, to: 'open' };
}

/** Moves a ticket along the status machine (unknown transitions are refused); waiting pauses the provider's clocks. */
export function changeTicketStatus(
  options: TicketCommandDeps & {
    actor: Actor;
    origin: Origin;
    ticketId: string;
    status: TicketStatus;
  },
): Promise<TicketRecord> {
  return actOnTicket({
    ...options,
    action: 'tickets.work',
    command: (ticket, now) => {
      const status = transition(ticket.status, options.status);
      assertLevelAllows(status, ticket.level);
      return {
        events: [eventFor(ticket.status, status, now.getTime())],
        message: null,
        changes: { status },
      };
    },
  });
}
