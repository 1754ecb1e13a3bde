import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import { buildConsume, MemoryLedger } from '../../../test/factories/hour-bank.js';
import { contractVersionAt, periodByIndex, scheduleOf } from '../contracts/index.js';
import type { RequestOutcome } from '../tickets/vocabulary.js';
import { chargeTicket, type TicketWork } from './charge.js';
import { closePeriod, missingGrants } from './close.js';
import { balanceAt } from './derive.js';
import { settleTicket, ticketTarget } from './settle.js';

const contract = buildContract(); // seed 002 BASE: 1 h minimum, 8 h maximum, approval beyond the first contact
const version = contractVersionAt(contract, '2025-01-15');
const work = (...minutes: number[]): TicketWork[] =>
  minutes.map((m) => ({
    kind: 'corrective',
    minutes: m,
    firstContact: false,
    conversationId: null,
  }));

describe('seed 002’s five answers shape a ticket’s charge', () => {
  it.each<[RequestOutcome | null, number[], number[], boolean]>([
    [null, [20, 100, 10], [60, 60, 10], true],
    ['answered_in_first_contact', [20, 100, 10], [60, 0, 0], false],
    ['platform_limitation', [200], [60], false],
    ['scheduled', [20, 100], [60, 60], true],
    ['hours_exhausted', [300, 300], [300, 180], false],
    ['not_covered', [45, 30], [0, 0], false],
  ])('%s: %o worked are charged %o', (outcome, worked, charged, approval) => {
    const charges = chargeTicket(
      work(...worked).map((w) => ({ ...w, outcome })),
      version,
    );
    expect(charges.map((c) => c.minutes)).toEqual(charged);
    expect(charges.some((c) => c.approvalRequired)).toBe(approval);
    const target = ticketTarget(work(...worked), version, 'corrective', outcome);
    expect(target.minutes).toBe(charged.reduce((a, b) => a + b, 0));
  });

  it('a not-covered ticket asks for a quote; a free kind costs nothing whatever the answer', () => {
    const [charge] = chargeTicket(
      [{ ...work(30)[0], outcome: 'not_covered' } as TicketWork],
      version,
    );
    expect(charge).toMatchObject({ minutes: 0, quoteRequired: true });
    expect(charge?.reasons).toEqual([{ code: 'not_covered' }]);
    const free = buildContract({
      plan: { consumption: { ...version.plan.consumption, freeKinds: ['incident'] } },
    });
    expect(
      ticketTarget(work(90), contractVersionAt(free, '2025-01-15'), 'incident', 'scheduled')
        .minutes,
    ).toBe(0);
  });
});

describe('settling a ticket appends, never edits', () => {
  const cause = { code: 'answer_changed', outcome: 'not_covered' } as const;

  it('reverses what the period under way holds, refunds what an earlier period took, keeps rejections', () => {
    const ledger = new MemoryLedger();
    ledger.append(...missingGrants(contract, [], periodByIndex(scheduleOf(contract), 0)));
    const [january] = ledger.record(contract, buildConsume('2025-01-20', 60, { ticketId: 't' }));
    ledger.append(...closePeriod(contract, ledger.entries, periodByIndex(scheduleOf(contract), 0)));
    const [pending, rejected] = ledger.record(
      contract,
      buildConsume('2025-02-03', 40, { ticketId: 't', needsApproval: true }),
      buildConsume('2025-02-04', 30, { ticketId: 't', needsApproval: true }),
    );
    ledger.record(contract, {
      type: 'approval',
      on: '2025-02-05',
      consumeId: rejected?.id ?? '',
      decision: 'rejected',
    });
    const settlement = settleTicket({
      contract,
      entries: ledger.entries,
      ticketId: 't',
      kind: 'corrective',
      chargedMinutes: 130,
      target: { minutes: 0, approval: false, reissue: true },
      today: '2025-02-10',
      cause,
    });
    expect(settlement.chargedMinutes).toBe(-130);
    expect(settlement.entries).toEqual([
      {
        type: 'reversal',
        on: '2025-02-10',
        entryId: pending?.id,
        reason: 'answer_changed:not_covered',
        ticketId: 't',
      },
      {
        type: 'adjust',
        on: '2025-02-10',
        minutes: 60,
        reason: 'answer_changed:not_covered',
        expiresOn: '2025-04-01',
        ticketId: 't',
      },
    ]);
    expect(january?.type).toBe('consume');
    const before = balanceAt(contract, ledger.entries, '2025-02-10');
    ledger.record(contract, ...settlement.entries);
    const after = balanceAt(contract, ledger.entries, '2025-02-10');
    expect(after.availableMinutes - before.availableMinutes).toBe(60);
    expect(after.pendingMinutes).toBe(0);
    // settling again appends nothing
    const again = settleTicket({
      contract,
      entries: ledger.entries,
      ticketId: 't',
      kind: 'corrective',
      chargedMinutes: 0,
      target: { minutes: 0, approval: false, reissue: true },
      today: '2025-02-10',
      cause,
    });
    expect(again).toEqual({ entries: [], chargedMinutes: 0 });
  });

  it('work awaiting approval is deducted at once when the answer needs no approval', () => {
    const ledger = new MemoryLedger();
    ledger.append(...missingGrants(contract, [], periodByIndex(scheduleOf(contract), 0)));
    const [pending] = ledger.record(
      contract,
      buildConsume('2025-01-20', 90, { ticketId: 't', needsApproval: true }),
    );
    const settlement = settleTicket({
      contract,
      entries: ledger.entries,
      ticketId: 't',
      kind: 'corrective',
      chargedMinutes: 90,
      target: ticketTarget(work(90), version, 'corrective', 'answered_in_first_contact'),
      today: '2025-01-21',
      cause: { code: 'answer_changed', outcome: 'answered_in_first_contact' },
    });
    expect(settlement.chargedMinutes).toBe(-30);
    expect(
      settlement.entries.map((e) => [
        e.type,
        e.type === 'reversal' ? e.entryId : 'minutes' in e && e.minutes,
      ]),
    ).toEqual([
      ['reversal', pending?.id],
      ['consume', 60],
    ]);
    expect(settlement.entries[1]).toMatchObject({ needsApproval: false });
  });
});
