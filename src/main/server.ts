import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { recordCampaignBounces, recordCampaignRefusals } from '../app/campaigns/index.js';
import { announceUpdates } from '../app/communications/index.js';
import { seedDemoAgreements } from '../app/demo/index.js';
import { actorFor, type BootstrapResult, bootstrapInstallation } from '../app/identity/index.js';
import {
  acceptMail,
  mailNoticeHandlers,
  type SendReport,
  sendQueuedMail,
  watchMailboxes,
} from '../app/mail/index.js';
import type { EventHandler } from '../app/outbox/index.js';
import { draftIntakeQuote } from '../app/quotes/index.js';
import { issueAtPeriodClose } from '../app/reports/index.js';
import type { Clock, Ids } from '../app/shared/index.js';
import { buildApp } from '../http/app.js';
import { openIdConnect } from '../http/oidc/client.js';
import { applyRetentionJob } from '../jobs/apply-retention.js';
import { closePeriodsJob } from '../jobs/close-periods.js';
import { dispatchEventsJob } from '../jobs/dispatch-events.js';
import { issueMonitoringJob } from '../jobs/issue-monitoring.js';
import {
  coalescing,
  drainPendingMail,
  pollMailboxesJob,
  processMailJob,
  sendMailJob,
} from '../jobs/mail.js';
import { type JobQueue, startJobQueue } from '../jobs/queue.js';
import { sendCampaignsJob } from '../jobs/send-campaigns.js';
import { watchSlaJob } from '../jobs/watch-sla.js';
import { imapMailboxReader, mailReaders, smtpTransport } from '../mail/adapters.js';
import { type ListenAddress, parseListenAddress } from '../mail/listen-address.js';
import { createSecretBox, deriveUnsubscribeSecret } from '../mail/secret-box.js';
import { createMailSender, type MailSender } from '../mail/send.js';
import { type SmtpListener, startSmtpListener } from '../mail/smtp-listener.js';
import type { DatabaseHandle } from '../store/database.js';
import { openStore } from '../store/index.js';
import { migrateToLatest } from '../store/migrate.js';
import { anonymisationLogPath, keepAnonymisationLog } from './anonymisation-log.js';
import { composeModules, type MailEdges, type Modules } from './compose.js';
import { type Config, oidcSettingsOf } from './config.js';
import { openConfiguredDatabase } from './database.js';
import { connectionBudget } from './file-descriptors.js';
import { readOperations } from './operations.js';
import { version } from './version.js';

/** A running server and how to stop it cleanly. */
export interface RunningServer {
  readonly app: FastifyInstance;
  readonly database: DatabaseHandle;
  stop(): Promise<void>;
}

/** The real clock: the only place Pacta reads the time of day. */
export const systemClock: Clock = { now: () => new Date() };

/** Real ids: the only place Pacta mints them. */
export const systemIds: Ids = { newId: () => randomUUID() };

/**
 * The handlers of recorded events this installation runs (see docs/architecture.md, "Events"):
 * the reports of a closed period are archived, an out-of-scope intake item gets a draft quote,
 * mail notices are queued for their readers, a published update is mailed to the updates
 * section's subscribers, and a bounce returned for campaign messages marks them bounced (a hard
 * bounce, returned or refused by SMTP, suppresses the address).
 */
function eventHandlers(modules: Modules, ...more: EventHandler[]): readonly EventHandler[] {
  return [
    ...more,
    issueAtPeriodClose(modules.reports),
    draftIntakeQuote(modules.quotes),
    ...mailNoticeHandlers(modules.mail),
    announceUpdates(modules.communications),
    recordCampaignBounces(modules.campaigns),
    recordCampaignRefusals(modules.campaigns),
  ];
}

/** IDLE connections to the mailboxes: also drained every minute, reopened after 1 s doubling to 5 min. */
const mailboxWatching = { pollIntervalMs: 60_000, backoff: { firstMs: 1_000, maxMs: 300_000 } };

/** Messages one pass of the sender claims. */
const sendPass = 50;
/** Where the demo's SMTP listener listens when `PACTA_SMTP_LISTEN` is not set. */
const demoSmtpListen: ListenAddress = { host: '127.0.0.1', port: 2525 };

/**
 * The mail edges the configuration asks for: the desk's address, trusted relays, the SMTP server,
 * and the key mailbox passwords are sealed with.
 */
