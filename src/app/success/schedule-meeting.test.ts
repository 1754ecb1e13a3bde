import { describe, expect, it } from 'vitest';
import { buildPerson } from '../../../test/factories/contacts.js';
import { successWithAna } from '../../../test/support/success.js';
import { readReport } from '../reports/index.js';
import { readSuccess } from './read-success.js';
import { recordMinutes } from './record-minutes.js';
import { scheduleMeeting } from './schedule-meeting.js';

// Tuesday 10 March 2026, 10:00 in Santiago (UTC−3).
const tuesdayTen = Date.UTC(2026, 2, 10, 13);

const setUp = successWithAna;

describe('scheduleMeeting', () => {
  it('a planning meeting on an agreed date, with the standard agenda, its attendees and the consumption it forecasts', async () => {
    const { store, ana, options, clock, seeded, modules } = await setUp();
    const meeting = await scheduleMeeting({
      ...options,
      meeting: {
        kind: 'monthly_planning',
        start: tuesdayTen,
        minutes: 120,
        agenda: [],
        contactIds: [ana.id],
      },
    });
    expect(meeting).toMatchObject({
      kind: 'monthly_planning',
      slot: { start: tuesdayTen, end: tuesdayTen + 2 * 3_600_000 },
      timeZone: 'America/Santiago',
      organizer: { email: 'cuentas@soporteandino.example' },
      attendees: [{ email: 'ana.perez@cliente.cl', name: 'Ana Pérez', required: true }],
      contactIds: [ana.id],
    });
    expect(meeting.agenda).toHaveLength(3);
    expect(store.tables.audit.map((a) => a.resourceType)).toEqual(['account_meetings']);

    const view = await readSuccess(options);
    const report = await readReport({
      ...modules.reports,
      actor: options.actor,
      contractId: options.contractId,
      kind: 'planning',
      date: '2026-03-10',
    });
    if (report.model.kind !== 'planning') throw new Error('a planning report');
    expect(view.meetings[0]?.forecast).toEqual({
      forecastMinutes: report.model.report.forecastMinutes,
      availableMinutes: report.model.report.next.availableMinutes,
      shortfallMinutes: report.model.report.next.shortfallMinutes,
      idleMinutes: report.model.report.idle.idleMinutes,
    });
    expect(view.meetings[0]?.forecast?.availableMinutes).toBeGreaterThan(0);
    // The forecast carries the bill: a requester sees the meeting without it.
    const requester = await readSuccess({ ...options, actor: seeded.actors.client_requester });
    expect(requester.meetings[0]).toMatchObject({ id: meeting.id, forecast: null });

    await expect(
      recordMinutes({ ...options, meetingId: meeting.id, notes: 'Antes', decisions: [] }),
    ).rejects.toMatchObject({ rule: 'meeting_not_started' });
    clock.advance(tuesdayTen + 3_600_000 - clock.now().getTime());
    const held = await recordMinutes({
      ...options,
      meetingId: meeting.id,
      notes: 'Acordado',
      decisions: ['Integrar el ERP'],
    });
    expect(held).toMatchObject({
      status: 'held',
      minutes: { notes: 'Acordado', decisions: ['Integrar el ERP'] },
    });
  });

  it('a planning meeting lasts at most two hours', async () => {
    const { store, options } = await setUp();
    await expect(
      scheduleMeeting({
        ...options,
        meeting: {
          kind: 'monthly_planning',
          start: tuesdayTen,
          minutes: 150,
          agenda: [],
          contactIds: [],
        },
      }),
    ).rejects.toMatchObject({ rule: 'meeting_too_long', params: { max: 120 } });
    expect(store.tables.success.meetings).toEqual([]);
  });

  it('refuses a date outside service hours and a contact of another client', async () => {
    const { store, options, seeded } = await setUp();
    const meeting = (start: number, contactIds: string[] = []) =>
      scheduleMeeting({
        ...options,
        meeting: { kind: 'quarterly_review', start, minutes: 60, agenda: ['Avance'], contactIds },
      });
    await expect(meeting(Date.UTC(2026, 2, 14, 13))).rejects.toMatchObject({
      rule: 'outside_service_hours',
      path: 'start',
    });
    const stranger = buildPerson({
      id: '00000000-0000-4000-8000-00000000c002',
      organisationId: seeded.otherClient.id,
    });
    store.tables.contacts.push(stranger);
    await expect(meeting(tuesdayTen, [stranger.id])).rejects.toMatchObject({
      code: 'not_found',
      path: 'contactIds.0',
    });
    await expect(
      scheduleMeeting({
        ...options,
        actor: seeded.actors.client_decision_maker,
        meeting: {
          kind: 'quarterly_review',
          start: tuesdayTen,
          minutes: 60,
          agenda: [],
          contactIds: [],
        },
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
