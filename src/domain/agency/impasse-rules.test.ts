import { describe, expect, it } from 'vitest';
import { bog, bogota, H } from '../../../test/factories/agency.js';
import type { ImpasseFact } from './facts.js';
import { evaluateImpasseRules, type ImpasseRule } from './impasse-rules.js';

const redo = (at: string, deliverableId = 'A'): ImpasseFact => ({
  kind: 'redo_request',
  at: bog(at),
  deliverableId,
});
const round = (deliverableId: string, n: number, at = '2026-04-15 10:00'): ImpasseFact => ({
  kind: 'revision_round',
  at: bog(at),
  deliverableId,
  round: n,
});
const call = (at: string): ImpasseFact => ({
  kind: 'call_of_attention',
  at: bog(at),
  cause: 'late_approvals',
  note: 'x',
});
const complaint = (at: string): ImpasseFact => ({
  kind: 'client_complaint',
  at: bog(at),
  note: 'descontento',
});
const missed = (side: 'agency' | 'client', at: string): ImpasseFact => ({
  kind: 'missed_delivery',
  at: bog(at),
  side,
  deliverableId: 'A',
  lateSeconds: 2 * H,
});
const input = (from: string, until: string | null): ImpasseFact => ({
  kind: 'input_not_under_control',
  at: bog(from),
  until: until === null ? null : bog(until),
  inputKey: 'data_access',
});

describe('the monthly impasse evaluation (§5), April 2026 in Bogotá', () => {
  it.each<[string, ImpasseFact[], ImpasseRule[]]>([
    ['nothing happened', [], []],
    [
      'two redo requests in the month',
      [redo('2026-04-06 10:00'), redo('2026-04-20 10:00', 'B')],
      ['redo_requests'],
    ],
    ['one redo request', [redo('2026-04-06 10:00')], []],
    // 31 Mar 23:00 in Bogotá is already April in UTC, but the contract's month is March
    [
      'a redo request late on 31 March local time does not count for April',
      [redo('2026-03-31 23:00'), redo('2026-04-20 10:00')],
      [],
    ],
    [
      'a redo request early on 1 April local time counts',
      [redo('2026-04-01 00:30'), redo('2026-04-20 10:00')],
      ['redo_requests'],
    ],
    [
      'four deliverables reached a third round',
      ['A', 'B', 'C', 'D'].map((id) => round(id, 3)),
      ['many_revision_rounds'],
    ],
    [
      'three deliverables reached a third round (not more than 3)',
      [round('A', 3), round('B', 3), round('C', 4), round('C', 3)],
      [],
    ],
    [
      'many second rounds are not third rounds',
      ['A', 'B', 'C', 'D', 'E'].map((id) => round(id, 2)),
      [],
    ],
    [
      'the client missed one answer time',
      [missed('client', '2026-04-16 11:00')],
      ['missed_delivery_times'],
    ],
    [
      'the agency missed one delivery time',
      [missed('agency', '2026-04-30 17:00')],
      ['missed_delivery_times'],
    ],
    ['a missed time in March', [missed('agency', '2026-03-30 17:00')], []],
    [
      'three calls of attention',
      [call('2026-04-02 09:00'), call('2026-04-09 09:00'), call('2026-04-29 09:00')],
      ['calls_of_attention'],
    ],
    ['two calls of attention', [call('2026-04-02 09:00'), call('2026-04-29 09:00')], []],
    [
      'an input missing from March into April',
      [input('2026-03-20 09:00', '2026-04-02 09:00')],
      ['inputs_not_under_control'],
    ],
    ['an input still missing', [input('2026-02-10 09:00', null)], ['inputs_not_under_control']],
    ['an input missing only in March', [input('2026-03-20 09:00', '2026-03-30 09:00')], []],
    ['an input missing only from May', [input('2026-05-04 09:00', null)], []],
    [
      'three client complaints',
      [complaint('2026-04-01 09:00'), complaint('2026-04-10 09:00'), complaint('2026-04-11 09:00')],
      ['client_complaints'],
    ],
    ['two client complaints', [complaint('2026-04-01 09:00'), complaint('2026-04-10 09:00')], []],
    [
      'several rules at once',
      [
        redo('2026-04-06 10:00'),
        redo('2026-04-07 10:00'),
        missed('client', '2026-04-16 11:00'),
        input('2026-04-01 09:00', null),
      ],
      ['redo_requests', 'missed_delivery_times', 'inputs_not_under_control'],
    ],
  ])('%s', (_label, facts, rules) => {
    const evaluation = evaluateImpasseRules(bogota, facts, '2026-04');
    expect(evaluation.triggers.map((t) => t.rule)).toEqual(rules);
    expect(evaluation.possibleImpasse).toBe(rules.length > 0);
  });

  it('names the facts behind each rule and the figures compared', () => {
    const facts = [
      missed('client', '2026-04-16 11:00'),
      missed('agency', '2026-04-20 11:00'),
      missed('client', '2026-04-21 11:00'),
      redo('2026-03-02 10:00'),
    ];
    const [trigger] = evaluateImpasseRules(bogota, facts, '2026-04').triggers;
    expect(trigger).toEqual({
      rule: 'missed_delivery_times',
      facts: facts.slice(0, 3),
      params: { agency: 1, client: 2 },
    });
  });
});
