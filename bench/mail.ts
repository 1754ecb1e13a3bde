/**
 * Mail edge benchmark, printed as tables.
 *   npx tsx bench/mail.ts [--rounds N] [--messages N]
 * 1. Parsing: every message of the corpus (test/fixtures/mail) N rounds (default 20) through
 *    `parseMail` (legacy charsets to UTF-8, postal-mime, sanitised HTML, derived text, sniffed
 *    attachments); peer: postal-mime alone on the same bytes in the same run.
 * 2. SMTP in: N messages (default 2,000, ~3 KB each) sent over 8 pooled nodemailer connections to
 *    Pacta's listener whose `accept` keeps the bytes in memory; peer: a bare smtp-server that reads
 *    and answers 250, in the same run. The store's cost is not in it: that comes with the mail
 *    module's use-cases (issue 13's SMTP-to-ticket benchmark).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import PostalMime from 'postal-mime';
import { parseMail } from '../src/mail/parse.js';
import { startSmtpListener } from '../src/mail/smtp-listener.js';
import { bareSmtpServer, peerRows, rate, timeSending } from './lib/smtp.js';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '20' },
    messages: { type: 'string', default: '2000' },
  },
});
const ROUNDS = Number(args.rounds);
const MESSAGES = Number(args.messages);
if (![ROUNDS, MESSAGES].every((n) => Number.isInteger(n) && n > 0)) {
  throw new Error('--rounds and --messages want positive integers');
}

const dir = new URL('../test/fixtures/mail/', import.meta.url);
const corpus = readdirSync(dir)
  .filter((file) => file.endsWith('.eml'))
  .map((file) => readFileSync(new URL(file, dir)));
const corpusBytes = corpus.reduce((sum, raw) => sum + raw.length, 0);

async function timeParsing(parse: (raw: Buffer) => Promise<unknown>): Promise<number> {
  for (const raw of corpus) await parse(raw);
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) for (const raw of corpus) await parse(raw);
  return performance.now() - started;
}

console.log(
  `machine: ${cpus().length} cores, load ${loadavg()[0]?.toFixed(2)}; Node ${process.version}`,
);
const imap = { source: 'imap', rcptTo: [] } as const;
const parsed = await timeParsing((raw) => parseMail(raw, imap));
const bare = await timeParsing((raw) => PostalMime.parse(raw));
const parsedCount = corpus.length * ROUNDS;
console.table([
  {
    what: 'parseMail (Pacta)',
    messages: parsedCount,
    'msg/s': rate(parsedCount, parsed),
    'MB/s': ((corpusBytes * ROUNDS) / 1e3 / parsed).toFixed(1),
  },
  {
    what: 'postal-mime alone (peer)',
    messages: parsedCount,
    'msg/s': rate(parsedCount, bare),
    'MB/s': ((corpusBytes * ROUNDS) / 1e3 / bare).toFixed(1),
  },
]);

let stored = 0;
const listener = await startSmtpListener({
  listen: { host: '127.0.0.1', port: 0 },
  maxMessageBytes: 10 * 1024 * 1024,
  accept: async () => {
    stored++;
  },
});
const peer = await bareSmtpServer();
const sending = {
  messages: MESSAGES,
  warmUp: 50,
  from: 'maria@tiendasol.test',
  to: 'soporte@andino.test',
};
const peerBefore = await timeSending(peer.port, sending);
const pacta = await timeSending(listener.port, sending);
const peerAfter = await timeSending(peer.port, sending);
await listener.close();
await peer.close();
if (stored !== MESSAGES + 50) throw new Error(`stored ${stored} of ${MESSAGES + 50}`);
console.table([
  {
    what: 'Pacta SMTP listener (accept in memory)',
    messages: MESSAGES,
    'msg/s': rate(MESSAGES, pacta),
  },
  ...peerRows(MESSAGES, peerBefore, peerAfter),
]);
