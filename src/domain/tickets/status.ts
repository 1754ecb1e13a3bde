/**
 * The ticket status machine. A ticket is `new` until someone works it, `open` while the provider
 * works, waits on the client or on the vendor (both pause the provider's SLA clocks), is
 * `resolved`, and finally `closed`.
 *
 * Reopening: a `resolved` ticket can go back to `open`. A `closed` ticket is final — it has been
 * counted in compliance reports and hour-bank statements, so a follow-up opens a new ticket
 * (which may link to the old one) instead of reopening it; a closed ticket also accepts no
 * public replies.
 */
import { ticketError } from './errors.js';
import type { SupportLevel } from './vocabulary.js';

/** Every status a ticket can be in, in lifecycle order. */
export const ticketStatuses = [
  'new',
  'open',
  'waiting_client',
  'waiting_vendor',
  'resolved',
  'closed',
] as const;
/** One of {@link ticketStatuses}. */
export type TicketStatus = (typeof ticketStatuses)[number];

const waiting = ['waiting_client', 'waiting_vendor'] as const;

/** Allowed moves; anything else (including staying in the same status) is a rule violation. */
export const allowedTransitions: { readonly [S in TicketStatus]: readonly TicketStatus[] } = {
  new: ['open', ...waiting, 'resolved'],
  open: [...waiting, 'resolved'],
  waiting_client: ['open', 'waiting_vendor', 'resolved'],
  waiting_vendor: ['open', 'waiting_client', 'resolved'],
  resolved: ['open', 'closed'],
  closed: [],
};

/** Whether the machine allows moving from `from` to `to`. */
export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return allowedTransitions[from].includes(to);
}

/** The status after moving from `from` to `to`; throws `rule_violation` for a move the machine does not allow. */
export function transition(from: TicketStatus, to: TicketStatus): TicketStatus {
  if (canTransition(from, to)) return to;
  const allowed = allowedTransitions[from];
  if (from === 'closed') {
    throw ticketError(
      'closed_is_final',
      { from, to },
      `cannot move a ticket from closed to ${to}: a closed ticket is final; open a new ticket for a follow-up`,
    );
  }
  throw ticketError(
    'transition_not_allowed',
    { from, to, allowed },
    `cannot move a ticket from ${from} to ${to}: from ${from} a ticket can go to ${allowed.join(', ')}`,
  );
}

/** Refuses a public reply (by either side) on a closed ticket. */
export function assertAcceptsReplies(status: TicketStatus): void {
  if (status === 'closed') {
    throw ticketError(
      'closed_accepts_no_replies',
      {},
      'a closed ticket accepts no replies; open a new ticket for a follow-up',
    );
  }
}

/** Refuses waiting on the vendor unless the ticket is escalated to level L3 (seed 002). */
export function assertLevelAllows(status: TicketStatus, level: SupportLevel): void {
  if (status === 'waiting_vendor' && level !== 'L3') {
    throw ticketError(
      'vendor_wait_needs_l3',
      { level },
      `only an L3 ticket (escalated to the vendor) can wait on the vendor; this one is ${level}`,
    );
  }
}
