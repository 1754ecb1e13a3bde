import { SMTPServer } from 'smtp-server';
import { waitFor } from './processes.js';

/** A message the capturing server received. */
export interface CapturedMail {
  readonly mailFrom: string | undefined;
  readonly rcptTo: readonly string[];
  readonly raw: Buffer;
  /** The user that authenticated, when the client did. */
  readonly user: string | undefined;
}

/** A real SMTP server on a loopback port that keeps what it receives, for outbound tests. */
export interface CaptureSmtp {
  readonly port: number;
  /** `smtp://[user:password@]127.0.0.1:port` for nodemailer. */
  readonly url: string;
  readonly messages: CapturedMail[];
  /** Recipients the server refuses at RCPT TO, with the reply code (550: no such user). */
  readonly refused: Map<string, number>;
  /** Waits until `count` messages arrived and returns them. */
  waitFor(count: number): Promise<CapturedMail[]>;
  stop(): Promise<void>;
}

/** Starts a capturing smtp-server; with `credentials` it requires AUTH PLAIN/LOGIN (no TLS). */
export async function startCaptureSmtp(credentials?: {
  user: string;
  password: string;
}): Promise<CaptureSmtp> {
  const messages: CapturedMail[] = [];
  const refused = new Map<string, number>();
  const server = new SMTPServer({
    logger: false,
    authOptional: credentials === undefined,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    onAuth(auth, _session, callback) {
      const ok = auth.username === credentials?.user && auth.password === credentials?.password;
      callback(ok ? null : new Error('bad credentials'), ok ? { user: auth.username } : undefined);
    },
    onRcptTo(address, _session, callback) {
      const code = refused.get(address.address.toLowerCase());
      if (code === undefined) return callback();
      callback(Object.assign(new Error('5.1.1 no such user'), { responseCode: code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.once('end', () => {
        const { mailFrom, rcptTo } = session.envelope;
        messages.push({
          mailFrom: mailFrom === false ? undefined : mailFrom.address,
          rcptTo: rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
          user: typeof session.user === 'string' ? session.user : undefined,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const auth = credentials
    ? `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@`
    : '';
  return {
    port,
    url: `smtp://${auth}127.0.0.1:${port}`,
    messages,
    refused,
    async waitFor(count) {
      await waitFor(`${count} captured messages`, () => messages.length >= count);
      return messages.slice(0, count);
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
