import { describe, expect, it } from 'vitest';
import { bog, bogota } from '../../../test/factories/agency.js';
import type { Trigger } from './impasse-rules.js';
import {
  completeCommitment,
  declareImpasse,
  type ImpasseDeclaration,
  operationQuarter,
  renegotiationFlag,
} from './impasses.js';

const grounds: Trigger[] = [
  { rule: 'calls_of_attention', facts: [], params: { count: 3, moreThan: 2 } },
];
const declaration: ImpasseDeclaration = {
  id: 'i1',
  declaredBy: 'leo',
  side: 'agency',
  at: bog('2026-04-20 10:00'),
  statement: 'Alertas rojas: aprobaciones tardías',
  grounds,
  commitments: [
    {
      id: 'c1',
      description: 'Aprobar en 16 horas hábiles',
      ownerId: 'dora',
      side: 'client',
      due: '2026-05-08',
    },
    {
      id: 'c2',
      description: 'Plan de contenidos',
      ownerId: 'ana',
      side: 'agency',
      due: '2026-05-15',
    },
  ],
  sponsors: { agency: ['leo'], client: ['sol'] },
};

describe('declaring an impasse (§5)', () => {
  it('opens a commitments record followed up every two weeks with both sides’ sponsors', () => {
    const impasse = declareImpasse(bogota, declaration);
    expect(impasse.commitments.map((c) => [c.id, c.ownerId, c.due, c.doneAt])).toEqual([
      ['c1', 'dora', '2026-05-08', null],
      ['c2', 'ana', '2026-05-15', null],
    ]);
    // two weeks after Mon 20 Apr: Mon 4 May; then Mon 18 May is Ascension, so Tue 19 May
    expect(impasse.followUps.map((f) => [f.key, f.slot.start])).toEqual([
      ['impasse-i1/follow-up-1', bog('2026-05-04 09:00')],
      ['impasse-i1/follow-up-2', bog('2026-05-19 09:00')],
    ]);
    for (const followUp of impasse.followUps) {
      expect(followUp.attendees).toEqual([
        { personId: 'leo', side: 'agency', role: 'sponsor', required: true },
        { personId: 'sol', side: 'client', role: 'sponsor', required: true },
      ]);
    }
  });

  it('follow-ups avoid the contract’s other ceremonies', () => {
    const taken = [{ start: bog('2026-05-04 08:00'), end: bog('2026-05-04 10:30') }];
    const impasse = declareImpasse(bogota, { ...declaration, taken });
    expect(impasse.followUps[0]?.slot).toEqual({
      start: bog('2026-05-04 10:30'),
      end: bog('2026-05-04 11:30'),
    });
  });

  it.each([
    [{ grounds: [] }, { rule: 'impasse_without_grounds' }],
    [
      { sponsors: { agency: ['leo'], client: [] } },
      { rule: 'sponsors_missing', params: { kind: 'impasse_follow_up', sides: ['client'] } },
    ],
    [{ statement: ' ' }, { code: 'invalid_input', path: 'statement' }],
    [{ commitments: [] }, { code: 'invalid_input', path: 'commitments' }],
    [
      {
        commitments: [
          { id: 'c', description: 'x', ownerId: 'ana', side: 'agency', due: '2026-04-19' },
        ],
      },
      { code: 'invalid_input', path: 'commitments[0].due' },
    ],
    [
      {
        commitments: [
          { id: 'c', description: 'x', ownerId: 'ana', side: 'agency', due: '2026-13-01' },
        ],
      },
      { code: 'invalid_input', path: 'commitments[0].due' },
    ],
  ] as const)('a declaration with %j is refused (%j)', (change, error) => {
    expect(() => declareImpasse(bogota, { ...declaration, ...change })).toThrow(
      expect.objectContaining(error),
    );
  });

  it('records when a commitment is done', () => {
    const impasse = completeCommitment(
      declareImpasse(bogota, declaration),
      'c1',
      bog('2026-05-05 10:00'),
    );
    expect(impasse.commitments.map((c) => c.doneAt)).toEqual([bog('2026-05-05 10:00'), null]);
    expect(() => completeCommitment(impasse, 'zz', 0)).toThrow(
      expect.objectContaining({ path: 'commitmentId' }),
    );
  });
});

describe('renegotiation', () => {
  it.each([
    ['2026-03-02', 1],
    ['2026-06-01', 1],
    ['2026-06-02', 2],
    ['2026-09-02', 3],
  ])('operation quarters run three months from the start: %s is quarter %i', (date, number) => {
    expect(operationQuarter('2026-03-02', date).number).toBe(number);
  });

  it.each([
    [
      'two impasses in the first quarter',
      ['2026-04-20 10:00', '2026-05-25 10:00'],
      '2026-05-26 09:00',
      ['a', 'b'],
    ],
    [
      'the second not yet declared',
      ['2026-04-20 10:00', '2026-05-25 10:00'],
      '2026-05-01 09:00',
      null,
    ],
    ['one impasse per quarter', ['2026-05-29 10:00', '2026-06-03 10:00'], '2026-06-10 09:00', null],
    [
      'three impasses, two in the second quarter',
      ['2026-04-20 10:00', '2026-06-03 10:00', '2026-08-31 10:00'],
      '2026-08-31 12:00',
      ['b', 'c'],
    ],
    ['a single impasse', ['2026-04-20 10:00'], '2026-05-26 09:00', null],
  ])('more than one impasse in a quarter flags renegotiation: %s', (_label, dates, at, flagged) => {
    const impasses = dates.map((d, i) => ({ id: 'abc'[i] ?? '?', declaredAt: bog(d) }));
    const flag = renegotiationFlag(bogota, '2026-03-02', impasses, bog(at));
    expect(flag?.impasseIds ?? null).toEqual(flagged);
    if (flag) expect(flag.options).toEqual(['scope', 'service_levels', 'termination']);
  });
});
