import { describe, expect, it } from 'vitest';
import { rateOf } from '../rate.js';
import {
  checkDeflectionEvent,
  type DeflectionEvent,
  deflectionReport,
  draftOutcomes,
} from './deflection.js';

const minute = 60_000;
const t0 = Date.UTC(2026, 2, 2, 9);
let sequence = 0;

/** An event of draft `draftId` of client `c1` at `t0 + minutes`. */
function event(
  draftId: string,
  minutes: number,
  detail:
    | { kind: 'suggested'; articleIds: string[] }
    | { kind: 'solved'; articleId: string }
    | { kind: 'submitted'; ticketId: string },
  clientId = 'c1',
): DeflectionEvent {
  sequence += 1;
  return { id: `e${sequence}`, draftId, clientId, at: t0 + minutes * minute, ...detail };
}
const suggested = (draft: string, minutes: number, ...articleIds: string[]) =>
  event(draft, minutes, { kind: 'suggested', articleIds });
const solved = (draft: string, minutes: number, articleId: string) =>
  event(draft, minutes, { kind: 'solved', articleId });
const submitted = (draft: string, minutes: number) =>
  event(draft, minutes, { kind: 'submitted', ticketId: `t-${draft}` });

const month = { from: t0, to: t0 + 31 * 24 * 60 * minute };

describe('a deflected request is counted once', () => {
  it.each([
    ['one mark', [suggested('d', 0, 'a1'), solved('d', 1, 'a1')], ['a1']],
    [
      'the same article marked twice',
      [suggested('d', 0, 'a1'), solved('d', 1, 'a1'), solved('d', 2, 'a1')],
      ['a1'],
    ],
    [
      'two articles marked',
      [suggested('d', 0, 'a1', 'a2'), solved('d', 1, 'a2'), solved('d', 3, 'a1')],
      ['a2', 'a1'],
    ],
    [
      'marks across new suggestions as the subject changes',
      [
        suggested('d', 0, 'a1'),
        suggested('d', 1, 'a3'),
        solved('d', 2, 'a3'),
        solved('d', 4, 'a1'),
      ],
      ['a3', 'a1'],
    ],
  ] as const)('%s: one deflection, each article credited once', (_, events, helpful) => {
    const report = deflectionReport(events, month);
    expect(report.deflected).toBe(1);
    expect(report.helpfulArticles.map((a) => a.articleId).sort()).toEqual([...helpful].sort());
    expect(report.helpfulArticles.every((a) => a.drafts === 1)).toBe(true);
    const [draft] = draftOutcomes(events);
    expect(draft?.helpfulArticleIds).toEqual(helpful);
    // Counted at its first mark (each case lists its events in time order).
    expect(draft?.at).toBe(events.find((e) => e.kind === 'solved')?.at);
  });

  it('a retried event (same id) is the same event', () => {
    const mark = solved('d', 1, 'a1');
    const events = [suggested('d', 0, 'a1'), mark, { ...mark }, { ...mark, at: mark.at + minute }];
    expect(draftOutcomes(events)).toEqual([
      {
        draftId: 'd',
        clientId: 'c1',
        outcome: 'deflected',
        suggested: true,
        at: mark.at,
        helpfulArticleIds: ['a1'],
        ticketId: null,
      },
    ]);
  });

  it('events arriving out of order give the same outcome', () => {
    const events = [suggested('d', 0, 'a1'), solved('d', 2, 'a2'), solved('d', 1, 'a1')];
    expect(draftOutcomes([...events].reverse())).toEqual(draftOutcomes(events));
    expect(draftOutcomes(events)[0]).toMatchObject({
      at: t0 + minute,
      helpfulArticleIds: ['a1', 'a2'],
    });
  });
});

describe('"this solved it" closes nothing and records a deflection', () => {
  it('a draft marked and then submitted is a submitted request, not a deflection', () => {
    const events = [suggested('d', 0, 'a1'), solved('d', 1, 'a1'), submitted('d', 5)];
    const report = deflectionReport(events, month);
    expect(report).toMatchObject({ deflected: 0, submitted: 1, submittedAfterSuggestions: 1 });
    // The article still helped, and is credited as such.
    expect(report.helpfulArticles).toEqual([{ articleId: 'a1', drafts: 1 }]);
    expect(draftOutcomes(events)[0]).toMatchObject({ outcome: 'submitted', ticketId: 't-d' });
  });

  it('nothing happens to a draft after it was submitted', () => {
    const history = [suggested('d', 0, 'a1'), submitted('d', 5)];
    expect(() => checkDeflectionEvent(history, solved('d', 6, 'a1'))).toThrow(
      expect.objectContaining({ rule: 'draft_already_submitted', params: { draftId: 'd' } }),
    );
    expect(() => checkDeflectionEvent(history, submitted('d', 7))).toThrow(
      expect.objectContaining({ rule: 'draft_already_submitted' }),
    );
    // Other drafts, and a retry of an event already recorded, are fine.
    expect(() => checkDeflectionEvent(history, solved('other', 6, 'a1'))).not.toThrow();
    const retry = history[1];
    if (retry) expect(() => checkDeflectionEvent(history, retry)).not.toThrow();
  });
});

describe('deflection rate', () => {
  const events = [
    // deflected: d1 (c1), d2 (c2)
    suggested('d1', 0, 'a1'),
    solved('d1', 1, 'a1'),
    event('d2', 10, { kind: 'suggested', articleIds: ['a2'] }, 'c2'),
    event('d2', 11, { kind: 'solved', articleId: 'a2' }, 'c2'),
    // submitted after suggestions: d3; submitted with no suggestion: d4
    suggested('d3', 20, 'a1'),
    submitted('d3', 22),
    submitted('d4', 30),
    // abandoned after suggestions: d5; abandoned with nothing shown: d6
    suggested('d5', 40, 'a1'),
    suggested('d6', 50),
  ];

  it('is deflected / (deflected + submitted after suggestions); abandoned drafts stay out', () => {
    expect(deflectionReport(events, month)).toEqual({
      deflected: 2,
      submitted: 2,
      submittedAfterSuggestions: 1,
      abandoned: 1,
      rate: { numerator: 2, denominator: 3, percent: 66.7 },
      helpfulArticles: [
        { articleId: 'a1', drafts: 1 },
        { articleId: 'a2', drafts: 1 },
      ],
    });
  });

  it('per client, and per period by the instant of each outcome', () => {
    expect(deflectionReport(events, { ...month, clientId: 'c2' }).rate).toEqual({
      numerator: 1,
      denominator: 1,
      percent: 100,
    });
    // [t0 + 5 min, t0 + 22 min): d2 deflected at +11; d3 submitted at +22 falls outside.
    const window = { from: t0 + 5 * minute, to: t0 + 22 * minute };
    expect(deflectionReport(events, window)).toMatchObject({ deflected: 1, submitted: 0 });
    expect(deflectionReport(events, { from: t0 + 22 * minute, to: month.to })).toMatchObject({
      deflected: 0,
      submitted: 2,
      abandoned: 1,
    });
  });

  it('is null when nothing was counted', () => {
    expect(deflectionReport([], month).rate).toBeNull();
    expect(rateOf(1, 3)).toEqual({ numerator: 1, denominator: 3, percent: 33.3 });
    expect(rateOf(0, 0)).toBeNull();
  });
});
