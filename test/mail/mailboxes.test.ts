/**
 * IMAP mailboxes configured in the app, end to end against Debian's Dovecot: settings saved
 * through the API with the password sealed (AES-256-GCM under PACTA_SECRET_KEY), a poll storing
 * each message through the same accept path as SMTP before flagging it, and no duplicates.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pollMailboxes, processPendingMail } from '../../src/app/mail/index.js';
import { createSecretBox } from '../../src/mail/secret-box.js';
import { defaultMailEdges } from '../../src/main/compose.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { deskWithContract } from '../support/desk.js';
import { type Dovecot, hasDovecot, startDovecot } from '../support/dovecot.js';
import { describeEachEngine } from '../support/engines.js';
import { testMailSettings } from '../support/mail.js';

if (!hasDovecot() && process.env.CI === 'true') {
  throw new Error('CI=true requires Dovecot (/usr/sbin/dovecot): apt-get install dovecot-imapd');
}

const secretKey = 'una-clave-de-pruebas-de-al-menos-32-caracteres';
const box = { user: 'soporte', password: 'clave-del-buzon-soporte' };

const mail = (id: string, from = demoUserByRole.client_requester) =>
  [
    `From: Lucía Pérez <${from}>`,
    'To: soporte@andino.test',
    `Subject: Consulta por IMAP ${id}`,
    `Message-ID: <${id}@tiendasol.demo>`,
    'Date: Mon, 2 Mar 2026 10:00:00 -0300',
    '',
    `El informe ${id} no carga desde esta mañana.`,
    '',
  ].join('\r\n');

describeEachEngine('IMAP mailboxes configured in the app, against Dovecot', (database) => {
  let dovecot: Dovecot;
  let test: TestApp;
  let keyless: TestApp;
  let admin: Record<string, string>;

  const settingsOf = (extra: object = {}) => ({
    name: 'Soporte',
    host: '127.0.0.1',
    port: dovecot.port,
    secure: false,
    username: box.user,
    password: box.password,
    ...extra,
  });

  beforeAll(async () => {
    if (!hasDovecot()) return;
    dovecot = await startDovecot({ users: [box, { user: 'otro', password: 'clave-otro-buzon' }] });
    const edges = defaultMailEdges(testMailSettings);
    test = await buildTestApp(database().handle, {
      mail: { ...edges, secrets: createSecretBox(secretKey) },
    });
    keyless = await buildTestApp(database().handle, { mail: edges });
    await deskWithContract(test);
    admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin) };
  });
  afterAll(() => dovecot?.stop());

  const call = (
    app: TestApp,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) => app.app.inject({ method, url, headers: admin, ...(payload ? { payload } : {}) });

  it.skipIf(!hasDovecot())(
    'a mailbox is not saved without PACTA_SECRET_KEY, and the refusal names it',
    async () => {
      const refused = await call(keyless, 'POST', '/api/mail/mailboxes', settingsOf());
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error).toMatchObject({
        code: 'rule_violation',
        rule: 'mail.rule.secret_key_missing',
        params: { variable: 'PACTA_SECRET_KEY' },
        fields: [{ path: 'body.password' }],
      });
      expect((await call(keyless, 'GET', '/api/mail/mailboxes')).json()).toEqual([]);
    },
  );

  it.skipIf(!hasDovecot())(
    'the password is stored encrypted and never answered; the test connection signs in',
    async () => {
      const created = await call(test, 'POST', '/api/mail/mailboxes', settingsOf());
      expect(created.statusCode).toBe(201);
      const view = created.json();
      expect(view).toMatchObject({ folder: 'INBOX', afterAccept: { kind: 'flag' }, active: true });
      const listed = await call(test, 'GET', '/api/mail/mailboxes');
      for (const answer of [created.body, listed.body]) {
        expect(answer).not.toContain(box.password);
        expect(answer).not.toMatch(/password/i);
      }
      const stored = await sql<{ sealed_password: string }>`
        select sealed_password from mail_mailboxes where id = ${view.id}`.execute(test.database.db);
      const sealed = stored.rows[0]?.sealed_password ?? '';
      expect(sealed).toMatch(/^v1\./);
      expect(sealed).not.toContain(box.password);
      expect(createSecretBox(secretKey).open(sealed)).toBe(box.password);
      expect(() => createSecretBox(`${secretKey}-otra`).open(sealed)).toThrow();

      const probe = await call(test, 'POST', `/api/mail/mailboxes/${view.id}/test`);
      expect(probe.json()).toEqual({ ok: true, error: null });
      // a wrong password is told as a failed sign-in, and changing it keeps nothing in clear
      const changed = await call(test, 'PUT', `/api/mail/mailboxes/${view.id}`, {
        ...settingsOf({ password: 'no-es-la-clave' }),
      });
      expect(changed.statusCode).toBe(200);
      const failed = (await call(test, 'POST', `/api/mail/mailboxes/${view.id}/test`)).json();
      expect(failed.ok).toBe(false);
      expect(failed.error).toMatch(/authentication failed/i);
      // without the key, the stored password cannot be opened: the test says which variable
      const unreadable = await call(keyless, 'POST', `/api/mail/mailboxes/${view.id}/test`);
      expect(unreadable.json().error).toMatchObject({
        rule: 'mail.rule.mailbox_password_unreadable',
        params: { variable: 'PACTA_SECRET_KEY' },
      });
      expect((await call(test, 'DELETE', `/api/mail/mailboxes/${view.id}`)).statusCode).toBe(204);
      expect((await call(test, 'GET', '/api/mail/mailboxes')).json()).toEqual([]);
      expect((await call(test, 'DELETE', `/api/mail/mailboxes/${view.id}`)).statusCode).toBe(404);
    },
  );

  it.skipIf(!hasDovecot())(
    'a message appended to INBOX becomes a ticket, is flagged only after it is stored, and a second poll does not duplicate it',
    async () => {
      const created = await call(test, 'POST', '/api/mail/mailboxes', settingsOf());
      const id = created.json().id as string;
      await dovecot.append(box, mail('imap-1'));
      await dovecot.append(box, mail('imap-2'));
      const seenWhileStoring: boolean[] = [];
      const deps = test.modules.mail;
      const watching = {
        ...deps,
        mailMessages: {
          ...deps.mailMessages,
          insert: async (row: Parameters<typeof deps.mailMessages.insert>[0]) => {
            const held = (await dovecot.list(box)).find(
              (m) => m.messageId === `<${row.messageId}>`,
            );
            seenWhileStoring.push(held?.seen ?? true);
            return deps.mailMessages.insert(row);
          },
        },
      };

      const first = await pollMailboxes(watching);
      expect(first).toEqual([{ mailboxId: id, accepted: 2, error: null }]);
      expect(seenWhileStoring).toEqual([false, false]);
      expect((await dovecot.list(box)).map((m) => m.seen)).toEqual([true, true]);
      await processPendingMail(deps);
      const stored = (await test.store.mailMessages.list({ limit: 50 }))
        .filter((m) => m.messageId.startsWith('imap-'))
        .sort((a, b) => a.messageId.localeCompare(b.messageId));
      expect(stored.map((m) => [m.messageId, m.source, m.fate])).toEqual([
        ['imap-1@tiendasol.demo', 'imap', 'ticket'],
        ['imap-2@tiendasol.demo', 'imap', 'ticket'],
      ]);
      const ticket = await test.store.tickets.find(stored[0]?.ticketId ?? '');
      expect(ticket).toMatchObject({ channel: 'email', subject: 'Consulta por IMAP imap-1' });

      // a second poll finds nothing new; the same bytes appended again are the same record
      expect(await pollMailboxes(deps)).toEqual([{ mailboxId: id, accepted: 0, error: null }]);
      await dovecot.append(box, mail('imap-1'));
      expect(await pollMailboxes(deps)).toEqual([{ mailboxId: id, accepted: 1, error: null }]);
      await processPendingMail(deps);
      const after = (await test.store.mailMessages.list({ limit: 50 })).filter((m) =>
        m.messageId.startsWith('imap-'),
      );
      expect(after).toHaveLength(2);
      const listed = (await call(test, 'GET', '/api/mail/mailboxes')).json();
      expect(listed).toMatchObject([{ id, lastAccepted: 1, lastError: null }]);
      expect(listed[0].lastPolledAt).not.toBeNull();
      await call(test, 'DELETE', `/api/mail/mailboxes/${id}`);
    },
  );

  it.skipIf(!hasDovecot())(
    'a mailbox that cannot be reached keeps its error and does not stop the others',
    async () => {
      const other = { user: 'otro', password: 'clave-otro-buzon' };
      const broken = await call(
        test,
        'POST',
        '/api/mail/mailboxes',
        settingsOf({ password: 'mal' }),
      );
      const good = await call(
        test,
        'POST',
        '/api/mail/mailboxes',
        settingsOf({ name: 'Otro', username: other.user, password: other.password }),
      );
      await dovecot.append(other, mail('imap-3'));
      const polls = await pollMailboxes(test.modules.mail);
      const byId = new Map(polls.map((p) => [p.mailboxId, p]));
      expect(polls).toHaveLength(2);
      expect(byId.get(broken.json().id)).toMatchObject({ accepted: 0, error: expect.any(String) });
      expect(byId.get(good.json().id)).toMatchObject({ accepted: 1, error: null });
      const listed = (await call(test, 'GET', '/api/mail/mailboxes')).json() as {
        id: string;
        lastError: string | null;
      }[];
      const kept = listed.find((m) => m.id === broken.json().id);
      expect(kept?.lastError).toMatch(/authentication failed/i);
    },
  );
});
