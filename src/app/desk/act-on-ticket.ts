import { DomainError } from '../../domain/errors.js';
import type { Action, Actor } from '../../domain/identity/policy.js';
import { projectSla, type TicketEvent } from '../../domain/sla/index.js';
import { type ContractContext, contractContextOf } from '../contracts/index.js';
import { type Origin, recordChange, recordEvent } from '../shared/index.js';
import { ticketReplied, ticketStatusChanged } from './events.js';
import type { DeskDeps, DeskTx, NewMessage, TicketChanges, TicketRecord } from './ports.js';
import { ticketInReach } from './ticket-in-reach.js';

/** What a command decides, given the ticket as it is under the lock. */
export interface CommandOutcome {
  events: TicketEvent[];
  message: NewMessage | null;
  changes: TicketChanges;
}

/** The deps every ticket command needs. */
export type TicketCommandDeps = Pick<
  DeskDeps,
  'clock' | 'ids' | 'contracts' | 'calendars' | 'tickets' | 'transact'
>;

/** Loads the ticket's contract context (before any lock); a ticket outlives no contract. */
export async function ticketContract(
  options: Pick<DeskDeps, 'clock' | 'contracts' | 'calendars'>,
  ticket: TicketRecord,
): Promise<ContractContext> {
  const record = await options.contracts.find(ticket.contractId);
  if (!record) throw new DomainError('not_found', 'the ticket’s contract no longer exists');
  return contractContextOf({ ...options, record });
}

async function recordTicketEvents(
  tx: DeskTx,
  options: Pick<DeskDeps, 'ids'> & { actor: Actor },
  before: TicketRecord,
  after: TicketRecord,
  message: { id: string; visibility: string; automatic: boolean } | null,
  at: Date,
): Promise<void> {
  if (message?.visibility === 'public') {
    await recordEvent(tx, options.ids, at, ticketReplied, {
      ticketId: after.id,
      messageId: message.id,
      authorId: options.actor.userId,
      from: options.actor.organisationKind === 'client' ? 'client' : 'provider',
      automatic: message.automatic,
    });
  }
  if (before.status !== after.status) {
    await recordEvent(tx, options.ids, at, ticketStatusChanged, {
      ticketId: after.id,
      from: before.status,
      to: after.status,
    });
  }
}

/**
 * Runs one command on a ticket: loads what the SLA needs first, then under the ticket's lock
 * lets the command decide its events, message and changes, recomputes the SLA from the whole
 * log (never patching it) and saves everything, with its audit entry and events, in one
 * transaction.
 */
export async function actOnTicket(
  options: TicketCommandDeps & {
    actor: Actor;
    origin: Origin;
    action: Action;
    ticketId: string;
    /** Decides the change; the contract context was read before the lock. */
    command: (ticket: TicketRecord, now: Date, contract: ContractContext) => CommandOutcome;
  },
): Promise<TicketRecord> {
  const found = await ticketInReach(options);
  const contract = await ticketContract(options, found);
  const sla = contract.slaOfTicket(found.openedAt);
  return options.transact(async (tx) => {
    const ticket = await tx.tickets.lock(found.id);
    if (!ticket) throw new DomainError('not_found', 'no such ticket');
    const now = options.clock.now();
    const outcome = options.command(ticket, now, contract);
    const events = [...(await tx.tickets.events(ticket.id)), ...outcome.events];
    const { projection } = projectSla(events, sla.policy, sla.calendars, now);
    await tx.tickets.appendEvents(ticket.id, outcome.events, options.actor.userId);
    const message = outcome.message && (await tx.tickets.addMessage(ticket.id, outcome.message));
    const saved = await tx.tickets.update(ticket.id, {
      changes: outcome.changes,
      projection,
      at: now,
    });
    await recordChange(tx, { ...options, at: now, resourceType: 'tickets', resourceId: ticket.id });
    await recordTicketEvents(tx, options, ticket, saved, message, now);
    return saved;
  });
}
