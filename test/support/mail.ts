/**
 * A Pacta with mail: the test app over a database, a contract of "Tienda Sol" whose requester and
 * decision-maker may write, the real SMTP listener storing what it accepts, and a capturing SMTP
 * server receiving what Pacta sends. Processing, dispatching and sending are run by the test.
 */
import nodemailer from 'nodemailer';
import type { Options as MailOptions } from 'nodemailer/lib/mailer';
import type { MailSettings } from '../../src/app/mail/index.js';
import {
  acceptMail,
  mailNoticeHandlers,
  processPendingMail,
  sendQueuedMail,
} from '../../src/app/mail/index.js';
import { dispatchEvents } from '../../src/app/outbox/index.js';
import { mailReaders, smtpTransport } from '../../src/mail/adapters.js';
import { createMailSender } from '../../src/mail/send.js';
import { type SmtpListener, startSmtpListener } from '../../src/mail/smtp-listener.js';
import type { DatabaseHandle } from '../../src/store/database.js';
import { buildTestApp, type TestApp } from './app.js';
import { type CaptureSmtp, startCaptureSmtp } from './capture-smtp.js';
import { deskWithContract } from './desk.js';

/** The desk's addresses in mail tests. */
export const testMailSettings: MailSettings = {
  mailboxes: ['soporte@andino.test'],
  loopMarker: 'andino-test',
  messageIdDomain: 'andino.test',
  maxMessageBytes: 2 * 1024 * 1024,
};

/** Everything a mail test drives. */
export interface MailHarness {
  test: TestApp;
  desk: Awaited<ReturnType<typeof deskWithContract>>;
  listener: SmtpListener;
  capture: CaptureSmtp;
  /**
   * Sends a message to the listener with nodemailer; resolves with the server's answer. From
   * `localAddress` (another loopback address, e.g. a trusted relay's) when given.
   */
  deliver(message: MailOptions, localAddress?: string): Promise<string>;
  /** Processes every stored message that has no fate yet. */
  process(): ReturnType<typeof processPendingMail>;
  /** Dispatches recorded events to the mail handlers, then sends what is due. */
  dispatchAndSend(): ReturnType<typeof sendQueuedMail>;
  stop(): Promise<void>;
}

/** DNS records the harness's mail authentication sees (`name:type` → TXT values); none by default. */
export type DnsRecords = Record<string, string[][]>;

/**
 * Starts the harness over a migrated database; DNS answers come from `records` only, and mail
 * from `trustedRelays` (loopback addresses the test sends from) is vouched for by them.
 */
export async function startMailHarness(
  database: DatabaseHandle,
  records: DnsRecords = {},
  own: Pick<MailSettings, 'mailboxes' | 'loopMarker'> = testMailSettings,
  trustedRelays: readonly string[] = [],
): Promise<MailHarness> {
  const settings = { ...testMailSettings, ...own };
  const resolver = async (name: string, type: string) => {
    const found = records[`${name}:${type}`];
    if (!found) throw Object.assign(new Error(`no ${type} for ${name}`), { code: 'ENOTFOUND' });
    return found;
  };
  const capture = await startCaptureSmtp();
  const sender = createMailSender(capture.url);
  const test = await buildTestApp(database, {
    mail: {
      settings,
      publicUrl: 'http://pacta.andino.test',
      readers: mailReaders({ trustedRelays, serverName: 'mx.andino.test', resolver }),
      transport: smtpTransport(sender, {
        from: settings.mailboxes[0] ?? '',
        fromName: 'Soporte Andino',
        loopMarker: settings.loopMarker,
      }),
    },
  });
  const desk = await deskWithContract(test);
  const mail = test.modules.mail;
  const listener = await startSmtpListener({
    listen: { host: '127.0.0.1', port: 0 },
    maxMessageBytes: testMailSettings.maxMessageBytes,
    serverName: 'mx.andino.test',
    accept: async (raw, envelope) => {
      await acceptMail({ ...mail, raw, envelope });
    },
  });
  const transportFrom = (localAddress?: string) =>
    nodemailer.createTransport({
      host: '127.0.0.1',
      port: listener.port,
      secure: false,
      ignoreTLS: true,
      ...(localAddress === undefined ? {} : { localAddress }),
    });
  const transport = transportFrom();
  const handlers = mailNoticeHandlers(mail);
  return {
    test,
    desk,
    listener,
    capture,
    async deliver(message, localAddress) {
      if (localAddress === undefined) return (await transport.sendMail(message)).response;
      const relay = transportFrom(localAddress);
      try {
        return (await relay.sendMail(message)).response;
      } finally {
        relay.close();
      }
    },
    process: () => processPendingMail(mail),
    async dispatchAndSend() {
      await dispatchEvents({ ...test.modules.outbox, handlers });
      return sendQueuedMail(mail);
    },
    async stop() {
      transport.close();
      sender.close();
      await listener.close();
      await capture.stop();
    },
  };
}
