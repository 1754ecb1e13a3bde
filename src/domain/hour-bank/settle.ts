/**
 * Settling a ticket's charge when its answer (seed 002's five, answers.ts) or its kind changes
 * (seed 001: incidents never consume hours). The ledger is never edited: it is brought to what
 * the ticket costs now with new entries, each with its reason —
 * - a consume the ticket no longer owes is reversed when it took effect in the period under way
 *   or still awaits approval, and given back by an adjustment (with the ticket's id) when it
 *   took effect in an earlier period, which stays as it was closed;
 * - what the ticket owes beyond what the ledger holds is a new consume;
 * - when the answer decides approval, consumption in the other state is reissued: work awaiting
 *   approval is deducted at once for an answer that needs none, and work deducted without
 *   approval waits for it once a term is committed (`scheduled`).
 * Consumption the client rejected stays as decided.
 */
import { type Contract, type ContractVersion, periodOf, scheduleOf } from '../contracts/index.js';
import {
  type RequestOutcome,
  requestOutcomes,
  type TicketKind,
  ticketKinds,
} from '../tickets/vocabulary.js';
import type { LocalDate } from '../time/local-date.js';
import { answerRule } from './answers.js';
import { type ChargeReason, chargeTicket, type TicketWork } from './charge.js';
import { grantExpiry } from './close.js';
import type { ConsumeEntry, LedgerEntry, NewEntry } from './ledger.js';

/** Why a ticket's charge is settled again: its answer changed, or it was reclassified. */
export type SettlementCause = Extract<ChargeReason, { code: 'answer_changed' | 'reclassified' }>;

/**
 * The reason a settlement's ledger entries carry: the cause as a code with its parameter
 * (`answer_changed:scheduled`, `reclassified:incident`), never composed text; the ticket's work
 * log keeps the cause itself, which `src/i18n` puts into words.
 */
export function settlementReason(cause: SettlementCause): string {
  return cause.code === 'answer_changed'
    ? `answer_changed:${cause.outcome ?? 'none'}`
    : `reclassified:${cause.kind}`;
}

/**
 * The cause a ledger entry's reason names when a settlement wrote it (the inverse of
 * {@link settlementReason}); null for any other reason, such as a person's own words on an
 * adjustment. Lets every edge put the code into words in the reader's language.
 */
export function settlementCauseOf(reason: string): SettlementCause | null {
  const [code, value = '', ...rest] = reason.split(':');
  if (rest.length > 0) return null;
  if (code === 'reclassified') {
    const kind = ticketKinds.find((known) => known === value);
    return kind ? { code, kind } : null;
  }
  if (code !== 'answer_changed') return null;
  if (value === 'none') return { code, outcome: null };
  const outcome = requestOutcomes.find((known: RequestOutcome) => known === value);
  return outcome ? { code, outcome } : null;
}

/** What a ticket costs in total now, and how consumption added for it is approved. */
export interface TicketTarget {
  readonly minutes: number;
  /** New consumption awaits the client's approval. */
  readonly approval: boolean;
  /** The answer decides approval, so consumption in the other state is reissued. */
  readonly reissue: boolean;
}

/**
 * What a ticket of `kind` with answer `outcome` costs in total for its time entries (each with
 * the kind it was logged as) under the contract version in force: a free kind or out-of-scope
 * work costs nothing, else the sum of its entries' charges under the answer.
 */
export function ticketTarget(
  entries: readonly TicketWork[],
  version: ContractVersion,
  kind: TicketKind,
  outcome: RequestOutcome | null,
): TicketTarget {
  const rules = version.plan.consumption;
  const answer = answerRule(outcome, rules);
  const approval = answer.approval === 'entry' ? rules.approvalBeyondFirstContact : answer.approval;
  const reissue = answer.approval !== 'entry';
  if (rules.freeKinds.includes(kind) || kind === 'out_of_scope')
    return { minutes: 0, approval, reissue };
  const charges = chargeTicket(
    entries.map((entry) => ({ ...entry, outcome })),
    version,
  );
  return { minutes: charges.reduce((sum, charge) => sum + charge.minutes, 0), approval, reissue };
}

