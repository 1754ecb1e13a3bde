/**
 * What one time entry costs the hour bank, with the reasons, under the contract version in
 * force. Pure: the caller passes what the ticket (and conversation) already had.
 *
 * Order of the rules for one entry of `m` worked minutes:
 * 1. Free kinds (seed 001: incidents) and out-of-scope work (quoted, never deducted) charge 0.
 * 2. Rounding to the plan's step, per entry (as PSA tools round each time entry).
 * 3. Minimum per conversation: a conversation counts at least the minimum in total. Its
 *    tally's `loggedMinutes` is what was worked in it; `chargedMinutes` what it passed on.
 * 4. Minimum and maximum per ticket, on the ticket's total: the ticket is charged
 *    `min(max(logged, minimum), maximum)` over all its entries, so the minimum applies once
 *    (20 min then 30 min on one ticket cost 60, not 90) and the cap is per ticket in total.
 *    Each entry is charged the increase of that total over what the ticket was charged.
 * 5. Approval: when the plan asks for it, work not solved at the first contact waits for the
 *    client's approval before it is deducted (seed 002).
 * 6. The ticket's answer (seed 002's five, see answers.ts) may cap the total (the minimum for an
 *    answer in the same communication or a platform limitation, nothing when not covered) and
 *    decides approval instead of the entry's first-contact flag.
 */

import type { ContractVersion } from '../contracts/index.js';
import { invalidInput } from '../errors.js';
import type { RoundingDirection } from '../plans/params.js';
import { type RequestOutcome, type TicketKind, ticketKinds } from '../tickets/vocabulary.js';
import { answerRule } from './answers.js';

/** Running totals of a ticket or a conversation: worked minutes and minutes charged for it. */
export interface Tally {
  readonly loggedMinutes: number;
  readonly chargedMinutes: number;
}

/** The tally of a ticket or conversation with no entries yet. */
export const emptyTally: Tally = { loggedMinutes: 0, chargedMinutes: 0 };

/** One time entry to charge. */
export interface WorkToCharge {
  readonly kind: TicketKind;
  /** Minutes worked in this entry: a whole number from 1 to 1440. */
  readonly minutes: number;
  /** The request was solved within the first communication (no approval needed). */
  readonly firstContact: boolean;
  /** The ticket's tally before this entry ({@link emptyTally} for its first). */
  readonly ticket: Tally;
  /** The conversation's tally before this entry; null when the work is in no conversation. */
  readonly conversation: Tally | null;
  /** The ticket's answer (seed 002's five possible answers); null or absent while unanswered. */
  readonly outcome?: RequestOutcome | null;
}

/** Why a charge is what it is: a stable code and its parameters (put into words by `i18n/charge-reasons.ts`). */
export type ChargeReason =
  | { readonly code: 'free_kind'; readonly kind: TicketKind }
  | { readonly code: 'out_of_scope' }
  | {
      readonly code: 'rounded';
      readonly direction: RoundingDirection;
      readonly stepMinutes: number;
      readonly fromMinutes: number;
      readonly toMinutes: number;
    }
  | { readonly code: 'minimum_per_conversation'; readonly minutes: number }
  | { readonly code: 'minimum_per_ticket'; readonly minutes: number }
  | {
      readonly code: 'covered_by_minimum';
      readonly scope: 'ticket' | 'conversation';
      readonly minutes: number;
    }
  | { readonly code: 'maximum_per_ticket'; readonly minutes: number }
  | { readonly code: 'approval_required' }
  | { readonly code: 'first_contact_charge'; readonly minutes: number }
  | { readonly code: 'billable_diagnosis'; readonly minutes: number }
  | { readonly code: 'overage_rate' }
  | { readonly code: 'not_covered' }
  | { readonly code: 'answer_changed'; readonly outcome: RequestOutcome | null }
  | { readonly code: 'reclassified'; readonly kind: TicketKind };