function mailEdgesOf(config: Config, sender: MailSender | null): MailEdges {
  const domain = config.PACTA_MAIL_ADDRESS.slice(config.PACTA_MAIL_ADDRESS.lastIndexOf('@') + 1);
  const settings = {
    mailboxes: [config.PACTA_MAIL_ADDRESS],
    loopMarker: domain,
    messageIdDomain: domain,
    maxMessageBytes: config.PACTA_MAIL_MAX_BYTES,
  };
  return {
    settings,
    publicUrl: config.PACTA_PUBLIC_URL ?? `http://localhost:${config.PORT}`,
    readers: mailReaders({ trustedRelays: config.PACTA_TRUSTED_RELAYS, serverName: domain }),
    transport:
      sender &&
      smtpTransport(sender, {
        from: config.PACTA_MAIL_ADDRESS,
        fromName: config.PACTA_MAIL_NAME,
        loopMarker: settings.loopMarker,
      }),
    secrets: config.PACTA_SECRET_KEY ? createSecretBox(config.PACTA_SECRET_KEY) : null,
    mailboxReader: imapMailboxReader,
  };
}

/** Opens the database, migrates and bootstraps it, and serves HTTP on the configured port. */
export async function startServer(config: Config): Promise<RunningServer> {
  const oidcSettings = oidcSettingsOf(config);
  const database = await openConfiguredDatabase(config);
  let queue: JobQueue | undefined;
  let listener: SmtpListener | undefined;
  let stopWatching = async () => {};
  let stopLogging = async () => {};
  const sender = config.PACTA_SMTP_URL ? createMailSender(config.PACTA_SMTP_URL) : null;
  try {
    await migrateToLatest(database.db);
    let nudge = () => {};
    const store = openStore(database.db, { onEventsRecorded: () => nudge() });
    const unsubscribeSecrets = config.PACTA_SECRET_KEY
      ? [deriveUnsubscribeSecret(config.PACTA_SECRET_KEY)]
      : [];
    const modules = composeModules(
      store,
      systemClock,
      systemIds,
      mailEdgesOf(config, sender),
      unsubscribeSecrets,
    );
    const admin =
      config.PACTA_ADMIN_EMAIL && config.PACTA_ADMIN_PASSWORD
        ? { email: config.PACTA_ADMIN_EMAIL, password: config.PACTA_ADMIN_PASSWORD }
        : undefined;
    const installed = await bootstrapInstallation({ ...modules.identity, admin });
    if (installed.kind === 'demo') await seedDemo(modules);
    let stopping: Promise<void> | undefined;
    const app = await buildApp({
      version,
      logLevel: config.LOG_LEVEL,
      ping: () => database.ping(),
      modules,
      ids: systemIds,
      trustProxy: config.TRUST_PROXY,
      limits: { maxConnections: connectionBudget() },
      accepting: () => stopping === undefined,
      publicUrl: config.PACTA_PUBLIC_URL,
      oidc: oidcSettings && openIdConnect(oidcSettings),
      metrics: config.PACTA_METRICS_TOKEN
        ? { token: config.PACTA_METRICS_TOKEN, read: () => readOperations(database, systemClock) }
        : undefined,
    });
    const log = app.log;
    // before the server answers: a restored backup gets back the anonymisations made since
    const anonymisationLog = await keepAnonymisationLog(
      anonymisationLogPath(config),
      modules.contacts,
      log,
    );
    stopLogging = () => anonymisationLog.stop();
    const { mail } = modules;
    // a campaign's batch can be larger than one pass: send until a pass finds less than a full one
    const send = coalescing(async () => {
      let report: SendReport;
      do report = await sendQueuedMail({ ...mail, limit: sendPass, concurrency: 5 });
      while (report.sent + report.held + report.deferred + report.failed === sendPass);
    });
    const processMail = coalescing(() => drainPendingMail({ ...mail, log }));
    const watcher = watchMailboxes({
      ...mail,
      ...mailboxWatching,
      onAccepted: () => void processMail().catch((err) => log.error({ err }, 'mail not processed')),
      onError: (mailboxId, err) => log.warn({ mailboxId, err }, 'mailbox connection'),
    });
    stopWatching = () => watcher.stop();
    const dispatch = dispatchEventsJob({
      ...modules.outbox,
      handlers: eventHandlers(modules, anonymisationLog.handler),
      log,
      onDispatched: () => void send().catch((err) => log.error({ err }, 'mail not sent')),
    });
    queue = await startJobQueue({
      db: database.db,
      log,
      jobs: [
        closePeriodsJob({ ...modules.contracts, log }),
        applyRetentionJob({ ...modules.contacts, log }),
        issueMonitoringJob({ ...modules.reports, log }),
        watchSlaJob({ ...modules.desk, log }),
        dispatch,
        processMailJob({ ...mail, log, run: processMail }),
        sendMailJob({ ...mail, log }),
        sendCampaignsJob({
          ...modules.campaigns,
          log,
          onQueued: () => void send().catch((err) => log.error({ err }, 'mail not sent')),
        }),
        pollMailboxesJob({
          ...mail,
          log,
          watcher,
          onAccepted: () =>
            void processMail().catch((err) => log.error({ err }, 'mail not processed')),
        }),
      ],
    });
    const started = queue;
    nudge = () => {
      started
        .send(dispatch, {})
        .catch((error) => log.error({ err: error }, 'could not nudge dispatch'));
    };
    const demo =
      installed.kind === 'demo' || (installed.kind === 'already_installed' && installed.demo);
    await app.listen({ port: config.PORT, host: config.HOST ?? (demo ? '127.0.0.1' : '0.0.0.0') });
    process.stdout.write(signInHelp(installed, config.PORT));
    const smtp = config.PACTA_SMTP_LISTEN
      ? parseListenAddress(config.PACTA_SMTP_LISTEN)
      : demo
        ? demoSmtpListen
        : null;
    if (smtp) {
      listener = await startSmtpListener({
        listen: smtp,
        maxMessageBytes: mail.settings.maxMessageBytes,
        serverName: mail.settings.messageIdDomain,
        onAcceptError: (err) => log.error({ err }, 'received mail not stored'),
        accept: async (raw, envelope) => {
          await acceptMail({ ...mail, raw, envelope });
          void processMail().catch((err) => log.error({ err }, 'mail not processed'));
        },
      }).catch((err: unknown) => {
        if (config.PACTA_SMTP_LISTEN) throw err;
        process.stdout.write(
          `The demo's SMTP listener could not listen on ${smtp.host}:${smtp.port}: ${String(err)}\n`,
        );
        return undefined;
      });
      if (listener) {
        process.stdout.write(
          `Pacta receives mail by SMTP on ${listener.host}:${listener.port}; write to ${config.PACTA_MAIL_ADDRESS}\n`,
        );
      }
    }
    void processMail().catch((err) => log.error({ err }, 'mail not processed'));
    void watcher.sync().catch((err) => log.error({ err }, 'mailboxes not watched'));
    const stop = () => {
      stopping ??= (listener?.close() ?? Promise.resolve())
        .then(() => watcher.stop())
        .then(() => closeWithin(app, shutdownGraceMs))
        .finally(() => queue?.stop())
        .finally(stopLogging)
        .finally(() => sender?.close())
        .finally(() => database.close());
      return stopping;
    };
    return { app, database, stop };
  } catch (error) {
    await listener?.close();
    await stopWatching();
    await stopLogging();
    await queue?.stop();
    sender?.close();
    await database.close();
    throw error;
  }
}

