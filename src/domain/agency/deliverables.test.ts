import { describe, expect, it } from 'vitest';
import { bog, bogota, buildDeliverable, H } from '../../../test/factories/agency.js';
import {
  type AnswerRequest,
  answerDelivery,
  type Deliverable,
  deliver,
  startDeliverable,
} from './deliverables.js';
import { checkDependencies } from './dependencies.js';
import { shiftForClientDelay } from './schedule-shifts.js';

const approve = (at: string): AnswerRequest => ({
  kind: 'approved',
  at: bog(at),
  by: 'dora',
  channel: 'email',
});

/** Plans, starts (nothing missing) and delivers a deliverable at `at`. */
function delivered(deliverable: Deliverable, at: string, others: Deliverable[] = []) {
  return deliver(bogota, startDeliverable(deliverable, others, []), bog(at));
}

describe('deliverable dependencies', () => {
  it.each([
    [
      [
        ['A', []],
        ['B', ['A']],
        ['C', ['B']],
      ],
      null,
    ],
    [
      [
        ['A', []],
        ['B', ['A']],
        ['C', ['A', 'B']],
        ['D', []],
      ],
      null,
    ],
    [
      [
        ['A', ['C']],
        ['B', ['A']],
        ['C', ['B']],
      ],
      ['A', 'C', 'B', 'A'],
    ],
    [
      [
        ['A', []],
        ['B', ['C']],
        ['C', ['D']],
        ['D', ['B']],
      ],
      ['B', 'C', 'D', 'B'],
    ],
    [[['A', ['A']]], ['A', 'A']],
  ] as const)('the graph %j is refused only when it has a cycle (%j)', (edges, cycle) => {
    const nodes = edges.map(([id, dependsOn]) => ({ id, dependsOn }));
    if (cycle === null) expect(() => checkDependencies(nodes)).not.toThrow();
    else
      expect(() => checkDependencies(nodes)).toThrow(
        expect.objectContaining({ rule: 'dependency_cycle', params: { cycle } }),
      );
  });

  it('a dependency on an unknown deliverable is refused', () => {
    expect(() => checkDependencies([{ id: 'B', dependsOn: ['Z'] }])).toThrow(
      expect.objectContaining({
        rule: 'dependency_unknown',
        params: { deliverableId: 'B', dependencyId: 'Z' },
      }),
    );
  });

  it('a deliverable cannot depend on itself', () => {
    expect(() => buildDeliverable('A', '2026-04-20 18:00', { dependsOn: ['A'] })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'dependsOn' }),
    );
  });

  it('a deliverable is not started while one it depends on is not approved', () => {
    const a = buildDeliverable('A', '2026-04-15 18:00');
    const b = buildDeliverable('B', '2026-04-20 18:00', { dependsOn: ['A'] });
    const states: Deliverable[] = [a, startDeliverable(a, [], [])];
    const sent = delivered(a, '2026-04-14 09:00').deliverable;
    states.push(sent);
    for (const state of states) {
      expect(() => startDeliverable(b, [state], [])).toThrow(
        expect.objectContaining({
          rule: 'dependency_not_approved',
          params: { deliverableId: 'B', dependencyId: 'A', state: state.state },
        }),
      );
    }
    const approved = answerDelivery(bogota, sent, approve('2026-04-15 10:00')).deliverable;
    expect(startDeliverable(b, [approved], []).state).toBe('in_progress');
  });
});

