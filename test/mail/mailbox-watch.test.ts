/**
 * IMAP IDLE for the mailboxes configured in the app, against Debian's Dovecot (through a TCP
 * proxy the test can cut): new mail is stored as the server pushes it, with no poll; a dropped
 * connection is opened again; a server without IDLE is left to the minute poll; a mailbox
 * switched off, and the watcher stopped, close their connections.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type MailboxWatcher,
  pollMailboxes,
  processPendingMail,
  watchMailboxes,
} from '../../src/app/mail/index.js';
import { createSecretBox } from '../../src/mail/secret-box.js';
import { defaultMailEdges } from '../../src/main/compose.js';
import { openEmbedded } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { buildTestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { deskWithContract } from '../support/desk.js';
import { hasDovecot, startDovecot } from '../support/dovecot.js';
import { testMailSettings } from '../support/mail.js';
import { waitFor } from '../support/processes.js';
import { startTcpProxy } from '../support/tcp-proxy.js';

const box = { user: 'soporte', password: 'clave-del-buzon-soporte' };

const mail = (id: string) =>
  [
    `From: Lucía Pérez <${demoUserByRole.client_requester}>`,
    'To: soporte@andino.test',
    `Subject: Consulta por IDLE ${id}`,
    `Message-ID: <${id}@tiendasol.demo>`,
    'Date: Mon, 2 Mar 2026 10:00:00 -0300',
    '',
    `El informe ${id} no carga.`,
    '',
  ].join('\r\n');

/** A Dovecot (with or without IDLE) behind a proxy, an app whose one mailbox reads it, a watcher. */
async function stageOf(idle: boolean) {
  const dovecot = await startDovecot({ users: [box], idle });
  const proxy = await startTcpProxy(dovecot.port);
  const database = await openEmbedded('memory');
  await migrateToLatest(database.db);
  const test = await buildTestApp(database, {
    mail: { ...defaultMailEdges(testMailSettings), secrets: createSecretBox('k'.repeat(32)) },
  });
  await deskWithContract(test);
  const headers = { cookie: await test.cookieFor(demoUserByRole.provider_admin) };
  const settings = {
    name: 'Soporte',
    host: '127.0.0.1',
    port: proxy.port,
    secure: false,
    username: box.user,
    password: box.password,
  };
  const created = await test.app.inject({
    method: 'POST',
    url: '/api/mail/mailboxes',
    headers,
    payload: settings,
  });
  const mailboxId = created.json().id as string;
  let accepted = 0;
  const watcher = watchMailboxes({
    ...test.modules.mail,
    pollIntervalMs: 600_000,
    backoff: { firstMs: 50, maxMs: 400 },
    onAccepted: () => accepted++,
  });
  const stored = async () =>
    (await test.store.mailMessages.list({ limit: 50 })).map((m) => m.messageId).sort();
  return {
    dovecot,
    proxy,
    test,
    watcher,
    mailboxId,
    stored,
    accepted: () => accepted,
    switchOff: () =>
      test.app.inject({
        method: 'PUT',
        url: `/api/mail/mailboxes/${mailboxId}`,
        headers,
        payload: { ...settings, active: false },
      }),
    async stop() {
      await watcher.stop();
      await proxy.close();
      await dovecot.stop();
      await database.close();
    },
  };
}

describe.skipIf(!hasDovecot())('IMAP IDLE on the mailboxes configured in the app', () => {
  let stage: Awaited<ReturnType<typeof stageOf>>;
  let watcher: MailboxWatcher;
  beforeAll(async () => {
    stage = await stageOf(true);
    watcher = stage.watcher;
  });
  afterAll(() => stage?.stop());

  it('new mail is stored as the server pushes it, with no poll, and the poll skips the mailbox', async () => {
    await stage.dovecot.append(box, mail('idle-1'));
    await watcher.sync();
    expect(watcher.watching(stage.mailboxId)).toBe(true);
    await waitFor('the message already there', async () => (await stage.stored()).length === 1);
    await stage.dovecot.append(box, mail('idle-2'));
    await waitFor('the pushed message', async () => (await stage.stored()).length === 2);
    expect(await stage.stored()).toEqual(['idle-1@tiendasol.demo', 'idle-2@tiendasol.demo']);
    expect(stage.accepted()).toBe(2);
    expect((await stage.dovecot.list(box)).map((m) => m.seen)).toEqual([true, true]);
    expect(await pollMailboxes({ ...stage.test.modules.mail, skip: watcher.watching })).toEqual([]);
    await processPendingMail(stage.test.modules.mail);
    const fates = (await stage.test.store.mailMessages.list({ limit: 50 })).map((m) => m.fate);
    expect(fates).toEqual(['ticket', 'ticket']);
    const [listed] = (
      await stage.test.app.inject({
        method: 'GET',
        url: '/api/mail/mailboxes',
        headers: { cookie: await stage.test.cookieFor(demoUserByRole.provider_admin) },
      })
    ).json();
    expect(listed).toMatchObject({ lastAccepted: 1, lastError: null });
  });

  it('a dropped connection is opened again, and mail that came meanwhile is stored', async () => {
    const opened = stage.proxy.opened();
    stage.proxy.cut();
    await stage.dovecot.append(box, mail('idle-3'));
    await waitFor('a new connection', () => stage.proxy.opened() > opened);
    await waitFor('the message after the drop', async () => (await stage.stored()).length === 3);
    await waitFor('the watch to be live again', () => watcher.watching(stage.mailboxId));
    await stage.dovecot.append(box, mail('idle-4'));
    await waitFor('a push on the new connection', async () => (await stage.stored()).length === 4);
  });

  it('a mailbox switched off closes its connection; stopping the watcher closes them all', async () => {
    expect(stage.proxy.live()).toBe(1);
    expect((await stage.switchOff()).statusCode).toBe(200);
    await watcher.sync();
    expect(watcher.watching(stage.mailboxId)).toBe(false);
    await waitFor('the connection closed', () => stage.proxy.live() === 0);
    await watcher.stop();
    const opened = stage.proxy.opened();
    await watcher.sync();
    expect(stage.proxy.opened()).toBe(opened);
  });
});

describe.skipIf(!hasDovecot())('a mailbox on a server without IDLE', () => {
  let stage: Awaited<ReturnType<typeof stageOf>>;
  beforeAll(async () => {
    stage = await stageOf(false);
  });
  afterAll(() => stage?.stop());

  it('is not kept open: the minute poll reads it', async () => {
    await stage.watcher.sync();
    await waitFor('the probing connection closed', () => stage.proxy.live() === 0);
    expect(stage.watcher.watching(stage.mailboxId)).toBe(false);
    await stage.dovecot.append(box, mail('poll-1'));
    const polls = await pollMailboxes({ ...stage.test.modules.mail, skip: stage.watcher.watching });
    expect(polls).toEqual([{ mailboxId: stage.mailboxId, accepted: 1, error: null }]);
  });
});
