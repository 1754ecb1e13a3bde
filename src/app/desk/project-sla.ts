import {
  computeSla,
  firstResponseOutcome,
  nextSlaInstants,
  type SlaCalendars,
  type SlaClock,
  type SlaPolicy,
  type SlaResult,
  type TicketEvent,
} from '../../domain/sla/index.js';
import type { SlaProjection } from './ports.js';

/** The state a ticket shows in queues: its most urgent clock's state. */
export type SlaState = 'breached' | 'at_risk' | 'running' | 'paused' | 'met';

/** Worst first: a queue sorted by this shows breached tickets on top. */
export const slaStates: readonly SlaState[] = ['breached', 'at_risk', 'running', 'paused', 'met'];

function providerClocks(result: SlaResult): SlaClock[] {
  return [result.firstResponse, result.resolution].filter(
    (clock): clock is SlaClock => clock !== null,
  );
}

/** Recomputes a ticket's clocks from its log and reduces them to what lists, filters and the watcher need. */
export function projectSla(
  events: readonly TicketEvent[],
  policy: SlaPolicy,
  calendars: SlaCalendars,
  now: Date,
): { result: SlaResult; projection: SlaProjection } {
  const result = computeSla(events, policy, calendars, now.getTime());
  const clocks = providerClocks(result);
  const rank = (clock: SlaClock) => slaStates.indexOf(clock.state);
  const worst = clocks.toSorted((a, b) => rank(a) - rank(b))[0];
  const dues = clocks.flatMap((clock) =>
    (clock.state === 'running' || clock.state === 'at_risk') && clock.due !== null
      ? [clock.due]
      : [],
  );
  const next = nextSlaInstants(result)[0];
  return {
    result,
    projection: {
      slaState: worst?.state ?? null,
      slaDueAt: dues.length > 0 ? new Date(Math.min(...dues)) : null,
      nextCheckAt: next ? new Date(next.at) : null,
      firstResponseOutcome: firstResponseOutcome(result),
      clientLate: result.clientLate,
    },
  };
}