describe('late answers and delays', () => {
  // A → B → C, A → E, D independent; A delivered Tue 14 Apr 09:00, the client's answer is due Thu 16 Apr 09:00.
  const a = buildDeliverable('A', '2026-04-14 18:00');
  const plan = [
    a,
    buildDeliverable('B', '2026-04-20 18:00', { dependsOn: ['A'] }),
    buildDeliverable('C', '2026-04-24 12:00', { dependsOn: ['B'] }),
    buildDeliverable('D', '2026-04-20 18:00'),
    buildDeliverable('E', '2026-04-21 10:00', { dependsOn: ['A'] }),
  ];
  const sent = delivered(a, '2026-04-14 09:00');

  it('a late client approval shifts the dependent deliverables by the delay in business hours', () => {
    // answered Fri 17 Apr 10:00: 3 h + 4 h on Thursday and 2 h on Friday = 9 business hours late
    const answer = answerDelivery(bogota, sent.deliverable, approve('2026-04-17 10:00'));
    expect(answer.delay).toEqual({
      deliverableId: 'A',
      approvalDue: bog('2026-04-16 09:00'),
      answeredAt: bog('2026-04-17 10:00'),
      lateSeconds: 9 * H,
    });
    expect(answer.facts).toEqual([
      {
        kind: 'missed_delivery',
        at: bog('2026-04-17 10:00'),
        side: 'client',
        deliverableId: 'A',
        lateSeconds: 9 * H,
      },
    ]);
    const delay = answer.delay;
    if (delay === null) throw new Error('expected a delay');
    const shifted = shiftForClientDelay(bogota, [answer.deliverable, ...plan.slice(1)], delay);
    const due = Object.fromEntries(shifted.map((d) => [d.id, d.due]));
    expect(due).toEqual({
      A: bog('2026-04-14 18:00'),
      B: bog('2026-04-22 09:00'), // Mon 18:00 + 9 h: Tue 8 h, Wed 1 h
      C: bog('2026-04-27 15:00'), // Fri 12:00 + 9 h: Fri 4 h, Mon 4 h + 1 h (downstream through B)
      D: bog('2026-04-20 18:00'), // independent: unchanged
      E: bog('2026-04-22 11:00'), // Tue 21 10:00 + 9 h: Tue 2 h + 4 h, Wed 3 h
    });
    const cause = {
      kind: 'late_client_answer',
      deliverableId: 'A',
      approvalDue: bog('2026-04-16 09:00'),
      answeredAt: bog('2026-04-17 10:00'),
    };
    expect(shifted.find((d) => d.id === 'B')?.shifts).toEqual([
      { from: bog('2026-04-20 18:00'), to: bog('2026-04-22 09:00'), businessSeconds: 9 * H, cause },
    ]);
  });

  it('an answer within 16 business hours shifts nothing', () => {
    const answer = answerDelivery(bogota, sent.deliverable, approve('2026-04-16 09:00'));
    expect(answer.delay).toBeNull();
    expect(answer.facts).toEqual([]);
  });

  it("the agency's own delays move nothing and count against it", () => {
    // due Tue 14 Apr 18:00, delivered Wed 15 Apr 10:00: 2 business hours late
    const late = delivered(buildDeliverable('A', '2026-04-14 18:00'), '2026-04-15 10:00');
    expect(late.facts).toEqual([
      {
        kind: 'missed_delivery',
        at: bog('2026-04-15 10:00'),
        side: 'agency',
        deliverableId: 'A',
        lateSeconds: 2 * H,
      },
    ]);
    expect(late.delay).toBeNull();
    expect(late.deliverable.due).toBe(bog('2026-04-14 18:00'));
    // and the client, answering in time, owes nothing
    expect(answerDelivery(bogota, late.deliverable, approve('2026-04-16 09:00')).facts).toEqual([]);
  });

  it('two late answers upstream of one deliverable add up, each recorded with its cause', () => {
    const x = buildDeliverable('X', '2026-04-14 18:00');
    const y = buildDeliverable('Y', '2026-04-14 18:00');
    const z = buildDeliverable('Z', '2026-04-24 18:00', { dependsOn: ['X', 'Y'] });
    const lateX = answerDelivery(
      bogota,
      delivered(x, '2026-04-14 09:00').deliverable,
      approve('2026-04-16 11:00'),
    );
    const lateY = answerDelivery(
      bogota,
      delivered(y, '2026-04-14 14:00').deliverable,
      approve('2026-04-16 17:00'),
    );
    let all = [lateX.deliverable, lateY.deliverable, z];
    for (const delay of [lateX.delay, lateY.delay])
      if (delay) all = shiftForClientDelay(bogota, all, delay);
    const shifted = all.find((d) => d.id === 'Z');
    // X: due Thu 09:00, answered 11:00 (2 h); Y: due Thu 12:00, answered 17:00 (3 h, lunch excluded);
    // Fri 24 18:00 + 5 h = Mon 27 08–12 and 14–15
    expect(shifted?.shifts.map((s) => s.businessSeconds)).toEqual([2 * H, 3 * H]);
    expect(shifted?.due).toBe(bog('2026-04-27 15:00'));
  });
});

describe('the deliverable lifecycle', () => {
  it('refuses steps out of order, naming the state', () => {
    const a = buildDeliverable('A', '2026-04-14 18:00');
    expect(() => deliver(bogota, a, bog('2026-04-14 09:00'))).toThrow(
      expect.objectContaining({
        rule: 'wrong_state',
        params: {
          deliverableId: 'A',
          state: 'planned',
          expected: ['in_progress', 'changes_requested'],
        },
      }),
    );
    const sent = delivered(a, '2026-04-14 09:00').deliverable;
    expect(() => answerDelivery(bogota, sent, approve('2026-04-14 08:00'))).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'at' }),
    );
    const approved = answerDelivery(bogota, sent, approve('2026-04-14 10:00')).deliverable;
    expect(() => answerDelivery(bogota, approved, approve('2026-04-14 11:00'))).toThrow(
      expect.objectContaining({ rule: 'wrong_state' }),
    );
  });
});
