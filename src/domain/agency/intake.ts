/**
 * Activity intake, the "tráfico" of seed 004 §3.1: the client's people suggest activities during
 * the week; they reach the agency through the decision-maker (§2.4.2), and the agency accepts
 * each into the backlog or a sprint, or declines it — out of scope (which becomes a request for
 * a quote, §3.4.1) or off the month's focus — always with a reason.
 */
import { invalidInput } from '../errors.js';
import { AgencyRuleError } from './errors.js';

/** Where an accepted activity goes, or why it was declined. */
export type IntakeChoice =
  | { readonly kind: 'backlog' }
  | { readonly kind: 'sprint'; readonly sprintNumber: number }
  | {
      readonly kind: 'out_of_scope';
      readonly reason: string;
      /** The agency's estimate of the work, priced at the contract's rate in the quote. */
      readonly estimatedMinutes: number;
    }
  | { readonly kind: 'off_focus'; readonly reason: string };

/** The agency's decision on an activity. */
export interface IntakeDecision {
  readonly choice: IntakeChoice;
  readonly decidedBy: string;
  readonly at: number;
}

/** A suggested activity and its way through intake. */
export interface Activity {
  readonly id: string;
  readonly title: string;
  readonly suggestedBy: string;
  readonly suggestedAt: number;
  /** The decision-maker who passed it on; null while it waits for them. */
  readonly channelledBy: string | null;
  readonly decision: IntakeDecision | null;
}

/**
 * What the quotes module is asked to price when an activity is out of scope: the intent only;
 * the quote (hours × rate, sent, approved or rejected) lives in that module.
 */
export interface QuoteRequest {
  readonly activityId: string;
  readonly title: string;
  readonly reason: string;
  readonly estimatedMinutes: number;
  readonly requestedBy: string;
  readonly requestedAt: number;
}

/** A new activity; one suggested by the decision-maker is channelled at once. */
export function suggestActivity(input: {
  readonly id: string;
  readonly title: string;
  readonly suggestedBy: string;
  readonly at: number;
  readonly decisionMaker: string | null;
}): Activity {
  const title = input.title.trim();
  if (title === '') throw invalidInput('title', 'must not be empty');
  return {
    id: input.id,
    title,
    suggestedBy: input.suggestedBy,
    suggestedAt: input.at,
    channelledBy: input.suggestedBy === input.decisionMaker ? input.suggestedBy : null,
    decision: null,
  };
}

function notDecisionMaker(activity: Activity, by: string | null): AgencyRuleError {
  return new AgencyRuleError(
    'not_channelled_by_decision_maker',
    { activityId: activity.id, by: by ?? '' },
    'activities reach the agency through the client decision-maker',
  );
}

/** The decision-maker passes on an activity another client member suggested. */
export function channelActivity(
  activity: Activity,
  by: string,
  decisionMaker: string | null,
): Activity {
  if (by !== decisionMaker) throw notDecisionMaker(activity, by);
  return { ...activity, channelledBy: by };
}

/** What deciding needs: the choice, who and when, and the sprint in progress (null before sprint 1). */
export interface DecideIntake {
  readonly choice: IntakeChoice;
  readonly decidedBy: string;
  readonly at: number;
  readonly currentSprint: number | null;
}

function checkChoice(choice: IntakeChoice, currentSprint: number | null): IntakeChoice {
  if (choice.kind === 'backlog') return choice;
  if (choice.kind === 'sprint') {
    if (!Number.isSafeInteger(choice.sprintNumber) || choice.sprintNumber < 1) {
      throw invalidInput('choice.sprintNumber', 'expected a sprint number from 1');
    }
    if (currentSprint !== null && choice.sprintNumber < currentSprint) {
      throw new AgencyRuleError(
        'sprint_already_over',
        { sprintNumber: choice.sprintNumber, currentSprint },
        'an activity cannot enter a sprint that is over',
        'choice.sprintNumber',
      );
    }
    return choice;
  }
  const reason = choice.reason.trim();
  if (reason === '') throw invalidInput('choice.reason', 'a declined activity needs a reason');
  if (choice.kind === 'out_of_scope') {
    const minutes = choice.estimatedMinutes;
    if (!Number.isSafeInteger(minutes) || minutes < 1) {
      throw invalidInput('choice.estimatedMinutes', 'expected whole minutes from 1');
    }
  }
  return { ...choice, reason };
}

/** Decides a channelled activity once; an out-of-scope one yields the quote request. */
export function decideIntake(
  activity: Activity,
  decide: DecideIntake,
): { readonly activity: Activity; readonly quoteRequest: QuoteRequest | null } {
  if (activity.channelledBy === null) throw notDecisionMaker(activity, null);
  if (activity.decision !== null) {
    throw new AgencyRuleError(
      'activity_already_decided',
      { activityId: activity.id },
      'already decided',
    );
  }
  const choice = checkChoice(decide.choice, decide.currentSprint);
  const decided = { ...activity, decision: { choice, decidedBy: decide.decidedBy, at: decide.at } };
  const quoteRequest =
    choice.kind === 'out_of_scope'
      ? {
          activityId: activity.id,
          title: activity.title,
          reason: choice.reason,
          estimatedMinutes: choice.estimatedMinutes,
          requestedBy: decide.decidedBy,
          requestedAt: decide.at,
        }
      : null;
  return { activity: decided, quoteRequest };
}
