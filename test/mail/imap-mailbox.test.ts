import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageIdsIn } from '../../src/domain/mail/address.js';
import type { AcceptMail } from '../../src/mail/envelope.js';
import { drainMailbox, watchMailbox } from '../../src/mail/imap-mailbox.js';
import { type Dovecot, hasDovecot, startDovecot } from '../support/dovecot.js';
import { waitFor } from '../support/processes.js';

if (!hasDovecot() && process.env.CI === 'true') {
  throw new Error('CI=true requires Dovecot (/usr/sbin/dovecot): apt-get install dovecot-imapd');
}
if (!hasDovecot()) process.stderr.write('\n!! IMAP tests are SKIPPED: no /usr/sbin/dovecot\n\n');

const mail = (id: string) =>
  [
    'From: Pedro Soto <pedro@clinicanorte.test>',
    'To: soporte@andino.test',
    `Subject: Consulta ${id}`,
    `Message-ID: <${id}@clinicanorte.test>`,
    'Date: Mon, 2 Mar 2026 10:00:00 -0300',
    '',
    `Mensaje ${id}`,
    '',
  ].join('\r\n');

const idOf = (raw: Buffer) =>
  messageIdsIn(/^Message-ID:(.*)$/im.exec(raw.toString())?.[1] ?? '')[0];

/** An accept that records message ids, optionally refusing some and looking around first. */
function recorder(options: { refuse?: string[]; before?: (id: string) => Promise<void> } = {}) {
  const ids: string[] = [];
  const accept: AcceptMail = async (raw, envelope) => {
    const id = idOf(raw) ?? '';
    expect(envelope).toEqual({ source: 'imap', rcptTo: [] });
    await options.before?.(id);
    if (options.refuse?.includes(id)) throw new Error(`refused ${id}`);
    ids.push(id);
  };
  return { ids, accept };
}

