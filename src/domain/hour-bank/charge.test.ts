import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import { reasonPhrase } from '../../i18n/index.js';
import { contractVersionAt } from '../contracts/index.js';
import { presetById } from '../plans/presets.js';
import {
  chargeFor,
  chargeTicket,
  emptyTally,
  estimateNeedsQuote,
  roundMinutes,
  type TicketWork,
  type WorkToCharge,
} from './charge.js';

const seed002 = contractVersionAt(buildContract(), '2025-01-15');
const seed001 = contractVersionAt(
  buildContract({
    plan: {
      ...presetById('seed001-premium').params,
      includedMinutesPerPeriod: 40 * 60,
      price: { amount: '1200', currency: 'EUR' },
      billing: { every: 'year', timing: 'in_advance' },
      term: { months: 12, autoRenew: true },
    },
  }),
  '2025-01-15',
);

function work(overrides: Partial<WorkToCharge> = {}): WorkToCharge {
  return {
    kind: 'question',
    minutes: 30,
    firstContact: true,
    ticket: emptyTally,
    conversation: null,
    ...overrides,
  };
}

function entries(...minutes: number[]): TicketWork[] {
  return minutes.map((m) => ({
    kind: 'corrective',
    minutes: m,
    firstContact: true,
    conversationId: null,
  }));
}

describe('seed rules on a single ticket', () => {
  it('incidents never consume hours', () => {
    for (const minutes of [1, 15, 600, 1440]) {
      const charge = chargeFor(
        work({ kind: 'incident', minutes, conversation: emptyTally }),
        seed001,
      );
      expect(charge).toMatchObject({ minutes: 0, free: true, quoteRequired: false });
      expect(charge.reasons).toEqual([{ code: 'free_kind', kind: 'incident' }]);
    }
    // the same work as a question does consume
    expect(
      chargeFor(work({ kind: 'question', minutes: 600, conversation: emptyTally }), seed001)
        .minutes,
    ).toBe(600);
  });

  it('15-minute minimum per opened conversation', () => {
    const opening = chargeFor(work({ minutes: 5, conversation: emptyTally }), seed001);
    expect(opening.minutes).toBe(15);
    expect(opening.reasons).toContainEqual({ code: 'minimum_per_conversation', minutes: 15 });
    // more work in the same conversation: the minimum already covers it, up to 15 worked minutes
    const more = chargeFor(
      work({ minutes: 5, ticket: opening.ticket, conversation: opening.conversation }),
      seed001,
    );
    expect(more.minutes).toBe(0);
    const past = chargeFor(
      work({ minutes: 10, ticket: more.ticket, conversation: more.conversation }),
      seed001,
    );
    expect(past.minutes).toBe(5);
    // a second conversation on the same ticket is another opening
    const second = chargeFor(
      work({ minutes: 3, ticket: past.ticket, conversation: emptyTally }),
      seed001,
    );
    expect(second.minutes).toBe(15);
    // a long conversation is charged what it took
    expect(chargeFor(work({ minutes: 40, conversation: emptyTally }), seed001).minutes).toBe(40);
  });

  it('1-hour minimum per ticket', () => {
    expect(chargeTicket(entries(20), seed002).map((c) => c.minutes)).toEqual([60]);
    // the minimum applies once per ticket: 20 + 30 worked cost 60, then 20 more past the hour
    const charges = chargeTicket(entries(20, 30, 30), seed002);
    expect(charges.map((c) => c.minutes)).toEqual([60, 0, 20]);
    expect(charges[0]?.reasons).toContainEqual({ code: 'minimum_per_ticket', minutes: 60 });
    expect(charges[1]?.reasons).toContainEqual({
      code: 'covered_by_minimum',
      scope: 'ticket',
      minutes: 60,
    });
    expect(chargeTicket(entries(90), seed002).map((c) => c.minutes)).toEqual([90]);
  });

  it('more than 8 hours requires a quote', () => {
    const exactly = chargeTicket(entries(480), seed002);
    expect(exactly.map((c) => [c.minutes, c.quoteRequired])).toEqual([[480, false]]);
    const over = chargeTicket(entries(300, 300, 60), seed002);
    expect(over.map((c) => [c.minutes, c.quoteRequired])).toEqual([
      [300, false],
      [180, true],
      [0, true],
    ]);
    expect(over[1]?.reasons).toContainEqual({ code: 'maximum_per_ticket', minutes: 480 });
    expect(estimateNeedsQuote(480, seed002)).toBe(false);
    expect(estimateNeedsQuote(481, seed002)).toBe(true);
  });
});

