import nodemailer from 'nodemailer';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MailEnvelope } from '../../src/mail/envelope.js';
import { parseMail } from '../../src/mail/parse.js';
import { type SmtpListener, startSmtpListener } from '../../src/mail/smtp-listener.js';

const cap = 64 * 1024;
const stored: { raw: Buffer; envelope: MailEnvelope }[] = [];
const events: string[] = [];
let storeFails = false;
let listener: SmtpListener;

beforeAll(async () => {
  listener = await startSmtpListener({
    listen: { host: '127.0.0.1', port: 0 },
    maxMessageBytes: cap,
    serverName: 'mx.andino.test',
    onAcceptError: () => events.push('store failed'),
    accept: async (raw, envelope) => {
      events.push('store started');
      await new Promise((resolve) => setTimeout(resolve, 200));
      if (storeFails) throw new Error('disk full');
      stored.push({ raw, envelope });
      events.push('stored');
    },
  });
});
afterAll(() => listener.close());
beforeEach(() => {
  stored.length = 0;
  events.length = 0;
  storeFails = false;
});

const transport = () =>
  nodemailer.createTransport({
    host: '127.0.0.1',
    port: listener.port,
    secure: false,
    ignoreTLS: true,
  });

const message = (subject: string, body = 'Hola, el catálogo no carga.') => ({
  from: 'María Pérez <maria@tiendasol.test>',
  to: 'soporte@andino.test',
  subject,
  text: body,
});

/** Sends raw bytes with an explicit envelope over a plain SMTP connection (no SIZE declared). */
function sendRaw(envelope: { from: string; to: string[] }, raw: Buffer) {
  return new Promise<{ response: string }>((resolve, reject) => {
    const connection = new SMTPConnection({
      host: '127.0.0.1',
      port: listener.port,
      ignoreTLS: true,
    });
    connection.once('error', reject);
    connection.connect(() =>
      connection.send(envelope, raw, (error, info) => {
        connection.quit();
        if (error) reject(error);
        else resolve(info);
      }),
    );
  });
}

describe('the SMTP listener answers 250 only for a stored message', () => {
  it('stores a message sent by nodemailer, with its envelope, before answering 250', async () => {
    const info = await transport().sendMail(message('No carga el catálogo'));
    events.push('client got 250');
    expect(info.response).toMatch(/^250 /);
    expect(events).toEqual(['store started', 'stored', 'client got 250']);
    expect(stored).toHaveLength(1);
    const parsed = await parseMail(stored[0]?.raw ?? Buffer.alloc(0), {
      source: 'smtp',
      rcptTo: [],
    });
    expect(parsed.inbound.subject).toBe('No carga el catálogo');
    expect(stored[0]?.envelope).toEqual({
      source: 'smtp',
      mailFrom: 'maria@tiendasol.test',
      rcptTo: ['soporte@andino.test'],
      remoteAddress: '127.0.0.1',
      heloName: expect.any(String),
    });
  });

  it('a failed store answers a temporary 4xx: nothing is claimed, and the retry is stored once', async () => {
    storeFails = true;
    const refused = await transport()
      .sendMail(message('Reintento'))
      .catch((error: { responseCode?: number }) => error);
    expect(refused).toMatchObject({ responseCode: 451 });
    expect(events).toEqual(['store started', 'store failed']);
    expect(stored).toHaveLength(0);

    storeFails = false;
    await transport().sendMail(message('Reintento'));
    expect(stored).toHaveLength(1);
  });

  it('the null reverse path <> of a bounce reaches accept as an empty MAIL FROM', async () => {
    const raw = Buffer.from('From: MAILER-DAEMON@mx.test\r\nSubject: Undelivered\r\n\r\nx\r\n');
    await sendRaw({ from: '', to: ['soporte@andino.test'] }, raw);
    expect(stored[0]?.envelope.mailFrom).toBe('');
  });
});

describe('the SMTP listener caps the message size with 552', () => {
  const big = (bytes: number) => `${'0123456789abcde\n'.repeat(Math.ceil(bytes / 16))}`;

  it('a message over the cap sent without a declared SIZE is read, refused 552 and not stored', async () => {
    const raw = Buffer.from(`Subject: grande\r\n\r\n${big(cap * 4)}`);
    const refused = await sendRaw(
      { from: 'maria@tiendasol.test', to: ['soporte@andino.test'] },
      raw,
    ).catch((error: { responseCode?: number; response?: string }) => error);
    expect(refused).toMatchObject({ responseCode: 552 });
    expect(String((refused as { response?: string }).response)).toContain(`${cap} bytes`);
    expect(events).toEqual([]);
    expect(stored).toHaveLength(0);
  });

  it('nodemailer sending over the cap gets 552 and nothing is stored', async () => {
    const refused = await transport()
      .sendMail(message('adjunto grande', big(cap * 2)))
      .catch((error: { responseCode?: number }) => error);
    expect(refused).toMatchObject({ responseCode: 552 });
    expect(stored).toHaveLength(0);
  });

  it('a message just under the cap is stored whole, and the connection serves the next one', async () => {
    const header = 'Subject: justo\r\n\r\n';
    const body = 'x'.repeat(cap - header.length - 1000);
    await sendRaw(
      { from: 'maria@tiendasol.test', to: ['soporte@andino.test'] },
      Buffer.from(header + body),
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.raw.length).toBeGreaterThan(cap - 1100);
    expect(stored[0]?.raw.length).toBeLessThanOrEqual(cap);
  });
});
