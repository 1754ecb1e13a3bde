import { DomainError } from '../../domain/errors.js';
import type { Action, Actor } from '../../domain/identity/policy.js';
import type { TicketEvent } from '../../domain/sla/index.js';
import { projectSla } from '../../domain/sla/index.js';
import { contractToday } from '../hour-bank/contract-today.js';
import type { ContractRecord, ContractRepository } from '../hour-bank/ports.js';
import type { CalendarRepository, Clock } from '../ports.js';
import type { NewMessage, TicketChanges, TicketRecord, TicketRepository } from './ports.js';
import { slaContextForTicket } from './sla-context.js';
import { ticketInReach } from './ticket-in-reach.js';

/** What a command decides, given the ticket as it is under the lock. */
export interface CommandOutcome {
  events: TicketEvent[];
  message: NewMessage | null;
  changes: TicketChanges;
}

/** The repositories and clock every ticket command needs. */
export interface DeskDeps {
  contracts: ContractRepository;
  calendars: CalendarRepository;
  tickets: TicketRepository;
  clock: Clock;
}

/**
 * Runs one command on a ticket: loads what the SLA needs first, then under the ticket's lock
 * lets the command decide its events, message and changes, recomputes the SLA from the whole
 * log (never patching it) and saves everything in one transaction.
 */
export async function actOnTicket(
  options: DeskDeps & {
    actor: Actor;
    action: Action;
    ticketId: string;
    /** Decides the change; `today` is the contract-local date of now, read before the lock. */
    command: (
      ticket: TicketRecord,
      now: Date,
      contract: { record: ContractRecord; today: string },
    ) => CommandOutcome;
  },
): Promise<TicketRecord> {
  const found = await ticketInReach({ ...options, ticketId: options.ticketId });
  const record = await options.contracts.find(found.contractId);
  if (!record) throw new DomainError('not_found', 'the ticket’s contract no longer exists');
  const context = await slaContextForTicket({ ...options, record, openedAt: found.openedAt });
  const today = await contractToday({ ...options, record });
  return options.tickets.withLock(found.id, async (session) => {
    const now = options.clock.now();
    const outcome = options.command(session.ticket, now, { record, today });
    const events = [...session.events, ...outcome.events];
    const { projection } = projectSla(events, context.policy, context.calendars, now);
    return session.save({ ...outcome, projection, actorId: options.actor.userId, at: now });
  });
}
