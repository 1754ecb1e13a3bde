/**
 * The SMTP way in, for an MTA to relay to. A message is answered 250 only after `accept` has
 * stored it; if storing fails the client is told to try later (451) and keeps the message.
 * The byte cap is counted while the stream is read, so an oversized message is never held in
 * memory, and it is answered 552 (smtp-server's own `sizeExceeded` is known only at the end).
 */
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { AcceptMail, MailEnvelope } from './envelope.js';
import type { ListenAddress } from './listen-address.js';

/** How the listener runs. */
export interface SmtpListenerOptions {
  readonly listen: ListenAddress;
  /** The largest message accepted, in bytes; larger ones are answered 552. */
  readonly maxMessageBytes: number;
  readonly accept: AcceptMail;
  /** The name in the greeting; the machine's name by default. */
  readonly serverName?: string;
  /** Told when storing a message failed (the client got a 451). */
  readonly onAcceptError?: (error: unknown) => void;
}

/** A listening SMTP server. */
export interface SmtpListener {
  readonly host: string;
  /** The bound port (useful when port 0 asked the OS for one). */
  readonly port: number;
  /** Stops taking connections and waits for the open ones (at most a few seconds). */
  close(): Promise<void>;
}

/** An error carrying the SMTP reply code smtp-server answers with. */
function smtpError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}

/** Starts the SMTP listener; resolves once it is bound. */
export async function startSmtpListener(options: SmtpListenerOptions): Promise<SmtpListener> {
  const server = new SMTPServer({
    name: options.serverName,
    banner: 'Pacta',
    size: options.maxMessageBytes,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    closeTimeout: 5_000,
    onData: (stream, session, callback) => receive(stream, session, options, callback),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.listen.port, options.listen.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address();
  return {
    host: options.listen.host,
    port: typeof address === 'object' && address ? address.port : options.listen.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function receive(
  stream: SMTPServerDataStream,
  session: SMTPServerSession,
  options: SmtpListenerOptions,
  reply: (error?: Error | null, message?: string) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  stream.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= options.maxMessageBytes) chunks.push(chunk);
    else chunks.length = 0;
  });
  stream.once('end', () => {
    if (size > options.maxMessageBytes || stream.sizeExceeded) {
      reply(smtpError(552, `5.3.4 Message too big: the limit is ${options.maxMessageBytes} bytes`));
      return;
    }
    Promise.resolve()
      .then(() => options.accept(Buffer.concat(chunks, size), envelopeOf(session)))
      .then(
        () => reply(null, 'Message stored'),
        (error: unknown) => {
          options.onAcceptError?.(error);
          reply(smtpError(451, '4.3.0 The message could not be stored, try again later'));
        },
      );
  });
}

function envelopeOf(session: SMTPServerSession): MailEnvelope {
  const { mailFrom, rcptTo } = session.envelope;
  return {
    source: 'smtp',
    mailFrom: mailFrom === false ? undefined : mailFrom.address.toLowerCase(),
    rcptTo: rcptTo.map((recipient) => recipient.address.toLowerCase()),
    remoteAddress: session.remoteAddress,
    heloName: session.hostNameAppearsAs || undefined,
  };
}
