/**
 * Issued reports by mail, through a capturing SMTP server: a scheduled issue reaches the client's
 * decision-maker and the account manager, each in their language, with the report's PDF attached
 * (read back with pdftotext); a report a person issues by hand is archived, not mailed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { issueReport } from '../../src/app/reports/index.js';
import { jobOrigin } from '../../src/app/shared/index.js';
import { parseMail } from '../../src/mail/parse.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';
import { type MailHarness, startMailHarness } from '../support/mail.js';

const pdftotext = '/usr/bin/pdftotext';

describeEachEngine('issued reports by mail', (database) => {
  let mail: MailHarness;
  const decider = demoUserByRole.client_decision_maker;
  const manager = demoUserByRole.account_manager;

  beforeAll(async () => {
    mail = await startMailHarness(database().handle);
    const user = await mail.test.store.users.findByEmail(manager);
    if (user) await mail.test.store.users.update(user.id, { locale: 'en' });
    const opened = (await mail.desk.open({ classification: { kind: 'corrective' } })).json();
    const logged = await mail.test.app.inject({
      method: 'POST',
      url: `/api/tickets/${opened.id}/time`,
      headers: mail.desk.agent,
      payload: { minutes: 95, firstContact: true },
    });
    if (logged.statusCode !== 201) throw new Error(`time: ${logged.payload}`);
    await mail.dispatchAndSend();
  });
  afterAll(() => mail?.stop());

  const issue = (reason: 'scheduled' | 'requested') =>
    issueReport({
      ...mail.test.modules.reports,
      actor: { system: 'job' },
      origin: jobOrigin('issue-reports'),
      reason,
      contractId: mail.desk.contractId,
      kind: 'statement',
      date: '2026-03-02',
    });

  async function sentSince(since: number) {
    await mail.dispatchAndSend();
    return Promise.all(
      mail.capture.messages.slice(since).map(async (m) => ({
        to: m.rcptTo,
        read: await parseMail(m.raw, { source: 'smtp', rcptTo: [...m.rcptTo] }),
      })),
    );
  }

  it('a report issued by hand is archived, not mailed', async () => {
    const since = mail.capture.messages.length;
    await issue('requested');
    expect(await sentSince(since)).toEqual([]);
  });

  it("a scheduled statement is mailed to the client's decision-maker and the account manager, each in their language, with its PDF showing the closing balance", async () => {
    const since = mail.capture.messages.length;
    await issue('scheduled');
    const sent = await sentSince(since);
    expect(sent.map((m) => m.to).sort()).toEqual([[manager], [decider]].sort());
    const toDecider = sent.find((m) => m.to.includes(decider))?.read;
    const toManager = sent.find((m) => m.to.includes(manager))?.read;
    expect(toDecider?.inbound.subject).toMatch(/^Estado de cuenta de la bolsa de horas de /);
    expect(toManager?.inbound.subject).toMatch(/^Hour-bank statement: /);
    for (const read of [toDecider, toManager]) {
      const [pdf] = read?.attachments ?? [];
      expect(pdf?.contentType).toBe('application/pdf');
      expect(pdf?.filename).toMatch(/^statement-2026-03-01-v2\.pdf$/);
      if (existsSync(pdftotext) && pdf) {
        const text = execFileSync(pdftotext, ['-layout', '-enc', 'UTF-8', '-', '-'], {
          input: pdf.content,
        }).toString('utf8');
        const closing = read === toDecider ? /Saldo final\s+23:25 h/ : /Closing balance\s+23:25 h/;
        expect(text).toMatch(closing);
      }
    }
  });

  it('a scheduled issue handled twice mails nothing twice', async () => {
    const since = mail.capture.messages.length;
    await issue('scheduled');
    expect(await sentSince(since)).toEqual([]);
  });
});
