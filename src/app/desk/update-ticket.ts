import { assertCriticalityOffered } from '../../domain/contracts/index.js';
import { invalidInput } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { documentationOutcome } from '../../domain/knowledge/index.js';
import type { TicketEvent } from '../../domain/sla/index.js';
import type {
  Classification,
  Criticality,
  RequestOutcome,
  SupportLevel,
} from '../../domain/tickets/vocabulary.js';
import { settleTicketCharge } from '../hour-bank/index.js';
import type { Origin } from '../shared/index.js';
import { actOnTicket, type TicketCommandDeps } from './act-on-ticket.js';
import { assertAssignable } from './assignees.js';
import { assertRedirectedToDocumentation } from './check-redirect.js';
import type { DeskDeps, TicketChanges, TicketRecord } from './ports.js';
import { ticketInReach } from './ticket-in-reach.js';

/** Fields an agent (or the client, for criticality) may change on a ticket. */
export interface TicketUpdate {
  criticality?: Criticality | undefined;
  classification?: Classification | undefined;
  level?: SupportLevel | undefined;
  assigneeId?: string | null | undefined;
  outcome?: RequestOutcome | null | undefined;
  subject?: string | undefined;
}

/**
 * Changes criticality (the business time already used is kept and the new target applies),
 * classification (e.g. it became an urgency), level (L3: escalated to the vendor), assignee,
 * outcome or subject; each SLA-relevant change is an event of the log. A new kind or answer
 * (seed 002's five) settles the ticket's charge in the hour bank once the ticket is saved: a
 * ticket reclassified as an incident gets its consumption back (seed 001). Only someone who can
 * take the ticket may be its assignee (see `canTakeTickets`). "Redirected to documentation" needs
 * a public reply linking a published public article (seed 001).
 */
export async function updateTicket(
  options: TicketCommandDeps &
    Pick<DeskDeps, 'users' | 'organisations' | 'hourBank' | 'articles'> & {
      actor: Actor;
      origin: Origin;
      ticketId: string;
      update: TicketUpdate;
      /** The help centre's public address, for the article links of a redirection. */
      helpCentreUrl?: string | undefined;
    },
): Promise<TicketRecord> {
  const { update } = options;
  if (update.assigneeId || update.outcome === documentationOutcome) {
    const ticket = await ticketInReach({ ...options, action: 'tickets.work' });
    if (update.assigneeId) await assertAssignable(options, ticket.clientId, update.assigneeId);
    if (update.outcome === documentationOutcome && ticket.outcome !== documentationOutcome) {
      await assertRedirectedToDocumentation(options, ticket);
    }
  }
  let before: TicketRecord | undefined;
  const updated = await actOnTicket({
    ...options,
    action: 'tickets.work',
    command: (ticket, now, contract) => {
      before = ticket;
      const at = now.getTime();
      const events: TicketEvent[] = [];
      const changes: TicketChanges = {};
      if (update.criticality && update.criticality !== ticket.criticality) {
        const { plan } = contract.versionAt(contract.today);
        assertCriticalityOffered(plan, update.criticality);
        events.push({ type: 'criticality_changed', at, to: update.criticality });
        changes.criticality = update.criticality;
      }
      if (update.classification) {
        events.push({ type: 'kind_changed', at, to: update.classification });
        changes.classification = update.classification;
      }
      if (update.level && update.level !== ticket.level) {
        if (ticket.status === 'waiting_vendor' && update.level !== 'L3') {
          throw invalidInput(
            'level',
            'a ticket waiting on the vendor stays at L3; change its status first',
          );
        }
        events.push({ type: 'level_changed', at, to: update.level });
        changes.level = update.level;
      }
      if (update.assigneeId !== undefined && update.assigneeId !== ticket.assigneeId) {
        events.push({ type: 'assigned', at, to: update.assigneeId });
        changes.assigneeId = update.assigneeId;
      }
      if (update.outcome !== undefined && update.outcome !== ticket.outcome) {
        events.push({ type: 'outcome_changed', at, to: update.outcome });
        changes.outcome = update.outcome;
      }
      if (update.subject !== undefined) changes.subject = update.subject;
      return { events, message: null, changes };
    },
  });
  const kind = updated.classification.kind;
  const reclassified = before !== undefined && kind !== before.classification.kind;
  if (reclassified || (before && updated.outcome !== before.outcome)) {
    await settleTicketCharge({
      ...options.hourBank,
      actor: options.actor,
      origin: options.origin,
      contractId: updated.contractId,
      ticketRef: updated.id,
      kind,
      outcome: updated.outcome,
      cause: reclassified
        ? { code: 'reclassified', kind }
        : { code: 'answer_changed', outcome: updated.outcome },
    });
  }
  return updated;
}
