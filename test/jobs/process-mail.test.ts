import { afterAll, beforeAll, expect, it } from 'vitest';
import { acceptMail, mailPassSize } from '../../src/app/mail/index.js';
import { drainPendingMail } from '../../src/jobs/mail.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';
import { type MailHarness, startMailHarness } from '../support/mail.js';
import { recordingLog } from './support.js';

const raw = (i: number) =>
  Buffer.from(
    [
      `From: Lucía Pérez <${demoUserByRole.client_requester}>`,
      'To: soporte@andino.test',
      `Subject: Atraso ${i}`,
      `Message-ID: <backlog-${i}@tiendasol.demo>`,
      'Date: Mon, 2 Mar 2026 10:00:00 -0300',
      '',
      `El pedido ${i} no aparece.`,
      '',
    ].join('\r\n'),
  );

describeEachEngine('processing the stored mail (issue 13)', (database) => {
  let mail: MailHarness;
  beforeAll(async () => {
    mail = await startMailHarness(database().handle);
  }, 120_000);
  afterAll(() => mail?.stop());

  it('a backlog larger than one pass is processed in one run, without waiting for the next minute', async () => {
    const count = 2 * mailPassSize + 7;
    const envelope = { source: 'smtp' as const, rcptTo: ['soporte@andino.test'] };
    for (let i = 0; i < count; i++) {
      await acceptMail({ ...mail.test.modules.mail, raw: raw(i), envelope });
    }
    const log = recordingLog();
    await drainPendingMail({ ...mail.test.modules.mail, log });
    const stored = await mail.test.store.mailMessages.list({ limit: 1000 });
    const backlog = stored.filter((m) => m.messageId.startsWith('backlog-'));
    expect(backlog).toHaveLength(count);
    expect(backlog.filter((m) => m.fate !== 'ticket')).toEqual([]);
    expect(log.lines.filter((line) => line.level === 'error')).toEqual([]);
  }, 120_000);
});
