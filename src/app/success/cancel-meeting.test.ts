import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../test/support/ics.js';
import { successWithAna } from '../../../test/support/success.js';
import { cancelMeeting } from './cancel-meeting.js';
import { meetingInvitees } from './invitees.js';
import { moveMeeting } from './move-meeting.js';
import { scheduleMeeting } from './schedule-meeting.js';

// Tuesday 10 March 2026, 10:00 in Santiago (UTC−3).
const tuesdayTen = Date.UTC(2026, 2, 10, 13);
const hour = 3_600_000;

async function scheduled() {
  const app = await successWithAna();
  const { seeded, store, ana, options } = app;
  const meeting = await scheduleMeeting({
    ...options,
    meeting: {
      kind: 'quarterly_review',
      start: tuesdayTen,
      minutes: 60,
      agenda: [],
      contactIds: [ana.id],
      userIds: [seeded.users.agent.id],
    },
  });
  const mails = () =>
    store.tables.outgoingMail.map((m) => {
      const [ics] = m.attachments.flatMap((a) => (a.kind === 'file' ? [String(a.content)] : []));
      const { method, events } = parseIcs(ics ?? '');
      const [[uid, event] = []] = [...events];
      return { to: m.toAddress, method, sequence: event?.sequence, uid };
    });
  return { ...app, meeting, mails, on: { ...options, meetingId: meeting.id } };
}

describe('cancel and move a success meeting', () => {
  it('an invitation per attendee when scheduled; a move mails REQUEST with the same UID and SEQUENCE+1', async () => {
    const { on, mails, ana, seeded, store } = await scheduled();
    const uid = `${seeded.client.id}/meeting-${on.meetingId}@pacta`;
    expect(mails()).toEqual([
      { to: ana.email, method: 'REQUEST', sequence: 0, uid },
      { to: seeded.users.agent.email, method: 'REQUEST', sequence: 0, uid },
    ]);
    const moved = await moveMeeting({ ...on, start: tuesdayTen + 2 * hour });
    expect(moved).toMatchObject({
      slot: { start: tuesdayTen + 2 * hour, end: tuesdayTen + 3 * hour },
      sequence: 1,
    });
    expect(mails().slice(2)).toEqual([
      { to: ana.email, method: 'REQUEST', sequence: 1, uid },
      { to: seeded.users.agent.email, method: 'REQUEST', sequence: 1, uid },
    ]);
    await expect(moveMeeting({ ...on, start: Date.UTC(2026, 2, 14, 13) })).rejects.toMatchObject({
      rule: 'outside_service_hours',
    });
    expect(store.tables.audit.map((a) => a.resourceType)).toEqual([
      'account_meetings',
      'account_meetings',
    ]);
  });

  it('a cancelled meeting mails METHOD:CANCEL with the next SEQUENCE and cannot be moved', async () => {
    const { on, mails, seeded, store } = await scheduled();
    const cancelled = await cancelMeeting({ ...on, reason: 'Cierre del ejercicio' });
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      sequence: 1,
      cancellation: { by: seeded.users.account_manager.id, reason: 'Cierre del ejercicio' },
    });
    expect(
      mails()
        .slice(2)
        .map((m) => [m.method, m.sequence]),
    ).toEqual([
      ['CANCEL', 1],
      ['CANCEL', 1],
    ]);
    expect(store.tables.outgoingMail[2]?.text).toContain('Cierre del ejercicio');
    await expect(moveMeeting({ ...on, start: tuesdayTen + hour })).rejects.toMatchObject({
      rule: 'meeting_cancelled',
    });
  });

  it('only managers change a meeting; a meeting of another contract reads as missing', async () => {
    const { on, seeded } = await scheduled();
    await expect(
      cancelMeeting({ ...on, actor: seeded.actors.agent, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      cancelMeeting({ ...on, contractId: seeded.managedContract.contract.id, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it("the picker offers the client's contacts and users and the provider's staff, never another client's", async () => {
    const { options, ana, seeded } = await scheduled();
    const choices = await meetingInvitees(options);
    const ids = choices.map((c) => c.id);
    expect(ids).toContain(ana.id);
    expect(ids).toContain(seeded.users.client_decision_maker.id);
    expect(choices.find((c) => c.id === seeded.users.agent.id)?.side).toBe('staff');
    expect(ids).not.toContain(seeded.users.other_requester.id);
    expect(ids).not.toContain(seeded.users.partner_agent.id);
  });
});