describe.skipIf(!hasDovecot())('IMAP mailbox against Dovecot', () => {
  let dovecot: Dovecot;
  let user = { user: 'soporte', password: 'clave-soporte' };
  let counter = 0;
  const fresh = () => {
    counter++;
    user = { user: `buzon${counter}`, password: `clave${counter}` };
    return user;
  };

  beforeAll(async () => {
    const users = Array.from({ length: 8 }, (_, i) => ({
      user: `buzon${i + 1}`,
      password: `clave${i + 1}`,
    }));
    dovecot = await startDovecot({ users });
  });
  afterAll(() => dovecot?.stop());

  it('fetches every unseen message and flags it \\Seen only after accept resolved', async () => {
    const box = fresh();
    for (const id of ['a1', 'a2', 'a3']) await dovecot.append(box, mail(id));
    await dovecot.append(box, mail('read-before'), 'INBOX', ['\\Seen']);
    const unseenDuringAccept: boolean[] = [];
    const { ids, accept } = recorder({
      before: async (id) => {
        const held = (await dovecot.list(box)).find((m) => m.messageId === `<${id}>`);
        unseenDuringAccept.push(held?.seen === false);
      },
    });

    const report = await drainMailbox(dovecot.settings(box), accept);

    expect(report).toEqual({ accepted: 3, failed: 0 });
    expect(ids).toEqual(['a1@clinicanorte.test', 'a2@clinicanorte.test', 'a3@clinicanorte.test']);
    expect(unseenDuringAccept).toEqual([true, true, true]);
    expect((await dovecot.list(box)).map((m) => m.seen)).toEqual([true, true, true, true]);
  });

  it('a failing accept leaves that message unseen; the next pass fetches only it', async () => {
    const box = fresh();
    for (const id of ['b1', 'b2', 'b3']) await dovecot.append(box, mail(id));
    const failing = recorder({ refuse: ['b2@clinicanorte.test'] });

    expect(await drainMailbox(dovecot.settings(box), failing.accept)).toEqual({
      accepted: 2,
      failed: 1,
    });
    const after = await dovecot.list(box);
    expect(after.map((m) => [m.messageId, m.seen])).toEqual([
      ['<b1@clinicanorte.test>', true],
      ['<b2@clinicanorte.test>', false],
      ['<b3@clinicanorte.test>', true],
    ]);

    const retry = recorder();
    expect(await drainMailbox(dovecot.settings(box), retry.accept)).toEqual({
      accepted: 1,
      failed: 0,
    });
    expect(retry.ids).toEqual(['b2@clinicanorte.test']);
  });

  it('moves accepted messages to a folder it creates, and only after accept resolved', async () => {
    const box = fresh();
    for (const id of ['c1', 'c2']) await dovecot.append(box, mail(id));
    const inboxDuringAccept: number[] = [];
    const { ids, accept } = recorder({
      before: async () => {
        inboxDuringAccept.push((await dovecot.list(box)).length);
      },
    });
    const settings = dovecot.settings(box, { kind: 'move', to: 'Procesados' });

    expect(await drainMailbox(settings, accept)).toEqual({ accepted: 2, failed: 0 });
    expect(ids).toHaveLength(2);
    expect(inboxDuringAccept).toEqual([2, 1]);
    expect(await dovecot.list(box)).toEqual([]);
    expect((await dovecot.list(box, 'Procesados')).map((m) => m.messageId)).toEqual([
      '<c1@clinicanorte.test>',
      '<c2@clinicanorte.test>',
    ]);
  });

  it('a wrong password fails the pass and touches nothing', async () => {
    const box = fresh();
    await dovecot.append(box, mail('d1'));
    const { ids, accept } = recorder();
    await expect(
      drainMailbox({ ...dovecot.settings(box), password: 'mala' }, accept),
    ).rejects.toThrow();
    expect(ids).toEqual([]);
    expect((await dovecot.list(box))[0]?.seen).toBe(false);
  });

  it('watching with IDLE: mail appended later is pushed and stored without polling', async () => {
    const box = fresh();
    await dovecot.append(box, mail('e1'));
    const { ids, accept } = recorder();
    const watch = await watchMailbox(dovecot.settings(box), accept, { pollIntervalMs: 600_000 });
    try {
      expect(watch.idle).toBe(true);
      await waitFor('the message already there', () => ids.length === 1);
      await dovecot.append(box, mail('e2'));
      await waitFor('the message pushed by IDLE', () => ids.length === 2);
      expect(ids).toEqual(['e1@clinicanorte.test', 'e2@clinicanorte.test']);
    } finally {
      await watch.stop();
    }
    expect((await dovecot.list(box)).every((m) => m.seen)).toBe(true);
  });
});

describe.skipIf(!hasDovecot())('IMAP mailbox against a Dovecot without IDLE', () => {
  let dovecot: Dovecot;
  const box = { user: 'soporte', password: 'clave-soporte' };
  beforeAll(async () => {
    dovecot = await startDovecot({ users: [box], idle: false });
  });
  afterAll(() => dovecot?.stop());

  it('polls: mail appended later is stored, and a message that failed is retried', async () => {
    let refuse = true;
    const ids: string[] = [];
    const accept: AcceptMail = async (raw) => {
      const id = idOf(raw) ?? '';
      if (refuse && id === 'f2@clinicanorte.test') throw new Error('store down');
      ids.push(id);
    };
    const watch = await watchMailbox(dovecot.settings(box), accept, { pollIntervalMs: 300 });
    try {
      expect(watch.idle).toBe(false);
      await dovecot.append(box, mail('f1'));
      await dovecot.append(box, mail('f2'));
      await waitFor('f1 polled', () => ids.includes('f1@clinicanorte.test'));
      refuse = false;
      await waitFor('f2 retried', () => ids.includes('f2@clinicanorte.test'));
      expect(ids).toEqual(['f1@clinicanorte.test', 'f2@clinicanorte.test']);
    } finally {
      await watch.stop();
    }
  });

  it('tells the caller when the server goes away, so that it can watch anew', async () => {
    let closed = 0;
    const watch = await watchMailbox(dovecot.settings(box), async () => undefined, {
      pollIntervalMs: 300,
      onDrainError: () => undefined,
      onClosed: () => closed++,
    });
    await dovecot.stop();
    await waitFor('the watch to notice the server is gone', () => closed === 1);
    await watch.stop();
    expect(closed).toBe(1);
  });
});