type Live = { readonly entry: ConsumeEntry & { id: string }; readonly effectiveOn: LocalDate } & (
  | { readonly state: 'pending' }
  | { readonly state: 'deducted'; readonly approved: boolean }
);

/** The ticket's consumes not reversed nor rejected, oldest first, and what was given back for it. */
function liveConsumption(entries: readonly LedgerEntry[], ticketId: string) {
  const reversed = new Set<string>();
  const decisions = new Map<string, LedgerEntry & { type: 'approval' }>();
  for (const entry of entries) {
    if (entry.type === 'reversal') reversed.add(entry.entryId);
    if (entry.type === 'approval') decisions.set(entry.consumeId, entry);
  }
  const live: Live[] = [];
  let givenBack = 0;
  for (const entry of entries) {
    if (reversed.has(entry.id)) continue;
    if (entry.type === 'adjust' && entry.ticketId === ticketId && entry.minutes > 0)
      givenBack += entry.minutes;
    if (entry.type !== 'consume' || entry.ticketId !== ticketId) continue;
    const decision = decisions.get(entry.id);
    if (decision?.decision === 'rejected') continue;
    if (entry.needsApproval && !decision)
      live.push({ entry, effectiveOn: entry.on, state: 'pending' });
    else
      live.push({
        entry,
        effectiveOn: decision?.on ?? entry.on,
        state: 'deducted',
        approved: entry.needsApproval,
      });
  }
  return { live, givenBack };
}

/** Whether a live consume is in the state the target wants (approved work fits both). */
function fits(consume: Live, target: TicketTarget): boolean {
  if (!target.reissue) return true;
  if (consume.state === 'pending') return target.approval;
  return consume.approved || !target.approval;
}

/**
 * The entries that bring the ledger to what a ticket costs now (see the module comment), dated
 * `today`, and the minutes to record against the ticket so that its charged total becomes the
 * target (`chargedMinutes` is what its work log says it was charged so far).
 */
export function settleTicket(input: {
  contract: Contract;
  entries: readonly LedgerEntry[];
  ticketId: string;
  kind: TicketKind;
  chargedMinutes: number;
  target: TicketTarget;
  today: LocalDate;
  cause: SettlementCause;
}): { entries: NewEntry[]; chargedMinutes: number } {
  const { contract, target, today, ticketId } = input;
  const { live, givenBack } = liveConsumption(input.entries, ticketId);
  const delta = target.minutes - input.chargedMinutes;
  const held = live.reduce((sum, c) => sum + c.entry.minutes, -givenBack);
  const wanted = Math.max(0, held + delta);
  const kept = live.filter((c) => fits(c, target));
  const released = live.filter((c) => !fits(c, target));
  let keptMinutes = kept.reduce((sum, c) => sum + c.entry.minutes, -givenBack);
  while (keptMinutes > wanted && kept.length > 0) {
    const newest = kept.pop() as Live;
    released.push(newest);
    keptMinutes -= newest.entry.minutes;
  }
  const reason = settlementReason(input.cause);
  const schedule = scheduleOf(contract);
  const current = periodOf(schedule, today);
  const out: NewEntry[] = released.map((c) =>
    c.state === 'pending' || periodOf(schedule, c.effectiveOn).key === current.key
      ? { type: 'reversal', on: today, entryId: c.entry.id, reason, ticketId }
      : {
          type: 'adjust',
          on: today,
          minutes: c.entry.minutes,
          reason,
          expiresOn: grantExpiry(contract, current),
          ticketId,
        },
  );
  const owed = wanted - keptMinutes;
  if (owed > 0) {
    out.push({
      type: 'consume',
      on: today,
      minutes: owed,
      kind: input.kind,
      ticketId,
      needsApproval: target.approval,
    });
  }
  return { entries: out, chargedMinutes: delta };
}
