/**
 * The SLA a contract version promises: its targets as an {@link SlaPolicy}, the calendars its
 * clocks run on, and the criticalities it offers. Pure: the caller loads the calendar specs a
 * contract names ({@link calendarRefsOf}) and passes them in.
 */
import { createCalendarCache } from '../calendar/evaluate.js';
import { roundTheClockSpec } from '../calendar/round-the-clock.js';
import type { CalendarSpec } from '../calendar/spec.js';
import { invalidInput } from '../errors.js';
import type { PlanParams } from '../plans/params.js';
import type { SlaCalendars, SlaPolicy } from '../sla/index.js';
import { type Criticality, criticalities } from '../tickets/vocabulary.js';
import { type Contract, contractVersionAt } from './contract.js';
import { contractError } from './errors.js';

/** The name plans use for the round-the-clock calendar urgencies run on (seed 004). */
export const roundTheClock = '24x7';

/** Seed 004: urgencies are answered within 30 minutes even off-hours, when a plan names no other target. */
const defaultUrgencySeconds = 30 * 60;

/** What computing a contract's SLA clocks needs: the promises, the calendars and the zone to explain in. */
export interface SlaContext {
  readonly policy: SlaPolicy;
  readonly calendars: SlaCalendars;
  readonly timeZone: string;
}

/** The SLA policy a plan promises, in seconds. */
export function policyOf(plan: PlanParams): SlaPolicy {
  const minutes = (value: number | null | undefined) => (value == null ? null : value * 60);
  const targets = Object.fromEntries(
    criticalities.map((criticality) => [
      criticality,
      {
        firstResponseSeconds: minutes(plan.responseTargets[criticality]),
        resolutionSeconds: minutes(plan.resolutionTargets?.[criticality]),
      },
    ]),
  ) as unknown as SlaPolicy['targets'];
  return {
    targets,
    urgencyResponseSeconds: minutes(plan.urgentResponse?.minutes) ?? defaultUrgencySeconds,
    clientResponseSeconds: minutes(plan.clientResponseMinutes),
  };
}

/** A criticality must be one the plan promises a target for (a plan with no targets at all takes any). */
export function assertCriticalityOffered(plan: PlanParams, criticality: Criticality): void {
  const targets = plan.responseTargets;
  const offered = Object.values(targets).some((target) => target !== null);
  if (offered && targets[criticality] === null) {
    throw invalidInput('criticality', `the plan has no ${criticality} criticality`);
  }
}

function slaRefsOf(plan: PlanParams): { business: string; urgent: string } {
  return { business: plan.calendarId, urgent: plan.urgentResponse?.calendarId ?? roundTheClock };
}

/**
 * Every stored calendar a contract can need, in any of its versions: the base plan's (its
 * dates' zone) and each version's business and urgent calendars. Loading these once, before
 * any lock, leaves nothing to fetch while a transaction holds the only embedded connection.
 */
export function calendarRefsOf(contract: Contract): string[] {
  const dates = [
    contract.start,
    ...contract.amendments.flatMap((a) =>
      a.kind === 'parameter_change' && a.from > contract.start ? [a.from] : [],
    ),
  ];
  const refs = dates.flatMap((date) => {
    const { business, urgent } = slaRefsOf(contractVersionAt(contract, date).plan);
    return [business, urgent];
  });
  return [...new Set([contract.plan.calendarId, ...refs])].filter((ref) => ref !== roundTheClock);
}

const compiled = createCalendarCache();

/**
 * The SLA context of a plan (a contract version's), given the specs of the calendars it names;
 * a calendar the plan names but nobody defined is a rule violation the provider must fix.
 */
export function slaContextOf(
  plan: PlanParams,
  specOf: (ref: string) => CalendarSpec | undefined,
): SlaContext {
  const spec = (ref: string): CalendarSpec => {
    if (ref === roundTheClock) return roundTheClockSpec;
    const found = specOf(ref);
    if (!found) {
      throw contractError(
        'plan_calendar_undefined',
        { calendar: ref },
        `the plan's calendar "${ref}" is not defined: add it under Calendars`,
      );
    }
    return found;
  };
  const refs = slaRefsOf(plan);
  const business = spec(refs.business);
  const urgent = spec(refs.urgent);
  return {
    policy: policyOf(plan),
    calendars: { business: compiled.get(business), urgent: compiled.get(urgent) },
    timeZone: business.timeZone,
  };
}
