import { describe, expect, it } from 'vitest';
import { explainInEnglish } from '../../i18n/index.js';
import { compileCalendar } from '../calendar/calendar.js';
import { roundTheClockSpec } from '../calendar/round-the-clock.js';
import type { SlaCalendars } from './business-clock.js';
import { computeSla } from './compute.js';
import type { OpenedEvent, TicketEvent } from './events.js';
import { nextSlaInstants } from './instants.js';
import type { SlaPolicy } from './policy.js';

const H = 3600;
const day = [['08:00', '18:00']];
/** Mon–Fri 08:00–18:00 Madrid; Thu 19 Mar 2026 (San José) is a holiday. */
const business = compileCalendar({
  timeZone: 'Europe/Madrid',
  week: { mon: day, tue: day, wed: day, thu: day, fri: day },
  holidays: ['2026-03-19'],
});
const urgent = compileCalendar(roundTheClockSpec);
const calendars: SlaCalendars = { business, urgent };

/** Seed 002 response targets (1 / 6 / 8 business hours), seed 004 urgency (30 min 24/7) and client time (16 h). */
const policy: SlaPolicy = {
  targets: {
    high: { firstResponseSeconds: 1 * H, resolutionSeconds: 4 * H },
    medium: { firstResponseSeconds: 6 * H, resolutionSeconds: 16 * H },
    low: { firstResponseSeconds: 8 * H, resolutionSeconds: null },
  },
  urgencyResponseSeconds: 30 * 60,
  clientResponseSeconds: 16 * H,
};

/** A Madrid wall time in March 2026 (CET, +01:00), e.g. `t('06 17:40')` is Fri 6 Mar 17:40. */
function t(dayAndTime: string): number {
  const [dd, hhmm] = dayAndTime.split(' ');
  return Date.parse(`2026-03-${dd}T${hhmm}:00+01:00`);
}

function opened(at: string, overrides: Partial<OpenedEvent> = {}): OpenedEvent {
  return {
    type: 'opened',
    at: t(at),
    criticality: 'high',
    kind: { kind: 'question' },
    channel: 'email',
    ...overrides,
  };
}

function reply(
  at: string,
  extra: Partial<Extract<TicketEvent, { type: 'provider_replied' }>> = {},
): TicketEvent {
  return { type: 'provider_replied', at: t(at), automatic: false, ...extra };
}

function sla(events: TicketEvent[], now: string, slaPolicy: SlaPolicy = policy) {
  return computeSla(events, slaPolicy, calendars, t(now));
}

function codes(steps: readonly { code: string }[]): string[] {
  return steps.map((step) => step.code);
}

