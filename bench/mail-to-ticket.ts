/**
 * SMTP to ticket on a real PostgreSQL, printed as a table.
 *   npx tsx bench/mail-to-ticket.ts [--messages N]
 * N messages (default 1,000, ~3 KB each) from an authorised requester of one contract, sent over
 * 8 pooled nodemailer connections to Pacta's SMTP listener, each stored raw before its 250, and
 * processed as the server does (a processing pass running while mail arrives) into a ticket with
 * its SLA, its fate and the acknowledgement's event recorded. The figure is messages per second
 * from the first send (a warm-up of 20 included) until the last message has its ticket (issue 13
 * aims at ≥ 200/s).
 * Peer, in the same run: a bare smtp-server that reads each message and answers 250, storing
 * nothing, before and after. PostgreSQL: a throwaway cluster from the local binaries, fsync off.
 */
import { cpus, loadavg } from 'node:os';
import { sql } from 'kysely';
import { openPostgres } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { demoUserByRole } from '../test/support/demo.js';
import { startMailHarness } from '../test/support/mail.js';
import { findPostgresBin, startPostgresCluster } from '../test/support/postgres-cluster.js';
import { flag } from './lib/flags.js';
import { bareSmtpServer, peerRows, rate, timeSending } from './lib/smtp.js';

const MESSAGES = flag('--messages', 1000);
const WARM_UP = 20;

console.log(
  `machine: ${cpus().length} cores, load ${loadavg()[0]?.toFixed(2)}; Node ${process.version}`,
);
const bin = findPostgresBin();
if (!bin) throw new Error('no PostgreSQL binaries found');
const cluster = await startPostgresCluster(bin);
const database = openPostgres(cluster.url);
try {
  await migrateToLatest(database.db);
  const harness = await startMailHarness(database);
  const sending = {
    messages: MESSAGES,
    warmUp: WARM_UP,
    from: `Lucía Pérez <${demoUserByRole.client_requester}>`,
    to: 'soporte@andino.test',
  };
  const tickets = async () => {
    const row = await sql<{ n: string }>`
      select count(*) as n from mail_messages where fate = 'ticket'`.execute(database.db);
    return Number(row.rows[0]?.n ?? 0);
  };
  let accepted = false;
  const processing = (async () => {
    while (!accepted || (await tickets()) < MESSAGES + WARM_UP) {
      const report = await harness.process();
      if (report.failed > 0) throw new Error(`${report.failed} messages failed to process`);
      if (report.processed === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const peer = await bareSmtpServer();
  const peerBefore = await timeSending(peer.port, sending);
  const started = performance.now();
  const smtpOnly = await timeSending(harness.listener.port, sending);
  accepted = true;
  await processing;
  const toTicket = performance.now() - started;
  const peerAfter = await timeSending(peer.port, sending);
  await peer.close();
  await harness.stop();
  const made = await tickets();
  if (made !== MESSAGES + WARM_UP) throw new Error(`${made} tickets of ${MESSAGES + WARM_UP}`);
  console.table([
    {
      what: 'Pacta: SMTP to ticket (stored, processed, SLA, fate)',
      messages: MESSAGES + WARM_UP,
      'msg/s': rate(MESSAGES + WARM_UP, toTicket),
    },
    {
      what: 'Pacta: SMTP 250s while processing',
      messages: MESSAGES,
      'msg/s': rate(MESSAGES, smtpOnly),
    },
    ...peerRows(MESSAGES, peerBefore, peerAfter),
  ]);
} finally {
  await database.close();
  cluster.stop();
}
