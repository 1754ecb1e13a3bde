/**
 * A flood of mail into a real SMTP listener, the way an MTA delivers: a few connections at once,
 * each message the same bytes every time it is sent (fixed Message-ID and Date), so a resend after
 * a failure is a retry of the same message, not a new one.
 */
import nodemailer from 'nodemailer';
import type { Options as MailOptions } from 'nodemailer/lib/mailer';

/** Message `i` of a flood: every `replyEvery`-th one a reply tagged `[#replyTo]`, the rest new requests. */
export interface FloodShape {
  readonly from: string;
  readonly to: string;
  readonly replyEvery: number;
  readonly replyTo: number;
}

/** Whether message `i` of the flood is a reply (the rest open tickets). */
export const isReply = (shape: FloodShape, i: number) => i % shape.replyEvery === 0;

/** The words of message `i` that end up on its ticket, found by exactly this text. */
export const floodMarker = (i: number) => `[flood-${i}]`;

function floodMessage(shape: FloodShape, i: number): MailOptions {
  const reply = isReply(shape, i);
  return {
    from: shape.from,
    to: shape.to,
    messageId: `<flood-${i}@tiendasol.demo>`,
    date: new Date(Date.UTC(2026, 0, 5, 9, 0, i % 60)),
    subject: reply ? `Re: [#${shape.replyTo}] Seguimiento ${i}` : `Caída ${i}`,
    text: `Mensaje ${floodMarker(i)}: el catálogo no carga desde esta mañana.\n`,
  };
}

/** The outcome of a flood: which messages were answered 250, which were not. */
export interface FloodResult {
  readonly accepted: number[];
  readonly refused: number[];
}

/**
 * Sends the messages `indexes` over `connections` connections, each taking the next unsent one;
 * `onAccepted` is told the count after every 250. A failed send is noted and the worker goes on.
 */
export async function flood(
  port: number,
  shape: FloodShape,
  indexes: readonly number[],
  options: { connections: number; onAccepted?: (count: number) => void },
): Promise<FloodResult> {
  const queue = [...indexes];
  const accepted: number[] = [];
  const refused: number[] = [];
  const worker = async () => {
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port,
      pool: true,
      maxConnections: 1,
      ignoreTLS: true,
      connectionTimeout: 5_000,
      socketTimeout: 10_000,
    });
    try {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        const answer = await transport.sendMail(floodMessage(shape, i)).then(
          (info) => info.response,
          () => '',
        );
        if (/^250 /.test(answer)) {
          accepted.push(i);
          options.onAccepted?.(accepted.length);
        } else refused.push(i);
      }
    } finally {
      transport.close();
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  return { accepted: accepted.sort((a, b) => a - b), refused: refused.sort((a, b) => a - b) };
}
