/**
 * Ceremony invitations by mail (issue 15), through a real SMTP server: each attendee of the
 * scheduled ceremonies gets a message in their language with a `text/calendar; method=REQUEST`
 * part; a move by agreement mails the same UID again with a higher SEQUENCE, at the new wall
 * time in the contract's zone (Madrid, after the change to summer time), with its VTIMEZONE.
 */
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sendQueuedMail } from '../../src/app/mail/index.js';
import { madridSpec } from '../factories/agency.js';
import { callerAs, moveClockTo, signAgencyContract, tiendaSolPeople } from '../support/agency.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';
import { parseIcs } from '../support/ics.js';
import { type MailHarness, startMailHarness } from '../support/mail.js';

/** The captured messages to `address`, parsed, with their calendar parts. */
async function invitationsTo(harness: MailHarness, address: string) {
  const mails = harness.capture.messages.filter((m) => m.rcptTo.includes(address));
  return Promise.all(
    mails.map(async (captured) => {
      const parsed = await PostalMime.parse(captured.raw);
      const part = parsed.attachments.find((a) => a.mimeType === 'text/calendar');
      const content = part?.content;
      const text =
        typeof content === 'string'
          ? content
          : new TextDecoder().decode(content ?? new Uint8Array());
      const header = captured.raw.toString('utf8').match(/Content-Type: text\/calendar;[^\r\n]*/i);
      return { subject: parsed.subject ?? '', header: header?.[0] ?? '', ics: text };
    }),
  );
}

describeEachEngine('ceremony invitations by mail (issue 15)', (database) => {
  let harness: MailHarness;
  let contractId: string;
  const send = () => sendQueuedMail({ ...harness.test.modules.mail, limit: 1000 });

  beforeAll(async () => {
    harness = await startMailHarness(database().handle);
    contractId = await signAgencyContract(harness.test, madridSpec);
  });
  afterAll(() => harness.stop());

  it('scheduling ceremonies mails each attendee a REQUEST in their language with the .ics attached', async () => {
    const { call } = callerAs(harness.test);
    const res = await call('account_manager', 'PUT', `/api/agency/contracts/${contractId}/setup`, {
      operationStart: '2026-03-16',
      people: await tiendaSolPeople(harness.test),
    });
    expect(res.statusCode, res.payload).toBe(200);
    expect((await send()).sent).toBeGreaterThan(0);
    const mails = await invitationsTo(harness, demoUserByRole.client_decision_maker);
    const kickoff = mails.find((mail) => mail.subject.startsWith('Invitación: Kickoff'));
    expect(kickoff?.header).toMatch(/method=REQUEST/i);
    const { method, events } = parseIcs(kickoff?.ics ?? '');
    expect(method).toBe('REQUEST');
    expect(kickoff?.ics).toContain('BEGIN:VTIMEZONE');
    expect(events.get(`${contractId}/moment-zero/kickoff@pacta`)).toMatchObject({
      wall: '2026-03-16T09:00',
      tzid: 'Europe/Madrid',
      utc: '2026-03-16T08:00:00.000Z',
      sequence: 0,
    });
  });

  it('a moved ceremony mails the same UID with a higher SEQUENCE at its new local time', async () => {
    moveClockTo(harness.test, '2026-03-20T10:00:00+01:00');
    const { call } = callerAs(harness.test);
    const moved = await call(
      'client_decision_maker',
      'POST',
      `/api/agency/contracts/${contractId}/ceremonies/move`,
      {
        key: 'sprint-1/review',
        start: '2026-04-09T16:00:00+02:00',
        reason: 'Festivo local del cliente',
      },
    );
    expect(moved.statusCode, moved.payload).toBe(200);
    await send();
    const mails = await invitationsTo(harness, demoUserByRole.client_decision_maker);
    const update = mails.find((mail) => mail.subject.startsWith('Cambio de fecha'));
    const { method, events } = parseIcs(update?.ics ?? '');
    expect(method).toBe('REQUEST');
    expect(events.get(`${contractId}/sprint-1/review@pacta`)).toMatchObject({
      wall: '2026-04-09T16:00',
      tzid: 'Europe/Madrid',
      utc: '2026-04-09T14:00:00.000Z',
      sequence: 1,
    });
  });
});
