import { describe, expect, it } from 'vitest';
import { compileCalendar } from '../calendar/calendar.js';
import type { TicketEvent } from './events.js';
import type { SlaPolicy } from './policy.js';
import { projectionAt, projectSla } from './projection.js';

const H = 3600;
const day = [['08:00', '18:00']];
const business = compileCalendar({
  timeZone: 'Europe/Madrid',
  week: { mon: day, tue: day, wed: day, thu: day, fri: day },
});
const policy: SlaPolicy = {
  targets: {
    high: { firstResponseSeconds: H, resolutionSeconds: 4 * H },
    medium: { firstResponseSeconds: 6 * H, resolutionSeconds: null },
    low: { firstResponseSeconds: 8 * H, resolutionSeconds: null },
  },
  urgencyResponseSeconds: null,
  clientResponseSeconds: null,
};
const at = (time: string) => Date.parse(`2026-03-02T${time}+01:00`);
const opened = (time: string, criticality: 'high' | 'medium'): TicketEvent => ({
  type: 'opened',
  at: at(time),
  criticality,
  kind: { kind: 'question' },
  channel: 'email',
});

describe('the stored SLA state and the answered one never disagree', () => {
  it.each([
    ['a high ticket nobody answered', [opened('09:00:00', 'high')]],
    [
      'a high ticket answered, its resolution still running',
      [
        opened('09:00:00', 'high'),
        { type: 'provider_replied', at: at('09:20:00'), automatic: false },
      ],
    ],
    ['a medium ticket opened late in the day', [opened('16:00:00', 'medium')]],
  ] as [string, TicketEvent[]][])(
    '%s: read later, it agrees with a recomputation at any moment while nothing happens',
    (_, events) => {
      const last = events.at(-1)?.at ?? 0;
      const stored = projectSla(events, policy, { business }, new Date(last)).projection;
      const edges = [stored.slaDueAt, stored.slaAtRiskAt, stored.firstResponseDueAt].flatMap(
        (instant) => (instant ? [-1000, 0, 999, 1000].map((ms) => instant.getTime() + ms) : []),
      );
      const everyFewMinutes = Array.from({ length: 300 }, (_, i) => last + i * 7 * 60_000);
      expect(edges.length).toBeGreaterThan(0);
      for (const ms of [...edges, ...everyFewMinutes]) {
        const now = new Date(ms);
        const fresh = projectSla(events, policy, { business }, now).projection;
        const read = projectionAt(stored, now);
        expect([read.slaState, read.firstResponseOutcome], now.toISOString()).toEqual([
          fresh.slaState,
          fresh.firstResponseOutcome,
        ]);
      }
    },
  );
});
