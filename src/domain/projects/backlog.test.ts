import { describe, expect, it } from 'vitest';
import { backlogCsv, backlogView, hoursText, reorderBacklog, suggestedOrder } from './backlog.js';
import { sampleStories } from './sample-stories.js';
import { checkStories, dependencyCycle, type UserStory } from './stories.js';
import type { Team } from './team.js';

function story(
  id: string,
  benefit: number | null,
  hours: number | null,
  ...dependsOn: string[]
): UserStory {
  return {
    id,
    title: id,
    narrative: null,
    difficulty: 3,
    benefit,
    effortMinutes: hours === null ? null : hours * 60,
    dependsOn,
    origin: { kind: 'manual' },
  };
}

describe('user stories', () => {
  it('story dependencies may not form a cycle', () => {
    const cases: [UserStory[], cycle: string | null][] = [
      [[story('a', 1, 1), story('b', 1, 1, 'a'), story('c', 1, 1, 'a', 'b')], null],
      [[story('a', 1, 1, 'a')], 'a → a'],
      [[story('a', 1, 1, 'b'), story('b', 1, 1, 'a')], 'a → b → a'],
      [
        [
          story('x', 1, 1),
          story('a', 1, 1, 'c'),
          story('b', 1, 1, 'a'),
          story('c', 1, 1, 'b', 'x'),
        ],
        'a → c → b → a',
      ],
      [
        [
          story('a', 1, 1),
          story('b', 1, 1, 'a'),
          story('c', 1, 1, 'd'),
          story('d', 1, 1, 'b', 'c'),
        ],
        'c → d → c',
      ],
    ];
    for (const [stories, cycle] of cases) {
      expect(dependencyCycle(stories)?.join(' → ') ?? null).toBe(cycle);
      if (cycle === null) expect(() => checkStories(stories)).not.toThrow();
      else {
        expect(() => checkStories(stories)).toThrow(
          expect.objectContaining({
            code: 'rule_violation',
            message: expect.stringContaining('story dependencies may not form a cycle'),
          }),
        );
      }
    }
  });

  it('refuses stories with bad fields, naming them', () => {
    const good = story('a', 3, 2);
    const cases: [Partial<UserStory>, path: string][] = [
      [{ title: '' }, 'stories[1].title'],
      [{ benefit: 0 }, 'stories[1].benefit'],
      [{ difficulty: 6 }, 'stories[1].difficulty'],
      [{ benefit: 2.5 }, 'stories[1].benefit'],
      [{ effortMinutes: 0 }, 'stories[1].effortMinutes'],
      [{ dependsOn: ['nope'] }, 'stories[1].dependsOn[0]'],
      [{ id: 'a' }, 'stories[1].id'],
      [{ narrative: { asA: 'cliente', iWant: ' ', soThat: null } }, 'stories[1].narrative.iWant'],
      [{ narrative: { asA: 'cliente', iWant: 'x', soThat: '' } }, 'stories[1].narrative.soThat'],
    ];
    for (const [change, path] of cases) {
      expect(() => checkStories([good, { ...story('b', 1, 1), ...change }]), path).toThrow(
        expect.objectContaining({ code: 'invalid_input', path }),
      );
    }
  });

  it("ship seed 003's example stories as a valid sample", () => {
    expect(() => checkStories(sampleStories)).not.toThrow();
    expect(sampleStories.map((s) => s.narrative?.asA)).toEqual([
      'cliente',
      'delegado de datos',
      'responsable CRM',
    ]);
  });
});

