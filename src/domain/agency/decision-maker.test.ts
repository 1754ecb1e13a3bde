import { describe, expect, it } from 'vitest';
import { type ClientContact, checkDecisionMaker, expectDecisionMaker } from './decision-maker.js';

const contact = (
  personId: string,
  decisionMaker: boolean,
  availabilityPercent: number,
): ClientContact => ({
  personId,
  decisionMaker,
  availabilityPercent,
});

describe('the single decision-maker rule (§2.4)', () => {
  it.each([
    [
      'exactly one, 20 % available',
      [contact('dora', true, 20), contact('max', false, 5)],
      { ok: true, decisionMaker: 'dora' },
    ],
    [
      'exactly one, fully available',
      [contact('dora', true, 100)],
      { ok: true, decisionMaker: 'dora' },
    ],
    ['none at all', [], { ok: false, flag: { code: 'no_decision_maker' } }],
    [
      'none among several contacts',
      [contact('max', false, 50), contact('sol', false, 30)],
      { ok: false, flag: { code: 'no_decision_maker' } },
    ],
    [
      'two decision-makers',
      [contact('dora', true, 40), contact('sol', true, 40)],
      { ok: false, flag: { code: 'several_decision_makers', personIds: ['dora', 'sol'] } },
    ],
    [
      'one with 19.5 % availability',
      [contact('dora', true, 19.5)],
      {
        ok: false,
        flag: {
          code: 'decision_maker_availability_too_low',
          personId: 'dora',
          availabilityPercent: 19.5,
          minimumPercent: 20,
        },
      },
    ],
  ])('%s', (_label, contacts, expected) => {
    expect(checkDecisionMaker(contacts)).toEqual(expected);
  });

  it.each([-1, 101, Number.NaN])(
    'an availability of %s is refused naming the contact',
    (percent) => {
      expect(() =>
        checkDecisionMaker([contact('max', false, 10), contact('dora', true, percent)]),
      ).toThrow(
        expect.objectContaining({ code: 'invalid_input', path: 'contacts[1].availabilityPercent' }),
      );
    },
  );
});

describe('only the single decision-maker approves a deliverable or asks for changes (§2.4.1, §3.3)', () => {
  it.each([
    ['the decision-maker', [contact('dora', true, 30), contact('max', false, 50)], 'dora', null],
    [
      "another of the client's people",
      [contact('dora', true, 30), contact('max', false, 50)],
      'max',
      'not_the_decision_maker',
    ],
    [
      'one of two decision-makers',
      [contact('dora', true, 30), contact('sol', true, 30)],
      'dora',
      'several_decision_makers',
    ],
    ['anyone, with no decision-maker', [contact('max', false, 50)], 'max', 'no_decision_maker'],
    [
      'a decision-maker under 20 % available',
      [contact('dora', true, 10)],
      'dora',
      'decision_maker_availability_too_low',
    ],
  ])('%s answering', (_label, contacts, by, refusal) => {
    const answer = () => expectDecisionMaker(checkDecisionMaker(contacts), by);
    if (refusal === null) expect(answer).not.toThrow();
    else
      expect(answer).toThrow(
        expect.objectContaining({
          rule: 'only_decision_maker_answers',
          params: { reason: refusal },
        }),
      );
  });
});
