import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCalendar } from '../calendar/calendar.js';
import { roundTheClockSpec } from '../calendar/round-the-clock.js';
import type { Criticality } from '../tickets/vocabulary.js';
import { computeSla } from './compute.js';
import type { TicketEvent } from './events.js';
import type { SlaPolicy } from './policy.js';

const H = 3600;
const day = [['08:00', '18:00']];
const business = compileCalendar({
  timeZone: 'Europe/Madrid',
  week: { mon: day, tue: day, wed: day, thu: day, fri: day },
});
const calendars = { business, urgent: compileCalendar(roundTheClockSpec) };
const policy: SlaPolicy = {
  targets: {
    high: { firstResponseSeconds: H, resolutionSeconds: 4 * H },
    medium: { firstResponseSeconds: 6 * H, resolutionSeconds: 16 * H },
    low: { firstResponseSeconds: 8 * H, resolutionSeconds: 24 * H },
  },
  urgencyResponseSeconds: 30 * 60,
  clientResponseSeconds: 16 * H,
};
const start = Date.parse('2026-03-02T09:00:00+01:00');

/** Steps that keep a log valid whatever came before (replies, waits and resumptions). */
const step = fc.constantFrom<(at: number) => TicketEvent>(
  (at) => ({ type: 'provider_replied', at, automatic: false, setsStatus: 'waiting_client' }),
  (at) => ({ type: 'provider_replied', at, automatic: true }),
  (at) => ({ type: 'status_changed', at, to: 'waiting_client' }),
  (at) => ({ type: 'status_changed', at, to: 'open' }),
  (at) => ({ type: 'client_replied', at, setsStatus: 'open' }),
  (at) => ({ type: 'internal_note', at }),
);
const criticality = fc.constantFrom<Criticality>('high', 'medium', 'low');

describe('changing criticality', () => {
  it('keeps the time already used and paused: any log with a criticality change counts the same business time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 600 }), step), { maxLength: 8 }),
        fc.integer({ min: 0, max: 8 }),
        criticality,
        criticality,
        fc.integer({ min: 1, max: 3000 }),
        (steps, changeAt, from, to, after) => {
          let at = start;
          const events: TicketEvent[] = [
            { type: 'opened', at, criticality: from, kind: { kind: 'question' }, channel: 'email' },
          ];
          for (const [minutes, make] of steps) {
            at += minutes * 60_000;
            events.push(make(at));
          }
          const now = at + after * 60_000;
          const index = Math.min(changeAt, events.length - 1) + 1;
          const changeInstant = events[index - 1]?.at ?? start;
          const changed = [
            ...events.slice(0, index),
            { type: 'criticality_changed', at: changeInstant, to } as TicketEvent,
            ...events.slice(index),
          ];
          let plain: ReturnType<typeof computeSla>;
          try {
            plain = computeSla(events, policy, calendars, now);
          } catch {
            return; // a log the status machine refuses
          }
          const withChange = computeSla(changed, policy, calendars, now);
          for (const clock of ['firstResponse', 'resolution', 'client'] as const) {
            expect(withChange[clock]?.usedSeconds, clock).toBe(plain[clock]?.usedSeconds);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
