/**
 * The property behind issue 10's first rule, checked for any plan and any entries.
 *
 * For consumption rules (minimum per ticket `mt`, minimum per conversation `mc`, a rounding step
 * and direction, maximum per ticket `M` or none) and entries e1…en of one billable ticket, each
 * with worked minutes and a conversation or none, logged one at a time as the app does (the
 * tallies rebuilt from the earlier entries by `talliesBefore`, the ticket's charged minutes being
 * the sum of the earlier increments), after every entry k:
 *
 *   increment1 + … + incrementk = charge(e1…ek), every increment ≥ 0, where
 *   counted  = Σ over conversations c of max(Σ_{e in c} round(e), mc) + Σ over entries in no conversation of round(e)
 *   charge   = 0 with no entry, else min(max(counted, mt), M)
 *
 * Rounding is per entry (as PSA tools round each time entry), so `round` applies to each entry
 * before any minimum; a conversation's minimum covers the conversation's whole rounded time and the
 * ticket's minimum and maximum apply once, to the ticket's total. Charging the entries through
 * `chargeTicket` (tallies threaded in memory) gives the same increments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import { contractVersionAt } from '../contracts/index.js';
import type { RoundingDirection } from '../plans/params.js';
import { chargeFor, chargeTicket, roundMinutes, type TicketWork, talliesBefore } from './charge.js';

interface Rules {
  minimumPerTicket: number;
  minimumPerConversation: number;
  step: number;
  direction: RoundingDirection;
  maximum: number | null;
}

const rules = fc
  .record({
    minimumPerTicket: fc.constantFrom(0, 15, 60, 120),
    minimumPerConversation: fc.constantFrom(0, 15, 30),
    step: fc.constantFrom(1, 5, 15, 30),
    direction: fc.constantFrom<RoundingDirection>('up', 'nearest', 'down'),
    maximum: fc.option(fc.integer({ min: 120, max: 900 }), { nil: null }),
  })
  .filter((r) => r.maximum === null || r.maximum >= r.minimumPerTicket);

const entries = fc.array(
  fc.record({
    minutes: fc.integer({ min: 1, max: 300 }),
    conversationId: fc.constantFrom(null, 'a', 'b', 'c'),
  }),
  { minLength: 1, maxLength: 12 },
);

function versionFor(r: Rules) {
  const contract = buildContract({
    plan: {
      consumption: {
        minimumPerTicketMinutes: r.minimumPerTicket,
        minimumPerConversationMinutes: r.minimumPerConversation,
        rounding: { stepMinutes: r.step, direction: r.direction },
        maximumPerTicketMinutes: r.maximum,
        freeKinds: [],
        approvalBeyondFirstContact: false,
      },
    },
  });
  return contractVersionAt(contract, '2025-01-15');
}

/** The charge of a ticket's total, computed directly from the rule (the oracle). */
function chargeOfTotal(work: readonly TicketWork[], r: Rules): number {
  if (work.length === 0) return 0;
  const rounded = (e: TicketWork) => roundMinutes(e.minutes, r.step, r.direction);
  const byConversation = new Map<string, number>();
  let outside = 0;
  for (const e of work) {
    if (e.conversationId === null) outside += rounded(e);
    else
      byConversation.set(
        e.conversationId,
        (byConversation.get(e.conversationId) ?? 0) + rounded(e),
      );
  }
  const counted = [...byConversation.values()].reduce(
    (sum, minutes) => sum + Math.max(minutes, r.minimumPerConversation),
    outside,
  );
  const floored = Math.max(counted, r.minimumPerTicket);
  return r.maximum === null ? floored : Math.min(floored, r.maximum);
}

describe('charging a ticket entry by entry', () => {
  it('for any sequence of time entries on one ticket, the increments charged add up to the charge of the ticket total under the minimums, rounding and maximum', () => {
    fc.assert(
      fc.property(rules, entries, (r, logged) => {
        const version = versionFor(r);
        const work: TicketWork[] = logged.map((e) => ({
          kind: 'question',
          minutes: e.minutes,
          firstContact: true,
          conversationId: e.conversationId,
        }));
        let charged = 0;
        const increments = work.map((entry, k) => {
          const tallies = talliesBefore(work.slice(0, k), charged, entry.conversationId, version);
          const charge = chargeFor({ ...entry, ...tallies }, version);
          expect(charge.minutes).toBeGreaterThanOrEqual(0);
          charged += charge.minutes;
          expect(charged).toBe(chargeOfTotal(work.slice(0, k + 1), r));
          return charge.minutes;
        });
        expect(chargeTicket(work, version).map((c) => c.minutes)).toEqual(increments);
      }),
      { numRuns: 500 },
    );
  });
});
