import { DomainError, type ErrorCode, invalidInput } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { RuleError } from '../../domain/rule-error.js';
import { maxPageSize, type TicketStatus } from '../../domain/tickets/index.js';
import type { Criticality } from '../../domain/tickets/vocabulary.js';
import { authorise, type Origin } from '../shared/index.js';
import type { TicketCommandDeps } from './act-on-ticket.js';
import { changeTicketStatus } from './change-ticket-status.js';
import type { DeskDeps } from './ports.js';
import { updateTicket } from './update-ticket.js';

/** What a bulk change sets on every ticket picked in the queue. */
export interface BulkChange {
  status?: TicketStatus | undefined;
  assigneeId?: string | null | undefined;
  criticality?: Criticality | undefined;
}

/** How one ticket of a bulk change went: changed, or refused with the reason. */
export type BulkResult =
  | { ticketId: string; ok: true }
  | {
      ticketId: string;
      ok: false;
      code: ErrorCode;
      message: string;
      path: string | null;
      rule?: string;
      params?: Record<string, string | number>;
    };

/**
 * Applies one change to many tickets, each in its own transaction exactly as if changed alone
 * (same rules, same history, same audit): one refused ticket does not hold back the others,
 * and the answer says which and why.
 */
export async function bulkUpdateTickets(
  options: TicketCommandDeps &
    Pick<DeskDeps, 'users' | 'organisations' | 'hourBank' | 'articles'> & {
      actor: Actor;
      origin: Origin;
      ticketIds: readonly string[];
      change: BulkChange;
    },
): Promise<BulkResult[]> {
  const { ticketIds, change } = options;
  authorise(options.actor, 'tickets.work');
  if (ticketIds.length === 0 || ticketIds.length > maxPageSize)
    throw invalidInput('ticketIds', `pick between 1 and ${maxPageSize} tickets`);
  if (Object.values(change).every((value) => value === undefined))
    throw invalidInput('change', 'say what to change: status, assignee or criticality');
  const results: BulkResult[] = [];
  for (const ticketId of new Set(ticketIds)) {
    const command = { ...options, ticketId };
    try {
      const { status, ...update } = change;
      // the status first: a move the machine refuses leaves the ticket untouched
      if (status !== undefined) await changeTicketStatus({ ...command, status });
      if (update.assigneeId !== undefined || update.criticality !== undefined)
        await updateTicket({ ...command, update });
      results.push({ ticketId, ok: true });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({
        ticketId,
        ok: false,
        code: error.code,
        message: error.message,
        path: error.path ?? null,
        ...(error instanceof RuleError ? error.toAnswer() : {}),
      });
    }
  }
  return results;
}
