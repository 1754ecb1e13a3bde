import { describe, expect, it } from 'vitest';
import { bog, bogota, buildDeliverable } from '../../../test/factories/agency.js';
import { answerDelivery, type Deliverable, deliver, startDeliverable } from './deliverables.js';
import { roundsInMonth } from './round-report.js';
import {
  type ChangeRequest,
  type ExtraRoundAgreement,
  openRound,
  type RevisionRound,
} from './rounds.js';

const agreement: ExtraRoundAgreement = {
  agencyPersonId: 'ana',
  clientPersonId: 'dora',
  agreedAt: bog('2026-04-20 10:00'),
  clientProvides: ['textos finales', 'piezas gráficas del producto'],
};
const request = (
  items: ChangeRequest['items'],
  extra: Partial<ChangeRequest> = {},
): ChangeRequest => ({
  requestedBy: 'dora',
  at: bog('2026-04-15 10:00'),
  items,
  ...extra,
});

describe('revision rounds (§3.3)', () => {
  const first = openRound(
    [],
    request([
      { id: 'i1', text: 'Cambiar el titular' },
      { id: 'i2', text: 'Logo más grande' },
    ]),
  );

  it('items of the first round are never flagged', () => {
    expect(first.items.map((item) => item.newInLaterRound)).toEqual([false, false]);
    expect(first).toMatchObject({ number: 1, redo: false, agreement: null });
  });

  it('a second revision round may not add new change requests: new items are flagged', () => {
    const second = openRound(
      [first],
      request([
        { id: 'i3', text: 'El titular aún es largo', followsUp: 'i1' },
        { id: 'i4', text: 'Agregar un video' },
        { id: 'i5', text: 'Otro color', followsUp: 'nope' },
      ]),
    );
    expect(second.items.map((item) => [item.id, item.newInLaterRound])).toEqual([
      ['i3', false],
      ['i4', true],
      ['i5', true],
    ]);
  });

  it('a third round needs both sides’ agreement and records what the client provides', () => {
    const second = openRound([first], request([{ id: 'i3', text: 'Titular', followsUp: 'i1' }]));
    const third = request([{ id: 'i6', text: 'Titular otra vez', followsUp: 'i3' }]);
    expect(() => openRound([first, second], third)).toThrow(
      expect.objectContaining({
        rule: 'third_round_needs_agreement',
        params: { round: 3, includedRounds: 2 },
        path: 'agreement',
      }),
    );
    expect(() =>
      openRound([first, second], { ...third, agreement: { ...agreement, clientProvides: [' '] } }),
    ).toThrow(expect.objectContaining({ code: 'invalid_input', path: 'agreement.clientProvides' }));
    const agreed = openRound([first, second], { ...third, agreement });
    expect(agreed).toMatchObject({ number: 3, agreement });
    expect(agreed.items[0]?.newInLaterRound).toBe(false);
  });

  it.each([
    [[], 'items'],
    [[{ id: 'x', text: ' ' }], 'items[0].text'],
    [[{ id: 'i1', text: 'repeated id' }], 'items[0].id'],
  ] as const)('a change request %j is refused naming the field', (items, path) => {
    expect(() => openRound([first], request(items))).toThrow(
      expect.objectContaining({ code: 'invalid_input', path }),
    );
  });
});

/** Runs a deliverable through deliveries and change rounds; each round answers the day after delivery. */
function withRounds(
  id: string,
  days: readonly string[],
  redo: readonly boolean[] = [],
): Deliverable {
  let d = startDeliverable(buildDeliverable(id, '2026-05-29 18:00'), [], []);
  days.forEach((day, n) => {
    d = deliver(bogota, d, bog(`${day} 09:00`)).deliverable;
    const changes = request(
      [{ id: `${id}-${n}`, text: 'ajuste', followsUp: n > 0 ? `${id}-${n - 1}` : undefined }],
      {
        redo: redo[n] ?? false,
        agreement: n >= 2 ? agreement : undefined,
      },
    );
    d = answerDelivery(bogota, d, {
      kind: 'changes',
      at: bog(`${day} 15:00`),
      by: 'dora',
      channel: 'email',
      changes,
    }).deliverable;
  });
  return d;
}

describe('round counts per deliverable and per month', () => {
  const deliverables = [
    withRounds('A', ['2026-03-30', '2026-04-06', '2026-04-13']), // one round in March, two in April
    withRounds('B', ['2026-04-20', '2026-04-21'], [true]),
    withRounds('C', ['2026-05-04']),
  ];

  it('counts rounds by the month the client asked for them, per deliverable and in total', () => {
    const april = roundsInMonth(bogota, deliverables, '2026-04');
    expect(
      april.deliverables.map((row) => [row.deliverableId, row.inMonth.rounds, row.total.rounds]),
    ).toEqual([
      ['A', 2, 3],
      ['B', 2, 2],
    ]);
    expect(april.inMonth).toEqual({
      rounds: 4,
      extraRounds: 1,
      redoRequests: 1,
      newItemsFlagged: 0,
    });
    expect(roundsInMonth(bogota, deliverables, '2026-03').inMonth.rounds).toBe(1);
    expect(
      roundsInMonth(bogota, deliverables, '2026-05').deliverables.map((r) => r.deliverableId),
    ).toEqual(['C']);
  });

  it('each round answer records a revision-round fact, and a redo request its own fact', () => {
    let d = startDeliverable(buildDeliverable('R', '2026-05-29 18:00'), [], []);
    d = deliver(bogota, d, bog('2026-04-20 09:00')).deliverable;
    const { facts } = answerDelivery(bogota, d, {
      kind: 'changes',
      at: bog('2026-04-20 15:00'),
      by: 'dora',
      channel: 'portal',
      changes: request([{ id: 'r1', text: 'rehacer todo' }], { redo: true }),
    });
    expect(facts.map((f) => f.kind)).toEqual(['revision_round', 'redo_request']);
  });

  it('the rounds of a deliverable are kept in order', () => {
    const rounds: readonly RevisionRound[] = deliverables[0]?.rounds ?? [];
    expect(rounds.map((r) => r.number)).toEqual([1, 2, 3]);
  });
});
