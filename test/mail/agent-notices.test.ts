/**
 * The assigned agent's notices by mail, through the real SMTP listener and a capturing SMTP
 * server: a client's reply mails the assignee in the assignee's language; an unassigned ticket
 * mails no agent; the SLA notices read in both languages.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseMail } from '../../src/mail/parse.js';
import { renderNotice } from '../../src/mail/templates.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';
import { type MailHarness, startMailHarness } from '../support/mail.js';

describeEachEngine('agent notices by mail', (database) => {
  let mail: MailHarness;

  beforeAll(async () => {
    mail = await startMailHarness(database().handle);
  });
  afterAll(() => mail?.stop());

  async function sentTo(address: string, since: number) {
    await mail.dispatchAndSend();
    const raw = mail.capture.messages.slice(since).filter((m) => m.rcptTo.includes(address));
    return Promise.all(raw.map((m) => parseMail(m.raw, { source: 'smtp', rcptTo: m.rcptTo })));
  }

  it('a client reply mails the assigned agent, in the agent’s language; an unassigned ticket mails no agent', async () => {
    await mail.dispatchAndSend();
    const agentEmail = demoUserByRole.agent;
    const agent = await mail.test.store.users.findByEmail(agentEmail);
    const opened = await mail.desk.open({ subject: 'Exportación rota' });
    expect(opened.statusCode).toBe(201);
    const ticket = opened.json() as { id: string; number: number };
    let since = mail.capture.messages.length;
    expect(await sentTo(agentEmail, since)).toEqual([]);

    const assigned = await mail.test.app.inject({
      method: 'PATCH',
      url: `/api/tickets/${ticket.id}`,
      headers: mail.desk.agent,
      payload: { assigneeId: agent?.id },
    });
    expect(assigned.statusCode).toBe(200);
    since = mail.capture.messages.length;
    const response = await mail.deliver({
      from: demoUserByRole.client_requester,
      to: 'soporte@andino.test',
      subject: `Re: [#${ticket.number}] Exportación rota`,
      text: 'Sigue fallando esta tarde.',
      messageId: '<agent-notice-1@tiendasol.demo>',
    });
    expect(response).toMatch(/^250 /);
    await mail.process();
    const told = await sentTo(agentEmail, since);
    expect(told).toHaveLength(1);
    const words = agent?.locale === 'en' ? /The client replied/ : /El cliente respondió/;
    expect(told[0]?.inbound.subject).toMatch(words);
    expect(told[0]?.inbound.subject).toContain(`#${ticket.number}`);
    // dispatching again sends nothing twice
    expect(await sentTo(agentEmail, mail.capture.messages.length)).toEqual([]);
  });
});

it('the SLA notices to an agent name the clock in Spanish and in English', () => {
  const notice = {
    kind: 'agent_sla',
    ticketNumber: 7,
    subject: 'Caída',
    clock: 'first_response',
  } as const;
  expect(renderNotice({ ...notice, state: 'breached' }, 'es').subject).toBe(
    '[#7] SLA incumplido (Primera respuesta): Caída',
  );
  expect(renderNotice({ ...notice, state: 'at_risk' }, 'en').subject).toBe(
    '[#7] SLA at risk (First response): Caída',
  );
});
