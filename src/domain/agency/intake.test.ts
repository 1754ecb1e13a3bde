import { describe, expect, it } from 'vitest';
import { bog } from '../../../test/factories/agency.js';
import { channelActivity, decideIntake, type IntakeChoice, suggestActivity } from './intake.js';

const at = bog('2026-04-14 10:00');
const fromMember = suggestActivity({
  id: 'a1',
  title: 'Landing de Black Friday',
  suggestedBy: 'max',
  at,
  decisionMaker: 'dora',
});
const channelled = channelActivity(fromMember, 'dora', 'dora');
const decide = (choice: IntakeChoice, currentSprint: number | null = 3) =>
  decideIntake(channelled, { choice, decidedBy: 'ana', at: at + 3_600_000, currentSprint });

describe('activity intake (§3.1)', () => {
  it('an activity suggested by another client member waits for the decision-maker', () => {
    expect(fromMember.channelledBy).toBeNull();
    expect(() =>
      decideIntake(fromMember, {
        choice: { kind: 'backlog' },
        decidedBy: 'ana',
        at,
        currentSprint: 3,
      }),
    ).toThrow(expect.objectContaining({ rule: 'not_channelled_by_decision_maker' }));
    expect(() => channelActivity(fromMember, 'max', 'dora')).toThrow(
      expect.objectContaining({
        rule: 'not_channelled_by_decision_maker',
        params: { activityId: 'a1', by: 'max' },
      }),
    );
    expect(() => channelActivity(fromMember, 'dora', null)).toThrow(
      expect.objectContaining({ rule: 'not_channelled_by_decision_maker' }),
    );
  });

  it('an activity suggested by the decision-maker is channelled at once', () => {
    const own = suggestActivity({
      id: 'a2',
      title: 'Post',
      suggestedBy: 'dora',
      at,
      decisionMaker: 'dora',
    });
    expect(own.channelledBy).toBe('dora');
  });

  it.each([
    [{ kind: 'backlog' }, null],
    [{ kind: 'sprint', sprintNumber: 3 }, null],
    [{ kind: 'sprint', sprintNumber: 5 }, null],
    [{ kind: 'off_focus', reason: 'no mueve el objetivo del mes' }, null],
    [
      { kind: 'out_of_scope', reason: 'desarrollo web fuera del alcance', estimatedMinutes: 720 },
      {
        activityId: 'a1',
        title: 'Landing de Black Friday',
        reason: 'desarrollo web fuera del alcance',
        estimatedMinutes: 720,
        requestedBy: 'ana',
        requestedAt: at + 3_600_000,
      },
    ],
  ] as const)(
    'deciding %o records the decision; only out of scope requests a quote',
    (choice, quote) => {
      const { activity, quoteRequest } = decide(choice);
      expect(activity.decision).toEqual({ choice, decidedBy: 'ana', at: at + 3_600_000 });
      expect(quoteRequest).toEqual(quote);
    },
  );

  it.each([
    [{ kind: 'off_focus', reason: '   ' }, 'choice.reason'],
    [{ kind: 'out_of_scope', reason: '', estimatedMinutes: 60 }, 'choice.reason'],
    [{ kind: 'out_of_scope', reason: 'fuera', estimatedMinutes: 0 }, 'choice.estimatedMinutes'],
    [{ kind: 'sprint', sprintNumber: 0 }, 'choice.sprintNumber'],
  ] as const)(
    'a declined activity needs a reason, a quote an estimate, a sprint a number (%o)',
    (choice, path) => {
      expect(() => decide(choice)).toThrow(
        expect.objectContaining({ code: 'invalid_input', path }),
      );
    },
  );

  it('an activity cannot enter a sprint that is over, but any sprint before sprint 1 starts', () => {
    expect(() => decide({ kind: 'sprint', sprintNumber: 2 })).toThrow(
      expect.objectContaining({
        rule: 'sprint_already_over',
        params: { sprintNumber: 2, currentSprint: 3 },
      }),
    );
    expect(decide({ kind: 'sprint', sprintNumber: 1 }, null).activity.decision?.choice).toEqual({
      kind: 'sprint',
      sprintNumber: 1,
    });
  });

  it('an activity is decided once', () => {
    const { activity } = decide({ kind: 'backlog' });
    expect(() =>
      decideIntake(activity, {
        choice: { kind: 'backlog' },
        decidedBy: 'ana',
        at,
        currentSprint: 3,
      }),
    ).toThrow(expect.objectContaining({ rule: 'activity_already_decided' }));
  });
});