/** The charge of one entry and the tallies to pass with the ticket's next entry. */
export interface Charge {
  /** Minutes to deduct from the bank (0 when free). */
  readonly minutes: number;
  readonly reasons: readonly ChargeReason[];
  /** The ticket reached its maximum (or is out of scope): more work needs a quote. */
  readonly quoteRequired: boolean;
  /** The kind never consumes hours. */
  readonly free: boolean;
  /** The deduction waits for the client's approval (a pending consume entry). */
  readonly approvalRequired: boolean;
  readonly ticket: Tally;
  readonly conversation: Tally | null;
}

const maxEntryMinutes = 24 * 60;

function checkMinutes(value: number, path: string, min: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw invalidInput(
      path,
      `must be a whole number of minutes from ${min} to ${max}; got ${value}`,
    );
  }
}

function checkWork(work: WorkToCharge): void {
  if (!ticketKinds.includes(work.kind))
    throw invalidInput('work.kind', `unknown kind "${work.kind}"`);
  checkMinutes(work.minutes, 'work.minutes', 1, maxEntryMinutes);
  for (const [name, tally] of [
    ['ticket', work.ticket],
    ['conversation', work.conversation],
  ] as const) {
    if (tally === null) continue;
    checkMinutes(tally.loggedMinutes, `work.${name}.loggedMinutes`, 0, Number.MAX_SAFE_INTEGER);
    checkMinutes(tally.chargedMinutes, `work.${name}.chargedMinutes`, 0, Number.MAX_SAFE_INTEGER);
  }
}

/** Rounds minutes to a step in a direction (nearest rounds halves up). */
export function roundMinutes(minutes: number, step: number, direction: RoundingDirection): number {
  const whole = Math.floor(minutes / step) * step;
  const rest = minutes - whole;
  if (rest === 0 || direction === 'down') return whole;
  if (direction === 'up' || rest * 2 >= step) return whole + step;
  return whole;
}

/**
 * Adds `added` minutes to a ticket's or conversation's tally and charges the increase of
 * `min(max(logged, minimum), cap)` over what it was charged already.
 */
function applyMinimum(
  before: Tally,
  added: number,
  minimum: number,
  scope: 'ticket' | 'conversation',
  cap: number | null,
) {
  const loggedMinutes = before.loggedMinutes + added;
  const floored = Math.max(loggedMinutes, minimum);
  const total = cap === null ? floored : Math.min(floored, cap);
  const charged = Math.max(0, total - before.chargedMinutes);
  let reason: ChargeReason | null = null;
  if (loggedMinutes < minimum) {
    reason =
      before.chargedMinutes < minimum
        ? {
            code: scope === 'ticket' ? 'minimum_per_ticket' : 'minimum_per_conversation',
            minutes: minimum,
          }
        : { code: 'covered_by_minimum', scope, minutes: minimum };
  }
  return {
    charged,
    tally: { loggedMinutes, chargedMinutes: before.chargedMinutes + charged },
    reason,
    capped: cap !== null && floored > cap,
  };
}

function unchanged(work: WorkToCharge, reason: ChargeReason, free: boolean): Charge {
  return {
    minutes: 0,
    reasons: [reason],
    quoteRequired: !free,
    free,
    approvalRequired: false,
    ticket: work.ticket,
    conversation: work.conversation,
  };
}

