/**
 * A ticket's history in words people read: who did what and when, and for every field that
 * changed its value before and after. It is replayed from the ticket's event log (the same log
 * the SLA clocks are computed from), so it can never disagree with the ticket.
 */
import type { OrganisationKind } from '../identity/roles.js';
import type { TicketEvent } from '../sla/events.js';
import { type MessageVisibility, seesMessage } from './audience.js';
import type { TicketStatus } from './status.js';
import type {
  Channel,
  Classification,
  Criticality,
  RequestOutcome,
  SupportLevel,
} from './vocabulary.js';

/** One entry of the log with who wrote it (null: the installation itself, e.g. a job). */
export interface LoggedEvent {
  readonly event: TicketEvent;
  readonly actorId: string | null;
}

/** A field of the ticket that changed, with its value before and after. */
export type FieldChange =
  | { readonly field: 'status'; readonly from: TicketStatus; readonly to: TicketStatus }
  | { readonly field: 'criticality'; readonly from: Criticality; readonly to: Criticality }
  | { readonly field: 'level'; readonly from: SupportLevel; readonly to: SupportLevel }
  | { readonly field: 'kind'; readonly from: Classification; readonly to: Classification }
  | { readonly field: 'assignee'; readonly from: string | null; readonly to: string | null }
  | {
      readonly field: 'outcome';
      readonly from: RequestOutcome | null;
      readonly to: RequestOutcome | null;
    };

/** What can happen to a ticket: opened, answered, noted, changed or escalated to the provider. */
export const historyActions = [
  'opened',
  'replied',
  'client_replied',
  'note',
  'changed',
  'escalated',
] as const;
/** One of {@link historyActions}. */
export type HistoryAction = (typeof historyActions)[number];

/** One line of the history. */
export interface HistoryEntry {
  readonly at: number;
  readonly actorId: string | null;
  readonly action: HistoryAction;
  /** Who may read this line: a note its audience, an escalation the partner and the provider, the rest everyone. */
  readonly visibility: MessageVisibility;
  /** For replies: an acknowledgement or a bot, never a first response. */
  readonly automatic: boolean;
  /** For the opening: how the request came in. */
  readonly channel: Channel | null;
  readonly changes: readonly FieldChange[];
}

interface Fields {
  status: TicketStatus;
  criticality: Criticality;
  level: SupportLevel;
  kind: Classification;
  assignee: string | null;
  outcome: RequestOutcome | null;
}

function statusAfter(event: TicketEvent, status: TicketStatus): TicketStatus {
  switch (event.type) {
    case 'provider_replied':
      return event.setsStatus ?? (status === 'new' ? 'open' : status);
    case 'client_replied':
      return event.setsStatus ?? status;
    case 'status_changed':
      return event.to;
    case 'resolved':
    case 'closed':
      return event.type;
    case 'reopened':
      return 'open';
    default:
      return status;
  }
}

function fieldsAfter(event: TicketEvent, fields: Fields): Fields {
  const next = { ...fields, status: statusAfter(event, fields.status) };
  if (event.type === 'criticality_changed') next.criticality = event.to;
  if (event.type === 'level_changed') next.level = event.to;
  if (event.type === 'kind_changed') next.kind = event.to;
  if (event.type === 'assigned') next.assignee = event.to;
  if (event.type === 'outcome_changed') next.outcome = event.to;
  return next;
}

function changesBetween(before: Fields, after: Fields): FieldChange[] {
  const changes: FieldChange[] = [];
  const add = <F extends keyof Fields>(field: F) => {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      changes.push({ field, from: before[field], to: after[field] } as FieldChange);
  };
  for (const field of ['status', 'criticality', 'level', 'kind', 'assignee', 'outcome'] as const)
    add(field);
  return changes;
}

function actionOf(event: TicketEvent): HistoryAction {
  switch (event.type) {
    case 'opened':
      return 'opened';
    case 'provider_replied':
      return 'replied';
    case 'client_replied':
      return 'client_replied';
    case 'internal_note':
      return 'note';
    case 'escalated':
      return 'escalated';
    default:
      return 'changed';
  }
}

/** Notes carry their audience; an escalation is between the partner and the provider. */
function visibilityOf(event: TicketEvent): MessageVisibility {
  if (event.type === 'internal_note') return event.audience ?? 'internal';
  return event.type === 'escalated' ? 'partner' : 'public';
}

/** Replays a ticket's log into its history, oldest first. */
export function ticketHistory(log: readonly LoggedEvent[]): HistoryEntry[] {
  const [first] = log;
  if (first?.event.type !== 'opened') return [];
  const opened = first.event;
  let fields: Fields = {
    status: 'new',
    criticality: opened.criticality,
    level: opened.level ?? 'L1',
    kind: opened.kind,
    assignee: null,
    outcome: null,
  };
  return log.map(({ event, actorId }) => {
    const before = fields;
    fields = event.type === 'opened' ? fields : fieldsAfter(event, fields);
    return {
      at: event.at,
      actorId,
      action: actionOf(event),
      visibility: visibilityOf(event),
      automatic: event.type === 'provider_replied' && event.automatic,
      channel: event.type === 'opened' ? event.channel : null,
      changes: changesBetween(before, fields),
    };
  });
}

/** The lines of a history a reader of this kind of organisation may see (notes by audience). */
export function historyFor(
  reader: OrganisationKind,
  history: readonly HistoryEntry[],
): HistoryEntry[] {
  return history.filter((entry) => seesMessage(reader, entry.visibility));
}