describe('approval beyond the first contact (seed 002)', () => {
  it('work solved at the first contact is deducted at once; later work waits for approval', () => {
    expect(chargeFor(work({ minutes: 10 }), seed002)).toMatchObject({
      minutes: 60,
      approvalRequired: false,
    });
    const later = chargeFor(work({ minutes: 90, firstContact: false }), seed002);
    expect(later).toMatchObject({ minutes: 90, approvalRequired: true });
    expect(later.reasons).toContainEqual({ code: 'approval_required' });
  });
});

describe('out-of-scope work is quoted, never deducted', () => {
  it('charges nothing and asks for a quote', () => {
    expect(chargeFor(work({ kind: 'out_of_scope', minutes: 120 }), seed002)).toMatchObject({
      minutes: 0,
      quoteRequired: true,
      free: false,
    });
  });
});

describe('rounding to a step', () => {
  it.each([
    [7, 15, 'up', 15],
    [15, 15, 'up', 15],
    [16, 15, 'up', 30],
    [7, 15, 'nearest', 0],
    [8, 15, 'nearest', 15],
    [22, 15, 'nearest', 15],
    [23, 15, 'nearest', 30],
    [29, 15, 'down', 15],
    [61, 1, 'up', 61],
  ] as const)('%i min, step %i, %s → %i', (minutes, step, direction, expected) => {
    expect(roundMinutes(minutes, step, direction)).toBe(expected);
  });

  it('is applied per entry and explained', () => {
    const version = contractVersionAt(
      buildContract({
        plan: {
          consumption: {
            ...seed002.plan.consumption,
            minimumPerTicketMinutes: 0,
            rounding: { stepMinutes: 15, direction: 'up' },
          },
        },
      }),
      '2025-01-15',
    );
    const charge = chargeFor(work({ minutes: 7 }), version);
    expect(charge.minutes).toBe(15);
    expect(charge.reasons.map((reason) => reasonPhrase('en', reason))).toEqual([
      'rounded up to 15 min (15-min steps, worked 7 min)',
    ]);
  });
});

describe('bad work input names the field', () => {
  it.each<[string, Partial<WorkToCharge>, string]>([
    ['zero minutes', { minutes: 0 }, 'work.minutes'],
    ['negative minutes', { minutes: -5 }, 'work.minutes'],
    ['more than a day in one entry', { minutes: 1441 }, 'work.minutes'],
    ['fractional minutes', { minutes: 12.5 }, 'work.minutes'],
    ['NaN minutes', { minutes: Number.NaN }, 'work.minutes'],
    ['unknown kind', { kind: 'bug' as WorkToCharge['kind'] }, 'work.kind'],
    [
      'negative ticket tally',
      { ticket: { loggedMinutes: -1, chargedMinutes: 0 } },
      'work.ticket.loggedMinutes',
    ],
    [
      'fractional conversation tally',
      { conversation: { loggedMinutes: 0, chargedMinutes: 0.5 } },
      'work.conversation.chargedMinutes',
    ],
  ])('%s fails at %s', (_, override, path) => {
    expect(() => chargeFor(work(override), seed002)).toThrow(
      expect.objectContaining({ code: 'invalid_input', path }),
    );
  });
});