describe('SLA clock rules', () => {
  it('pause and resume', () => {
    const events: TicketEvent[] = [
      opened('02 09:00'),
      reply('02 09:30', { setsStatus: 'waiting_client' }),
      { type: 'client_replied', at: t('02 14:00'), setsStatus: 'open' },
    ];
    const resolution = sla(events, '02 15:00').resolution;
    // 30 min before the wait + 1 h after it; the 4 h 30 min waiting on the client are not counted.
    expect(resolution).toMatchObject({
      state: 'running',
      usedSeconds: 1.5 * H,
      remainingSeconds: 2.5 * H,
    });
    expect(resolution?.due).toBe(t('02 17:30'));
    expect(resolution?.steps).toContainEqual({
      code: 'paused_waiting_client',
      at: t('02 09:30'),
      until: t('02 14:00'),
      businessSeconds: 4.5 * H,
    });
    const whileWaiting = sla(events.slice(0, 2), '02 12:00').resolution;
    expect(whileWaiting).toMatchObject({ state: 'paused', usedSeconds: 0.5 * H, due: null });
  });

  it('criticality change mid-ticket keeps the time used', () => {
    const lowThenMedium = sla(
      [
        opened('02 09:00', { criticality: 'low' }),
        { type: 'criticality_changed', at: t('02 11:00'), to: 'medium' },
      ],
      '02 12:00',
    ).firstResponse;
    // 2 h used at low; medium's 6 h target leaves 4 h from 11:00.
    expect(lowThenMedium).toMatchObject({
      targetSeconds: 6 * H,
      usedSeconds: 3 * H,
      due: t('02 15:00'),
    });
    expect(lowThenMedium?.steps).toContainEqual({
      code: 'criticality_changed',
      at: t('02 11:00'),
      from: 'low',
      to: 'medium',
      usedSeconds: 2 * H,
      targetSeconds: 6 * H,
    });
    const toHigh = [opened('02 09:00', { criticality: 'low' })];
    const raised = sla(
      [...toHigh, { type: 'criticality_changed', at: t('02 09:40'), to: 'high' }],
      '02 09:50',
    );
    expect(raised.firstResponse).toMatchObject({
      due: t('02 10:00'),
      state: 'at_risk',
      usedSeconds: 50 * 60,
    });
    const late = sla(
      [...toHigh, { type: 'criticality_changed', at: t('02 11:00'), to: 'high' }],
      '02 11:30',
    );
    expect(late.firstResponse).toMatchObject({
      state: 'breached',
      breachedAt: t('02 11:00'),
      usedSeconds: 2.5 * H,
    });
  });

  it('reply-and-wait counts as first response', () => {
    const result = sla(
      [opened('02 09:00'), reply('02 09:40', { setsStatus: 'waiting_client' })],
      '03 12:00',
    );
    expect(result.firstResponse).toMatchObject({
      state: 'met',
      stoppedAt: t('02 09:40'),
      usedSeconds: 40 * 60,
    });
    expect(result.firstResponse?.steps.at(-1)).toEqual({
      code: 'responded',
      at: t('02 09:40'),
      usedSeconds: 2400,
    });
    expect(result.client).toMatchObject({ state: 'at_risk', usedSeconds: 8 * H + 20 * 60 + 4 * H });
  });

  it('a status change alone does not pause the first-response clock; waiting on the client pauses only after a question', () => {
    const waitsUnasked: TicketEvent[] = [
      opened('02 09:00'),
      { type: 'status_changed', at: t('02 09:10'), to: 'waiting_client' },
    ];
    const unasked = sla(waitsUnasked, '02 10:30');
    // nobody asked the client anything: the first response was due at 10:00 and is missed
    expect(unasked.firstResponse).toMatchObject({ state: 'breached', breachedAt: t('02 10:00') });
    expect(codes(unasked.firstResponse?.steps ?? [])).toContain('waiting_without_question');
    expect(unasked.resolution).toMatchObject({ state: 'running', usedSeconds: 1.5 * H });
    expect(unasked.client).toBeNull();
    // the provider asks while the ticket waits: from then on the resolution clock is paused
    const asked = sla([...waitsUnasked, reply('02 10:40')], '02 12:00');
    expect(asked.firstResponse).toMatchObject({ state: 'breached', stoppedAt: t('02 10:40') });
    expect(asked.resolution).toMatchObject({ state: 'paused', usedSeconds: 100 * 60 });
    expect(asked.client).toMatchObject({ state: 'running', usedSeconds: 80 * 60 });
    // asked first, then set waiting by a status change: that wait pauses at once
    const askedBefore = sla(
      [
        opened('02 09:00'),
        reply('02 09:20'),
        { type: 'status_changed', at: t('02 09:30'), to: 'waiting_client' },
      ],
      '02 12:00',
    );
    expect(askedBefore.firstResponse).toMatchObject({ state: 'met', stoppedAt: t('02 09:20') });
    expect(askedBefore.resolution).toMatchObject({ state: 'paused', usedSeconds: 30 * 60 });
    expect(askedBefore.client).toMatchObject({ state: 'running', usedSeconds: 2.5 * H });
  });

  it('a client reply never moves the ticket to waiting on the client', () => {
    for (const setsStatus of ['waiting_client', 'waiting_vendor'] as const) {
      const events: TicketEvent[] = [
        opened('02 09:00'),
        { type: 'client_replied', at: t('02 09:30'), setsStatus },
      ];
      expect(() => sla(events, '02 10:00')).toThrowError(
        expect.objectContaining({ code: 'rule_violation', path: 'events[1].setsStatus' }),
      );
    }
  });

  it('automatic replies do not count as first response', () => {
    const events = [opened('02 09:00'), reply('02 09:00', { automatic: true, setsStatus: 'open' })];
    const waiting = sla(events, '02 09:50').firstResponse;
    expect(waiting).toMatchObject({ state: 'at_risk', stoppedAt: null, due: t('02 10:00') });
    expect(codes(waiting?.steps ?? [])).toContain('automatic_reply_ignored');
    expect(sla(events, '02 10:30').firstResponse).toMatchObject({
      state: 'breached',
      breachedAt: t('02 10:00'),
    });
    expect(sla([...events, reply('02 09:55')], '02 10:30').firstResponse).toMatchObject({
      state: 'met',
    });
  });

  it('urgency on a Saturday night runs on 24/7 with 30 minutes', () => {
    const urgency = { kind: 'urgency', urgency: 'digital_asset_down' } as const;
    const events = [opened('07 23:10', { kind: urgency })];
    const pending = sla(events, '07 23:30');
    expect(pending.firstResponse).toMatchObject({
      calendar: 'urgent',
      targetSeconds: 1800,
      state: 'running',
      due: t('07 23:40'),
      atRiskAt: t('07 23:10') + 1350_000,
    });
    expect(sla([...events, reply('07 23:35')], '08 10:00').firstResponse).toMatchObject({
      state: 'met',
    });
    expect(sla(events, '07 23:41').firstResponse?.state).toBe('breached');
    // Resolution stays on business hours: it starts on Monday morning.
    expect(pending.resolution?.due).toBe(t('09 12:00'));
    // A question reclassified as an urgency gets its 30 minutes from the reclassification.
    const reclassified = sla(
      [opened('07 22:00'), { type: 'kind_changed', at: t('07 23:00'), to: urgency }],
      '07 23:10',
    ).firstResponse;
    expect(reclassified).toMatchObject({
      calendar: 'urgent',
      due: t('07 23:30'),
      usedSeconds: 600,
    });
    expect(codes(reclassified?.steps ?? [])).toContain('kind_changed');
  });

  it('ticket opened outside hours starts at the next opening', () => {
    const friday = sla([opened('06 18:30', { criticality: 'medium' })], '06 20:00').firstResponse;
    expect(friday).toMatchObject({ usedSeconds: 0, due: t('09 14:00'), state: 'running' });
    expect(friday?.steps).toContainEqual({
      code: 'opened_outside_hours',
      at: t('06 18:30'),
      opensAt: t('09 08:00'),
    });
    const step = friday?.steps.find((s) => s.code === 'opened_outside_hours');
    expect(step && explainInEnglish(step, 'Europe/Madrid')).toBe(
      'outside service hours: closed until Mon 9 Mar 08:00',
    );
    // Opened 17:40 on Friday: 20 minutes count on Friday, the rest from Monday 08:00.
    const late = sla([opened('06 17:40', { criticality: 'medium' })], '06 20:00').firstResponse;
    expect(late).toMatchObject({ usedSeconds: 1200, due: t('09 13:40') });
  });

  it('holiday in the middle is not counted', () => {
    const events = [opened('18 14:00', { criticality: 'low' })];
    // Wed 14–18 (4 h), Thu 19 is a holiday, Fri 08–12 (4 h).
    expect(sla(events, '18 15:00').firstResponse?.due).toBe(t('20 12:00'));
    expect(sla(events, '20 10:00').firstResponse).toMatchObject({
      usedSeconds: 6 * H,
      state: 'at_risk',
    });
  });

  it('L3 waiting on the vendor is excluded', () => {
    const events: TicketEvent[] = [
      opened('02 09:00'),
      reply('02 09:15'),
      { type: 'level_changed', at: t('02 10:00'), to: 'L3' },
      { type: 'status_changed', at: t('02 10:00'), to: 'waiting_vendor' },
      { type: 'status_changed', at: t('04 11:00'), to: 'open' },
    ];
    const resolution = sla(events, '04 11:30').resolution;
    expect(resolution).toMatchObject({
      usedSeconds: 1.5 * H,
      due: t('04 14:00'),
      state: 'running',
    });
    expect(resolution?.steps).toContainEqual({
      code: 'paused_waiting_vendor',
      at: t('02 10:00'),
      until: t('04 11:00'),
      businessSeconds: 21 * H,
    });
    const notEscalated = events.filter((event) => event.type !== 'level_changed');
    expect(() => sla(notEscalated, '04 11:30')).toThrowError(
      expect.objectContaining({ code: 'rule_violation', path: 'events[2]' }),
    );
  });

  it('client late after 16 business hours', () => {
    const asked = [opened('02 09:00'), reply('02 10:00', { setsStatus: 'waiting_client' })];
    // Mon 10–18 (8 h) + Tue 08–16 (8 h): due Tue 16:00.
    const onTime = sla(asked, '03 16:00');
    expect(onTime.client).toMatchObject({
      due: t('03 16:00'),
      state: 'at_risk',
      usedSeconds: 16 * H,
    });
    expect(onTime.clientLate).toBe(false);
    const late = sla(asked, '03 16:01');
    expect(late).toMatchObject({
      clientLate: true,
      client: { state: 'breached', breachedAt: t('03 16:00') },
    });
    const answered: TicketEvent = { type: 'client_replied', at: t('04 09:00'), setsStatus: 'open' };
    const again = [reply('04 10:00', { setsStatus: 'waiting_client' })];
    const later = sla(
      [...asked, answered, ...again, { type: 'client_replied', at: t('04 11:00') }],
      '04 12:00',
    );
    // The latest wait is on time, but the first one was late.
    expect(later).toMatchObject({
      clientLate: true,
      client: { state: 'running', usedSeconds: 2 * H },
    });
    expect(codes(later.client?.steps ?? []).filter((code) => code === 'started')).toHaveLength(2);
  });

  it('a resolved ticket reopened keeps the resolution time used', () => {
    const events: TicketEvent[] = [
      opened('02 09:00'),
      reply('02 09:10'),
      { type: 'resolved', at: t('02 10:00') },
      { type: 'reopened', at: t('03 09:00') },
    ];
    expect(sla(events.slice(0, 3), '02 17:00').resolution).toMatchObject({
      state: 'met',
      usedSeconds: H,
    });
    const reopened = sla(events, '03 10:00').resolution;
    expect(reopened).toMatchObject({ state: 'running', usedSeconds: 2 * H, due: t('03 12:00') });
    expect(codes(reopened?.steps ?? [])).toEqual(['started', 'resolved', 'reopened', 'due']);
  });
});