/** How long a stopping server lets in-flight requests finish before it cuts their connections. */
export const shutdownGraceMs = 10_000;

/** Stops accepting, lets in-flight requests finish for `graceMs`, then closes every connection. */
async function closeWithin(app: FastifyInstance, graceMs: number): Promise<void> {
  const cut = setTimeout(() => app.server.closeAllConnections(), graceMs);
  try {
    await app.close();
  } finally {
    clearTimeout(cut);
  }
}

async function seedDemo(modules: Modules): Promise<void> {
  const { identity } = modules;
  const actorOf = async (email: string) => {
    const user = await identity.users.findByEmail(email);
    if (!user) throw new Error(`the demo user ${email} is missing`);
    return actorFor(identity, user);
  };
  const admin = await actorOf('admin@soporteandino.demo');
  const agent = await actorOf('agente@soporteandino.demo');
  await seedDemoAgreements({ deps: modules.demo, admin, agent });
}

function signInHelp(installed: BootstrapResult, port: number): string {
  const url = `http://localhost:${port}`;
  switch (installed.kind) {
    case 'already_installed':
      return `Pacta is serving ${url}\n`;
    case 'admin':
      return `Pacta is serving ${url}: sign in as ${installed.email}\n`;
    case 'demo': {
      const rows = installed.logins.map(
        (login) => `  ${login.email.padEnd(30)} ${login.role.padEnd(22)} ${login.organisation}`,
      );
      const intro = `Pacta is serving ${url} with a demo installation. Sign in with password "${installed.password}" as:`;
      return [intro, ...rows, ''].join('\n');
    }
  }
}
