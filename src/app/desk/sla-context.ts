import { createCalendarCache } from '../../domain/calendar/evaluate.js';
import { roundTheClockSpec } from '../../domain/calendar/round-the-clock.js';
import type { CalendarSpec } from '../../domain/calendar/spec.js';
import { DomainError, invalidInput } from '../../domain/errors.js';
import { laterOf } from '../../domain/hour-bank/dates.js';
import { contractVersionAt } from '../../domain/hour-bank/index.js';
import type { PlanParams } from '../../domain/plans/params.js';
import type { SlaCalendars, SlaPolicy } from '../../domain/sla/index.js';
import { type Criticality, criticalities } from '../../domain/tickets/vocabulary.js';
import { findCalendarByRef } from '../calendars/find-calendar.js';
import { contractDate } from '../hour-bank/contract-today.js';
import type { ContractRecord } from '../hour-bank/ports.js';
import type { CalendarRepository } from '../ports.js';

/** The name plans use for the round-the-clock calendar urgencies run on (seed 004). */
export const roundTheClock = '24x7';

/** Seed 004: urgencies are answered within 30 minutes even off-hours, when a plan names no other target. */
const defaultUrgencySeconds = 30 * 60;

/** What computing a contract's SLA clocks needs: the promises, the calendars and the zone to explain in. */
export interface SlaContext {
  policy: SlaPolicy;
  calendars: SlaCalendars;
  timeZone: string;
}

const compiled = createCalendarCache();

async function specFor(calendars: CalendarRepository, ref: string): Promise<CalendarSpec> {
  if (ref === roundTheClock) return roundTheClockSpec;
  const stored = await findCalendarByRef(calendars, ref);
  if (!stored) {
    throw new DomainError(
      'rule_violation',
      `the plan's calendar "${ref}" is not defined: add it under Calendars`,
    );
  }
  return stored.spec;
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

/**
 * Loads the SLA context of a contract as of a date (the version in force then). Call it before
 * taking a lock: on the embedded engine it must not wait for the connection a transaction holds.
 */
export async function slaContextFor(options: {
  calendars: CalendarRepository;
  record: ContractRecord;
  date: string;
}): Promise<SlaContext> {
  const { plan } = contractVersionAt(options.record.contract, options.date);
  const business = await specFor(options.calendars, plan.calendarId);
  const urgent = await specFor(options.calendars, plan.urgentResponse?.calendarId ?? roundTheClock);
  return {
    policy: policyOf(plan),
    calendars: { business: compiled.get(business), urgent: compiled.get(urgent) },
    timeZone: business.timeZone,
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

/** The SLA context of a ticket: its contract's version on the (contract-local) day it was opened. */
export async function slaContextForTicket(options: {
  calendars: CalendarRepository;
  record: ContractRecord;
  openedAt: Date;
}): Promise<SlaContext> {
  const opened = await contractDate({ ...options, at: options.openedAt });
  return slaContextFor({ ...options, date: laterOf(opened, options.record.contract.start) });
}
