/**
 * Ceremony invitations by mail (issue 15), through a real SMTP server: each attendee of the
 * scheduled ceremonies gets a message in their language with a `text/calendar; method=REQUEST`
 * part; a move by agreement mails the same UID again with a higher SEQUENCE, at the new wall
 * time in the contract's zone (Madrid, after the change to summer time), with its VTIMEZONE;
 * a cancellation mails METHOD:CANCEL with the same UID and the next SEQUENCE and leaves the
 * feed; an attendee whose language is English reads the mail and the event in English.
 */
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sendQueuedMail } from '../../src/app/mail/index.js';
import { madridSpec } from '../factories/agency.js';
import {
  callerAs,
  demoUserId,
  moveClockTo,
  signAgencyContract,
  tiendaSolPeople,
} from '../support/agency.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';
import { parseFeed, parseIcs } from '../support/ics.js';
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
      return {
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        header: header?.[0] ?? '',
        ics: text,
      };
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
    // The client's sponsor reads Pacta in English; everyone else in Spanish.
    const { call } = callerAs(harness.test);
    const requester = await demoUserId(harness.test, 'client_requester');
    const res = await call('provider_admin', 'PATCH', `/api/users/${requester}`, { locale: 'en' });
    expect(res.statusCode, res.payload).toBe(200);
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

  it('an attendee whose language is English gets the invitation and its event in English', async () => {
    const mails = await invitationsTo(harness, demoUserByRole.client_requester);
    const uid = `${contractId}/sprint-1/review@pacta`;
    const review = mails.find((mail) => mail.ics.includes(`UID:${uid}`));
    expect(review?.subject).toBe('Invitation: Sprint review · Inbound');
    expect(review?.text).toContain('You are invited to the Sprint review of Inbound');
    const { events } = parseIcs(review?.ics ?? '');
    expect(events.get(uid)).toMatchObject({
      summary: 'Sprint review · Inbound',
      description: expect.stringMatching(/^You are invited to the Sprint review of Inbound: /),
    });
    expect(mails.some((mail) => /Invitación|Refinamiento/.test(mail.subject))).toBe(false);
  });

  it('a cancelled ceremony mails a CANCEL with the same UID and the next SEQUENCE, and leaves the feed', async () => {
    const { call } = callerAs(harness.test);
    const base = `/api/agency/contracts/${contractId}`;
    const uid = `${contractId}/sprint-1/review@pacta`;
    const token = await call('account_manager', 'POST', `${base}/feed-tokens`);
    const feed = async () =>
      parseFeed((await harness.test.app.inject({ method: 'GET', url: token.json().path })).payload);
    expect((await feed()).has(uid)).toBe(true);

    const cancel = { key: 'sprint-1/review', reason: 'Cierre anual del cliente' };
    const refused = await call(
      'client_decision_maker',
      'POST',
      `${base}/ceremonies/cancel`,
      cancel,
    );
    expect(refused.statusCode).toBe(403);
    const res = await call('account_manager', 'POST', `${base}/ceremonies/cancel`, cancel);
    expect(res.statusCode, res.payload).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'cancelled',
      sequence: 2,
      cancellation: {
        cancelledBy: await demoUserId(harness.test, 'account_manager'),
        reason: cancel.reason,
      },
    });
    await send();

    const mails = await invitationsTo(harness, demoUserByRole.client_decision_maker);
    const cancelled = mails.find((mail) => mail.subject.startsWith('Cancelada: Review del sprint'));
    expect(cancelled?.header).toMatch(/method=CANCEL/i);
    expect(cancelled?.text).toContain('Motivo: Cierre anual del cliente');
    const { method, events } = parseIcs(cancelled?.ics ?? '');
    expect(method).toBe('CANCEL');
    expect(events.get(uid)).toMatchObject({
      status: 'CANCELLED',
      sequence: 2,
      wall: '2026-04-09T16:00',
      tzid: 'Europe/Madrid',
    });
    const english = await invitationsTo(harness, demoUserByRole.client_requester);
    expect(english.some((mail) => mail.subject === 'Cancelled: Sprint review · Inbound')).toBe(
      true,
    );

    expect((await feed()).has(uid)).toBe(false);
    const again = await call('client_decision_maker', 'POST', `${base}/ceremonies/move`, {
      key: 'sprint-1/review',
      start: '2026-04-09T17:00:00+02:00',
      reason: 'Otra vez',
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().error).toMatchObject({ rule: 'agency.rule.ceremony_cancelled' });
    const audit = await harness.test.store.audit.list({ resourceId: 'sprint-1/review', limit: 10 });
    expect(audit.map((entry) => [entry.action, entry.outcome])).toContainEqual([
      expect.stringMatching(/^POST .*\/ceremonies\/cancel$/),
      200,
    ]);
  });
});
