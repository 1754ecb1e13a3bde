/** What the mail benchmarks share: a bare smtp-server peer and a pooled nodemailer sender. */
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';

/** Connections the pooled sender keeps open. */
export const smtpConnections = 8;

const body = `${'Hola, el catálogo no carga desde esta mañana. '.repeat(60)}\n`;

/**
 * Sends `warmUp` then `messages` messages (~3 KB each) from `from` over pooled connections to
 * the SMTP server on `port`; resolves with the milliseconds the measured ones took to be answered.
 */
export async function timeSending(
  port: number,
  options: { messages: number; warmUp: number; from: string; to: string },
): Promise<number> {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    pool: true,
    maxConnections: smtpConnections,
    maxMessages: Number.POSITIVE_INFINITY,
    ignoreTLS: true,
  });
  const send = (i: number) =>
    transport.sendMail({
      from: options.from,
      to: options.to,
      subject: `Solicitud ${i}`,
      text: body,
    });
  await Promise.all(Array.from({ length: options.warmUp }, (_, i) => send(i)));
  const started = performance.now();
  await Promise.all(Array.from({ length: options.messages }, (_, i) => send(i)));
  const elapsed = performance.now() - started;
  transport.close();
  return elapsed;
}

/** The peer: an smtp-server that reads each message and answers 250, storing nothing. */
export async function bareSmtpServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.once('end', () => callback());
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Messages per second, for the tables. */
export const rate = (count: number, ms: number) =>
  Math.round((count * 1000) / ms).toLocaleString('en');

/** The peer's rows of a table: the bare smtp-server measured before and after Pacta. */
export function peerRows(messages: number, beforeMs: number, afterMs: number) {
  return [
    { what: 'bare smtp-server, before (peer)', messages, 'msg/s': rate(messages, beforeMs) },
    { what: 'bare smtp-server, after (peer)', messages, 'msg/s': rate(messages, afterMs) },
  ];
}
