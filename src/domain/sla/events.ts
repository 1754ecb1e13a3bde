/**
 * A ticket's event log as the SLA clocks read it. The log is append-only: clocks are always
 * recomputed from it, never patched in place. Every entry carries `at` (epoch ms); entries are
 * in the order they happened (equal instants keep their log order).
 */

import type { NoteAudience } from '../tickets/audience.js';
import type { TicketStatus } from '../tickets/status.js';
import type {
  Channel,
  Classification,
  Criticality,
  RequestOutcome,
  SupportLevel,
} from '../tickets/vocabulary.js';

/** A status a reply may set in the same action ("reply and wait on the client", "reply and resolve"). */
export type ReplyStatus = Extract<
  TicketStatus,
  'open' | 'waiting_client' | 'waiting_vendor' | 'resolved'
>;

/** The first entry of every log: how the request arrived. */
export interface OpenedEvent {
  readonly type: 'opened';
  readonly at: number;
  readonly criticality: Criticality;
  readonly kind: Classification;
  readonly channel: Channel;
  /** Support level at opening; L1 when absent. */
  readonly level?: SupportLevel;
}

/** A public reply by the provider; automatic replies (acknowledgements, bots) are not a response. */
export interface ProviderRepliedEvent {
  readonly type: 'provider_replied';
  readonly at: number;
  readonly automatic: boolean;
  readonly setsStatus?: ReplyStatus;
}

/** A public reply by the client. It changes the status only through `setsStatus`. */
export interface ClientRepliedEvent {
  readonly type: 'client_replied';
  readonly at: number;
  readonly setsStatus?: ReplyStatus;
}

/** A note the client never sees; never a response. Its audience is `internal` when absent. */
export interface InternalNoteEvent {
  readonly type: 'internal_note';
  readonly at: number;
  readonly audience?: NoteAudience;
}

/** A status change other than resolving, reopening and closing (which have their own entries). */
export interface StatusChangedEvent {
  readonly type: 'status_changed';
  readonly at: number;
  readonly to: Extract<TicketStatus, 'open' | 'waiting_client' | 'waiting_vendor'>;
}

/** The client (or the provider on its behalf) changed the criticality. */
export interface CriticalityChangedEvent {
  readonly type: 'criticality_changed';
  readonly at: number;
  readonly to: Criticality;
}

/** The request was reclassified, e.g. it became an urgency. */
export interface KindChangedEvent {
  readonly type: 'kind_changed';
  readonly at: number;
  readonly to: Classification;
}

/** The ticket moved to another support level (L3: escalated to the vendor). */
export interface LevelChangedEvent {
  readonly type: 'level_changed';
  readonly at: number;
  readonly to: SupportLevel;
}

/** The provider resolved the request. */
export interface ResolvedEvent {
  readonly type: 'resolved';
  readonly at: number;
}

/** A resolved request was reopened. */
export interface ReopenedEvent {
  readonly type: 'reopened';
  readonly at: number;
}

/** The ticket was closed for good. */
export interface ClosedEvent {
  readonly type: 'closed';
  readonly at: number;
}

/** Someone else works the ticket now (null: nobody); the clocks ignore it, the history shows it. */
export interface AssignedEvent {
  readonly type: 'assigned';
  readonly at: number;
  readonly to: string | null;
}

/** The managing partner's first line handed the ticket to the provider (seed 001); clocks ignore it. */
export interface EscalatedEvent {
  readonly type: 'escalated';
  readonly at: number;
}

/** The answer to the request (seed 002's five) was set or cleared; the clocks ignore it. */
export interface OutcomeChangedEvent {
  readonly type: 'outcome_changed';
  readonly at: number;
  readonly to: RequestOutcome | null;
}

/** One entry of a ticket's event log. */
export type TicketEvent =
  | OpenedEvent
  | ProviderRepliedEvent
  | ClientRepliedEvent
  | InternalNoteEvent
  | StatusChangedEvent
  | CriticalityChangedEvent
  | KindChangedEvent
  | LevelChangedEvent
  | ResolvedEvent
  | ReopenedEvent
  | ClosedEvent
  | AssignedEvent
  | EscalatedEvent
  | OutcomeChangedEvent;

/** One of the `type`s of {@link TicketEvent}. */
export type TicketEventType = TicketEvent['type'];