describe('the product backlog', () => {
  it('suggests most benefit per hour first, never before a dependency, ties in the product owner order', () => {
    const cases: [UserStory[], order: string, suggested: string][] = [
      // 5/10 h = 0.5, 4/2 h = 2, 3/3 h = 1
      [[story('a', 5, 10), story('b', 4, 2), story('c', 3, 3)], 'a b c', 'b c a'],
      // b is worth most but needs a, which is worth least
      [[story('a', 1, 10), story('b', 5, 1, 'a'), story('c', 2, 4)], 'a b c', 'c a b'],
      // equal ratios (2/4 = 1/2) keep the product owner's order
      [[story('a', 2, 4), story('b', 1, 2)], 'b a', 'b a'],
      // stories not yet scored or estimated go last, in the product owner's order
      [[story('a', null, 2), story('b', 1, 8), story('c', 3, null)], 'c a b', 'b c a'],
      // a chain must stay a chain
      [[story('a', 5, 1, 'b'), story('b', 5, 1, 'c'), story('c', 1, 9)], 'a b c', 'c b a'],
    ];
    for (const [stories, order, suggested] of cases) {
      expect(suggestedOrder(stories, order.split(' ')).join(' '), order).toBe(suggested);
    }
    const sample = sampleStories.map((s) => s.id);
    // GDPR 4/12 h, measurement 4/16 h after personalisation 5/40 h.
    expect(suggestedOrder(sampleStories, sample)).toEqual([
      'sample-gdpr-activity-history',
      'sample-personalised-communications',
      'sample-campaign-measurement',
    ]);
  });

  it('is ordered by the product owner only, with every story exactly once', () => {
    const team: Team = { scheme: 'areas', members: [], productOwnerId: 'pablo' };
    const stories = [story('a', 1, 1), story('b', 1, 1)];
    expect(reorderBacklog(team, stories, ['b', 'a'], 'pablo')).toEqual(['b', 'a']);
    expect(() => reorderBacklog(team, stories, ['b', 'a'], 'marta')).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(() =>
      reorderBacklog({ ...team, productOwnerId: null }, stories, ['a', 'b'], 'pablo'),
    ).toThrow(expect.objectContaining({ code: 'rule_violation' }));
    const bad: [string[], path: string][] = [
      [['a'], 'order'],
      [['a', 'b', 'a'], 'order[2]'],
      [['a', 'z'], 'order[1]'],
    ];
    for (const [order, path] of bad) {
      expect(() => reorderBacklog(team, stories, order, 'pablo')).toThrow(
        expect.objectContaining({ code: 'invalid_input', path }),
      );
    }
  });

  it('shows where each story stands, its suggested place and dependencies placed after it, as CSV rows', () => {
    const stories = [story('a', 1, 10), story('b', 5, 1, 'a'), story('c', 2, 4)];
    const view = backlogView(stories, ['b', 'c', 'a']);
    expect(view.map((r) => [r.story.id, r.position, r.suggestedPosition, r.blockedBy])).toEqual([
      ['b', 1, 3, ['a']],
      ['c', 2, 1, []],
      ['a', 3, 2, []],
    ]);
    const csv = backlogCsv(
      sampleStories,
      sampleStories.map((s) => s.id),
    );
    expect(csv.columns.map((c) => c.key)).toEqual([
      'position',
      'suggested_position',
      'id',
      'title',
      'as_a',
      'i_want',
      'so_that',
      'difficulty',
      'benefit',
      'effort_hours',
      'depends_on',
      'origin',
    ]);
    expect(csv.rows[2]).toEqual([
      3,
      3,
      'sample-campaign-measurement',
      'Medición de campañas',
      'responsable CRM',
      'poder medir todas las acciones realizadas dentro de una campaña',
      'poder medir la eficacia de la estrategia adaptada y mejorarla',
      3,
      4,
      '16.00',
      'sample-personalised-communications',
      'sample',
    ]);
    expect(csv.rows[0]?.[6]).toBeNull(); // the seed's first story has no "so that"
    expect([0, 20, 30, 45, 90, 1, 2400].map(hoursText)).toEqual([
      '0.00',
      '0.33',
      '0.50',
      '0.75',
      '1.50',
      '0.02',
      '40.00',
    ]);
  });
});
