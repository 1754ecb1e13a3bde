/**
 * The client's required inputs (seed 004 §4) as a checklist. A missing input suspends the work
 * that needs it from the day it went missing ("los servicios serán suspendidos hasta la entrega
 * de los pendientes"); when it is provided the suspension ends and the affected deliverables'
 * dates move by its business time (schedule-shifts.ts). Suspensions are kept, with their start,
 * for both sides to see and for the impasse rule on inputs not under the agency's control.
 */
import { invalidInput } from '../errors.js';
import { AgencyRuleError } from './errors.js';
import type { ImpasseFact } from './facts.js';

/** §4's non-negotiable inputs; `ad_campaigns` applies only when the service includes paid media. */
export const inputKeys = [
  'content_sources',
  'buyer_persona_sources',
  'data_access',
  'conversion_assets',
  'ad_campaigns',
  'content_planning',
  'automation_tools',
] as const;

/** One of {@link inputKeys}. */
export type InputKey = (typeof inputKeys)[number];

/** A stretch during which an input was missing; `until` null while it still is. */
export interface Suspension {
  readonly inputKey: InputKey;
  readonly since: number;
  readonly until: number | null;
}

/** A suspension that has ended. */
export type EndedSuspension = Suspension & { readonly until: number };

/** One line of the checklist and its history. */
export interface RequiredInput {
  readonly key: InputKey;
  /** Null while provided. */
  readonly missingSince: number | null;
  readonly suspensions: readonly Suspension[];
}

/** The checklist of a contract; paid media adds control of the ad campaigns. */
export function requiredInputChecklist(paidMedia: boolean): RequiredInput[] {
  return inputKeys
    .filter((key) => paidMedia || key !== 'ad_campaigns')
    .map((key) => ({ key, missingSince: null, suspensions: [] }));
}

function lineOf(checklist: readonly RequiredInput[], key: InputKey): RequiredInput {
  const line = checklist.find((item) => item.key === key);
  if (line === undefined)
    throw invalidInput('key', `${key} is not a required input of this contract`);
  return line;
}

function replace(checklist: readonly RequiredInput[], line: RequiredInput): RequiredInput[] {
  return checklist.map((item) => (item.key === line.key ? line : item));
}

/** Marks an input missing from `at`: the work that needs it is suspended from then. */
export function markInputMissing(
  checklist: readonly RequiredInput[],
  key: InputKey,
  at: number,
): RequiredInput[] {
  const line = lineOf(checklist, key);
  if (line.missingSince !== null) {
    throw new AgencyRuleError(
      'input_already_missing',
      { inputKey: key, since: line.missingSince },
      'already missing',
    );
  }
  return replace(checklist, { ...line, missingSince: at });
}

/** Marks an input provided at `at`, ending its suspension (returned, to shift the schedule). */
export function markInputProvided(
  checklist: readonly RequiredInput[],
  key: InputKey,
  at: number,
): { readonly checklist: RequiredInput[]; readonly ended: EndedSuspension } {
  const line = lineOf(checklist, key);
  if (line.missingSince === null) {
    throw new AgencyRuleError('input_not_missing', { inputKey: key }, 'the input is not missing');
  }
  const ended = { inputKey: key, since: line.missingSince, until: Math.max(at, line.missingSince) };
  const updated = { ...line, missingSince: null, suspensions: [...line.suspensions, ended] };
  return { checklist: replace(checklist, updated), ended };
}

/** Every suspension, ended or still open, in order of start. */
export function suspensionsOf(checklist: readonly RequiredInput[]): Suspension[] {
  return checklist
    .flatMap((line) => [
      ...line.suspensions,
      ...(line.missingSince === null
        ? []
        : [{ inputKey: line.key, since: line.missingSince, until: null }]),
    ])
    .sort((a, b) => a.since - b.since);
}

/** The inputs missing now, which suspend the work that needs them. */
export function missingInputs(checklist: readonly RequiredInput[]): InputKey[] {
  return checklist.filter((line) => line.missingSince !== null).map((line) => line.key);
}

/** The suspensions as facts for the impasse rule on inputs not under the agency's control. */
export function inputFacts(checklist: readonly RequiredInput[]): ImpasseFact[] {
  return suspensionsOf(checklist).map((s) => ({
    kind: 'input_not_under_control',
    at: s.since,
    until: s.until,
    inputKey: s.inputKey,
  }));
}