describe('SLA log checks', () => {
  it('replying to a closed ticket is refused, naming the entry', () => {
    const events: TicketEvent[] = [
      opened('02 09:00'),
      reply('02 09:10', { setsStatus: 'resolved' }),
      { type: 'closed', at: t('02 10:00') },
      { type: 'client_replied', at: t('02 11:00') },
    ];
    expect(() => sla(events, '02 12:00')).toThrowError(
      expect.objectContaining({
        code: 'rule_violation',
        message: 'a closed ticket accepts no replies; open a new ticket for a follow-up',
        path: 'events[3]',
      }),
    );
  });

  it('refuses a log out of order or not starting with its opening', () => {
    expect(() => sla([opened('02 10:00'), reply('02 09:00')], '02 12:00')).toThrowError(
      expect.objectContaining({ code: 'invalid_input', path: 'events[1].at' }),
    );
    expect(() => sla([reply('02 09:00')], '02 12:00')).toThrowError(
      expect.objectContaining({ code: 'invalid_input', path: 'events[0]' }),
    );
  });

  it('ignores entries after now, so the same log answers "as of" questions', () => {
    const events = [opened('02 09:00'), reply('02 09:30')];
    expect(sla(events, '02 09:20').firstResponse).toMatchObject({
      state: 'running',
      usedSeconds: 20 * 60,
    });
  });
});

describe('next SLA instants', () => {
  it('gives the at-risk and breach instants of running clocks, earliest first', () => {
    const result = sla([opened('02 09:00')], '02 09:10');
    expect(nextSlaInstants(result)).toEqual([
      { clock: 'first_response', at: t('02 09:45'), becomes: 'at_risk' },
      { clock: 'first_response', at: t('02 10:00') + 1000, becomes: 'breached' },
      { clock: 'resolution', at: t('02 12:00'), becomes: 'at_risk' },
      { clock: 'resolution', at: t('02 13:00') + 1000, becomes: 'breached' },
    ]);
    // On time at the due instant itself, breached a second later.
    expect(sla([opened('02 09:00')], '02 10:00').firstResponse?.state).toBe('at_risk');
    expect(
      computeSla([opened('02 09:00')], policy, calendars, t('02 10:00') + 1000).firstResponse
        ?.state,
    ).toBe('breached');
  });

  it('schedules nothing for paused or decided clocks', () => {
    const result = sla(
      [opened('02 09:00'), reply('02 09:10', { setsStatus: 'waiting_client' })],
      '02 09:20',
    );
    expect(nextSlaInstants(result).map((instant) => instant.clock)).toEqual(['client', 'client']);
  });
});
