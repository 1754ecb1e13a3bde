import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import { buildQuote, buildQuoteContent, decisionMaker } from '../../../test/factories/quotes.js';
import { contractVersionAt } from '../contracts/index.js';
import { presetById } from '../plans/presets.js';
import { decideQuote, expireQuote, reviseQuote, sendQuote, withdrawQuote } from './lifecycle.js';
import type { Quote } from './quote.js';
import { ticketQuoteReason, ticketQuoteStatus } from './ticket.js';

const infinity25 = contractVersionAt(
  buildContract({ plan: presetById('seed002-infinity-25').params }),
  '2026-03-05',
);
const seed001 = contractVersionAt(
  buildContract({
    plan: {
      ...presetById('seed001-premium').params,
      includedMinutesPerPeriod: 2400,
      price: { amount: '1200', currency: 'EUR' },
      billing: { every: 'year', timing: 'in_advance' },
      term: { months: 12, autoRenew: true },
    },
  }),
  '2026-03-05',
);

describe('when a ticket needs a quote', () => {
  it('out-of-scope work and work planned past the maximum per ticket are quoted', () => {
    const cases = [
      [
        { kind: 'out_of_scope', plannedMinutes: null, reachedMaximum: false },
        infinity25,
        'out_of_scope',
      ],
      [
        { kind: 'out_of_scope', plannedMinutes: 30, reachedMaximum: false },
        seed001,
        'out_of_scope',
      ],
      [{ kind: 'evolutive', plannedMinutes: 480, reachedMaximum: false }, infinity25, null], // 8 h: the maximum itself
      [
        { kind: 'evolutive', plannedMinutes: 481, reachedMaximum: false },
        infinity25,
        'over_maximum',
      ],
      [
        { kind: 'corrective', plannedMinutes: 1200, reachedMaximum: false },
        infinity25,
        'over_maximum',
      ],
      [
        { kind: 'corrective', plannedMinutes: null, reachedMaximum: true },
        infinity25,
        'over_maximum',
      ],
      [{ kind: 'corrective', plannedMinutes: null, reachedMaximum: false }, infinity25, null],
      [{ kind: 'question', plannedMinutes: 10_000, reachedMaximum: false }, seed001, null], // no maximum
    ] as const;
    for (const [work, version, reason] of cases) {
      expect(ticketQuoteReason(work, version), JSON.stringify(work)).toBe(reason);
    }
  });
});

describe('the quote mark on a ticket', () => {
  const fromTicket = (id = 'quote-1', ticketId = 'ticket-7') =>
    buildQuote({ id, origin: { kind: 'ticket', ticketId, reason: 'over_maximum' } });
  const step = { on: '2026-03-06', by: 'agent-1' };
  const decide = (quote: Quote, decision: 'approved' | 'rejected', on = '2026-03-07') =>
    decideQuote(quote, {
      version: quote.versions.length,
      decision,
      on,
      by: decisionMaker,
      reason: null,
    });

  it('shows "quote required" until a quote made from the ticket is decided', () => {
    const sent = sendQuote(fromTicket(), step);
    const rejected = decide(sent, 'rejected');
    const revised = reviseQuote(rejected, buildQuoteContent({ validUntil: '2026-04-30' }), {
      on: '2026-03-08',
      by: 'agent-1',
    });
    const cases: [
      quotes: Quote[],
      reason: 'over_maximum' | null,
      required: boolean,
      latest: string | null,
    ][] = [
      [[], 'over_maximum', true, null],
      [[], null, false, null],
      [[fromTicket()], 'over_maximum', true, 'draft'],
      [[sent], 'over_maximum', true, 'sent'],
      [[rejected], 'over_maximum', false, 'rejected'],
      [[revised], 'over_maximum', true, 'draft'], // revised after the rejection: open again
      [
        [decide(sendQuote(revised, { on: '2026-03-08', by: 'agent-1' }), 'approved', '2026-03-09')],
        null,
        false,
        'approved',
      ],
      [[withdrawQuote(sent, { ...step, reason: 'duplicate' })], 'over_maximum', true, 'withdrawn'],
      [[expireQuote(sent, '2026-04-01')], 'over_maximum', true, 'expired'],
      [[fromTicket('quote-9', 'ticket-8')], 'over_maximum', true, null], // another ticket's quote
      [[decide(sendQuote(fromTicket('quote-9', 'ticket-8'), step), 'approved')], null, false, null],
      [[rejected, fromTicket('quote-2')], 'over_maximum', false, 'draft'], // one quote decided
    ];
    for (const [quotes, reason, required, latest] of cases) {
      const status = ticketQuoteStatus('ticket-7', reason, quotes, '2026-03-09');
      expect(status.quoteRequired, `${quotes.map((q) => q.id)} ${latest}`).toBe(required);
      expect(status.latest?.state ?? null).toBe(latest);
    }
  });

  it("reads a sent quote's expiry on the day asked", () => {
    const sent = sendQuote(fromTicket(), step);
    expect(ticketQuoteStatus('ticket-7', 'over_maximum', [sent], '2026-03-31').latest?.state).toBe(
      'sent',
    );
    expect(ticketQuoteStatus('ticket-7', 'over_maximum', [sent], '2026-04-01').latest?.state).toBe(
      'expired',
    );
  });
});