/** Charges one time entry under the contract version in force (see the module comment). */
export function chargeFor(work: WorkToCharge, version: ContractVersion): Charge {
  checkWork(work);
  const rules = version.plan.consumption;
  if (rules.freeKinds.includes(work.kind))
    return unchanged(work, { code: 'free_kind', kind: work.kind }, true);
  if (work.kind === 'out_of_scope') return unchanged(work, { code: 'out_of_scope' }, false);

  const reasons: ChargeReason[] = [];
  const { stepMinutes, direction } = rules.rounding;
  const rounded = roundMinutes(work.minutes, stepMinutes, direction);
  if (rounded !== work.minutes) {
    reasons.push({
      code: 'rounded',
      direction,
      stepMinutes,
      fromMinutes: work.minutes,
      toMinutes: rounded,
    });
  }

  let counted = rounded;
  let conversation: Tally | null = null;
  if (work.conversation !== null) {
    const step = applyMinimum(
      work.conversation,
      rounded,
      rules.minimumPerConversationMinutes,
      'conversation',
      null,
    );
    if (step.reason) reasons.push(step.reason);
    counted = step.charged;
    conversation = step.tally;
  }
  const answer = answerRule(work.outcome ?? null, rules);
  const ticket = applyMinimum(
    work.ticket,
    counted,
    rules.minimumPerTicketMinutes,
    'ticket',
    answer.cap,
  );
  if (ticket.reason && answer.cap !== 0) reasons.push(ticket.reason);
  if (answer.reason) reasons.push(answer.reason);
  const minutes = ticket.charged;
  const maximum = rules.maximumPerTicketMinutes;
  if (ticket.capped && maximum !== null && answer.cap === maximum)
    reasons.push({ code: 'maximum_per_ticket', minutes: maximum });
  const quoteRequired = ticket.capped && answer.quote;
  const approvalRequired =
    minutes > 0 &&
    (answer.approval === 'entry'
      ? rules.approvalBeyondFirstContact && !work.firstContact
      : answer.approval);
  if (approvalRequired) reasons.push({ code: 'approval_required' });
  return {
    minutes,
    reasons,
    quoteRequired,
    free: false,
    approvalRequired,
    ticket: ticket.tally,
    conversation,
  };
}

/** One entry of a ticket's history, for {@link chargeTicket}. */
export interface TicketWork {
  readonly kind: TicketKind;
  readonly minutes: number;
  readonly firstContact: boolean;
  /** The conversation the entry belongs to; null when none. */
  readonly conversationId: string | null;
  /** The ticket's answer to charge it under (see answers.ts); none while unanswered. */
  readonly outcome?: RequestOutcome | null;
}

/** A ticket's charges entry by entry, and its tallies after the last one. */
function replayTicket(entries: readonly TicketWork[], version: ContractVersion) {
  const conversations = new Map<string, Tally>();
  let ticket = emptyTally;
  const charges = entries.map((entry) => {
    const conversation =
      entry.conversationId === null
        ? null
        : (conversations.get(entry.conversationId) ?? emptyTally);
    const charge = chargeFor({ ...entry, ticket, conversation }, version);
    ticket = charge.ticket;
    if (entry.conversationId !== null && charge.conversation !== null)
      conversations.set(entry.conversationId, charge.conversation);
    return charge;
  });
  return { charges, ticket, conversations };
}

/** Charges a ticket's entries in order, threading the tallies: to recompute a ticket. */
export function chargeTicket(entries: readonly TicketWork[], version: ContractVersion): Charge[] {
  return replayTicket(entries, version).charges;
}

/**
 * The tallies to charge a ticket's next entry with, rebuilt from its earlier entries (its work
 * log) and what it has actually been charged so far. Worked minutes are replayed through the
 * rounding and the conversation minimums, so each conversation and the ticket count their
 * minimum once however the entries came; the ticket's charged minutes are the ones the bank was
 * given, so the next entry is charged the increase of the ticket's total over them.
 */
export function talliesBefore(
  earlier: readonly TicketWork[],
  chargedMinutes: number,
  conversationId: string | null,
  version: ContractVersion,
): { ticket: Tally; conversation: Tally | null } {
  const replayed = replayTicket(earlier, version);
  return {
    ticket: { loggedMinutes: replayed.ticket.loggedMinutes, chargedMinutes },
    conversation:
      conversationId === null ? null : (replayed.conversations.get(conversationId) ?? emptyTally),
  };
}

/**
 * Whether planned work must be quoted instead of ticketed: seed 002 quotes a new project
 * when a ticket's planned time exceeds the maximum per ticket.
 */
export function estimateNeedsQuote(plannedMinutes: number, version: ContractVersion): boolean {
  checkMinutes(plannedMinutes, 'plannedMinutes', 0, Number.MAX_SAFE_INTEGER);
  const maximum = version.plan.consumption.maximumPerTicketMinutes;
  return maximum !== null && plannedMinutes > maximum;
}
