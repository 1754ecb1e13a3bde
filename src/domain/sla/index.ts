/** SLA clocks, their explanation and compliance: the public face of `src/domain/sla`. */
export type { BusinessClock, CalendarKey, SlaCalendars } from './business-clock.js';
export { calendarKeys } from './business-clock.js';
export * from './compliance.js';
export * from './compute.js';
export * from './events.js';
export * from './instants.js';
export { type ClockName, type ClockState, clockNames, type SlaClock } from './meter.js';
export * from './policy.js';
export * from './projection.js';
export type * from './steps.js';
