/**
 * Approvals by mail through real SMTP servers: work awaiting approval is mailed to the demo's
 * decision-maker (captured by an SMTP server), whose reply, sent with nodemailer to the SMTP
 * listener from an address SPF vouches for, approves it; a forged reply (the same From, sent
 * from a domain SPF does not cover) is refused and answered. The links' pages work over HTTP.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseMail } from '../../src/mail/parse.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';
import { type MailHarness, startMailHarness } from '../support/mail.js';

const decider = demoUserByRole.client_decision_maker;
const records = {
  'tiendasol.demo:TXT': [['v=spf1 ip4:127.0.0.1 -all']],
  '_dmarc.tiendasol.demo:TXT': [['v=DMARC1; p=reject']],
};

describeEachEngine('approvals by mail, through real SMTP servers', (database) => {
  let mail: MailHarness;

  beforeAll(async () => {
    mail = await startMailHarness(database().handle, records);
  });
  afterAll(() => mail?.stop());

  /** Logs work that needs approval; resolves with its consume entry's id. */
  async function pendingWork(ticketRef: string): Promise<string> {
    const logged = await mail.test.app.inject({
      method: 'POST',
      url: `/api/contracts/${mail.desk.contractId}/work`,
      headers: mail.desk.agent,
      payload: { ticketRef, kind: 'evolutive', minutes: 120, firstContact: false },
    });
    expect(logged.json().charge.approvalRequired).toBe(true);
    return logged.json().entry.id;
  }

  /** The approval mail the decision-maker received for the latest work, parsed. */
  async function approvalMail(since: number) {
    await mail.dispatchAndSend();
    const [sent] = mail.capture.messages.slice(since).filter((m) => m.rcptTo.includes(decider));
    if (!sent) throw new Error('no approval mail was sent');
    return (await parseMail(sent.raw, { source: 'smtp', rcptTo: sent.rcptTo })).inbound;
  }

  async function decisions(consumeId: string) {
    const ledger = await mail.test.store.ledger.entries(mail.desk.contractId, ['approval']);
    return ledger.filter((entry) => entry.type === 'approval' && entry.consumeId === consumeId);
  }

  async function fateOf(messageId: string) {
    const all = await mail.test.store.mailMessages.list({ limit: 500 });
    return all.find((m) => m.messageId === messageId);
  }

  it('a consumption is approved by a reply; a forged reply is refused, answered, and changes nothing', async () => {
    const consumeId = await pendingWork('T-MAIL-1');
    const asked = await approvalMail(0);
    expect(asked.subject).toBe('Aprobación solicitada: 2 h 0 min en el ticket T-MAIL-1');
    expect(asked.headers['auto-submitted']).toEqual(['auto-generated']);
    const replyTo = /soporte\+a-[a-z0-9]+@andino\.test/.exec(
      asked.headers['reply-to']?.[0] ?? '',
    )?.[0];
    expect(replyTo).toBeDefined();

    let since = mail.capture.messages.length;
    const forged = await mail.deliver({
      from: decider,
      to: replyTo,
      envelope: { from: 'bounce@forger.example', to: [replyTo ?? ''] },
      subject: `Re: ${asked.subject}`,
      text: 'APROBADO',
      messageId: '<forged-1@forger.example>',
    });
    expect(forged).toMatch(/^250 /);
    await mail.process();
    expect(await fateOf('forged-1@forger.example')).toMatchObject({
      fate: 'quarantined',
      reason: 'approval_not_authenticated',
    });
    expect(await decisions(consumeId)).toEqual([]);
    await mail.dispatchAndSend();
    const answered = mail.capture.messages.slice(since);
    expect(answered.map((m) => m.rcptTo)).toEqual([[decider]]);
    const refusal = await parseMail(answered[0]?.raw ?? Buffer.from(''), {
      source: 'smtp',
      rcptTo: [decider],
    });
    expect(refusal.inbound.subject).toBe('Su respuesta de aprobación no fue aceptada');
    expect(refusal.inbound.text).toContain('no pasó DKIM ni SPF');

    since = mail.capture.messages.length;
    const genuine = await mail.deliver({
      from: `Andrés Gómez <${decider}>`,
      to: replyTo,
      subject: `Re: ${asked.subject}`,
      text: `Aprobado, gracias.\n\nEl lun, 2 mar 2026 a las 9:00, Soporte <soporte@andino.test> escribió:\n> ${asked.text.split('\n')[0]}`,
      messageId: '<genuine-1@tiendasol.demo>',
    });
    expect(genuine).toMatch(/^250 /);
    await mail.process();
    expect(await fateOf('genuine-1@tiendasol.demo')).toMatchObject({ fate: 'approval' });
    expect(await decisions(consumeId)).toMatchObject([{ decision: 'approved' }]);
    const audit = await mail.test.store.audit.list({ resourceType: 'mail_approvals', limit: 50 });
    expect(audit.map((e) => e.action)).toContain(
      `mail ${(await fateOf('genuine-1@tiendasol.demo'))?.id} <genuine-1@tiendasol.demo>`,
    );
    await mail.dispatchAndSend();
    expect(mail.capture.messages.slice(since)).toEqual([]);
  });

  it('a one-time link shows a confirmation page, then decides once', async () => {
    const consumeId = await pendingWork('T-MAIL-2');
    const asked = await approvalMail(mail.capture.messages.length);
    const link = /https?:\/\/\S+\/approvals\/\S+\/rejected\?sig=\S+/.exec(asked.text)?.[0] ?? '';
    const url = new URL(link);
    const path = `${url.pathname}${url.search}`;
    const page = await mail.test.app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('¿Rechazar este trabajo?');
    expect(await decisions(consumeId)).toEqual([]);
    const post = () =>
      mail.test.app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: '',
      });
    expect((await post()).body).toContain('El trabajo quedó rechazado.');
    expect((await post()).body).toContain('El trabajo quedó rechazado.');
    expect(await decisions(consumeId)).toMatchObject([{ decision: 'rejected' }]);
    const wrong = await mail.test.app.inject({ method: 'GET', url: path.replace('sig=', 'sig=x') });
    expect(wrong.statusCode).toBe(404);
  });
});
