import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { replayAnonymisations } from '../../src/app/contacts/index.js';
import { commandLineOrigin } from '../../src/app/shared/index.js';
import { parseLog, serialiseLog } from '../../src/domain/contacts/index.js';
import { readLogFile, syncLogFile } from '../../src/store/anonymisation-log-file.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';

const dir = mkdtempSync(join(tmpdir(), 'pacta-anonymisation-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachEngine('the anonymisation log (issue 17)', (database) => {
  let test: TestApp;
  let admin: Record<string, string>;
  const file = () => join(dir, `${database().engine}.jsonl`);

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin) };
  });

  const person = async (givenName: string) => {
    const res = await test.app.inject({
      method: 'POST',
      url: '/api/contacts',
      headers: admin,
      payload: { kind: 'person', fields: { givenName, familyName: 'Registro' } },
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const anonymise = async (id: string) => {
    const res = await test.app.inject({
      method: 'POST',
      url: `/api/contacts/${id}/anonymisation`,
      headers: admin,
      payload: { confirm: true },
    });
    expect(res.statusCode).toBe(200);
    return res.json().contact.pseudonym as string;
  };
  const contactOf = async (id: string) => test.store.contacts.find(id);

  it('each anonymisation is logged under the next number with its pseudonym, and the file mirrors the log', async () => {
    const start = await test.store.anonymisationLog.last();
    const [first, second] = [await person('Uno'), await person('Dos')];
    const pseudonyms = [await anonymise(first), await anonymise(second)];
    const adminId = (await test.store.users.findByEmail(demoUserByRole.provider_admin))?.id;
    const logged = await test.store.anonymisationLog.after(start);
    expect(logged).toMatchObject([
      { sequence: start + 1, contactId: first, pseudonym: pseudonyms[0], basis: 'request' },
      { sequence: start + 2, contactId: second, pseudonym: pseudonyms[1], actorId: adminId },
    ]);
    expect(await syncLogFile(file(), test.store.anonymisationLog)).toBe(start + 2);
    expect(await syncLogFile(file(), test.store.anonymisationLog)).toBe(0);
    expect((await readLogFile(file())).slice(start)).toEqual(logged);
  });

  it('a line cut short by a crash is written again whole at the next sync', async () => {
    const whole = readFileSync(file(), 'utf8');
    const last = parseLog(whole).at(-1);
    const cut = whole.slice(0, whole.length - 20);
    writeFileSync(file(), cut);
    expect(await readLogFile(file())).toHaveLength(parseLog(whole).length - 1);
    expect(await syncLogFile(file(), test.store.anonymisationLog)).toBe(1);
    expect(readFileSync(file(), 'utf8')).toBe(whole);
    expect((await readLogFile(file())).at(-1)).toEqual(last);
  });

  it('an anonymisation made after a backup is re-applied when the backup is restored, once', async () => {
    // the restored database lacks the file's last two entries: a contact active again, and one
    // created after the backup
    const last = await test.store.anonymisationLog.last();
    const restoredActive = await person('Restaurada');
    const at = Date.UTC(2026, 10, 30, 12, 0, 0);
    const entry = (sequence: number, contactId: string, pseudonym: string) => ({
      sequence,
      contactId,
      userId: null,
      pseudonym,
      at,
      actorId: null,
      basis: 'retention' as const,
    });
    const log = [
      ...(await readLogFile(file())),
      entry(last + 1, restoredActive, 'ANON-REPLAY01'),
      entry(last + 2, '0b4f8a52-9d1c-4d7e-9a51-5a0d8f3c1e77', 'ANON-REPLAY02'),
    ];
    writeFileSync(file(), serialiseLog(log));
    const replay = async () =>
      replayAnonymisations({
        ...test.modules.contacts,
        log: await readLogFile(file()),
        origin: commandLineOrigin('test replay'),
      });
    expect(await replay()).toEqual({ replayed: [restoredActive], absent: 1 });
    expect(await contactOf(restoredActive)).toMatchObject({
      state: 'anonymised',
      pseudonym: 'ANON-REPLAY01',
      givenName: 'ANON-REPLAY01',
      familyName: '',
    });
    const trace = await test.store.contacts.trace(restoredActive);
    expect(trace.at(-1)).toMatchObject({ action: 'anonymised', at });
    expect(await test.store.anonymisationLog.after(last)).toEqual(log.slice(-2));
    expect(await replay()).toEqual({ replayed: [], absent: 0 });
    // the next anonymisation is numbered after the replayed entries: the file takes it as is
    const next = await person('Siguiente');
    await anonymise(next);
    expect(await test.store.anonymisationLog.after(last + 2)).toMatchObject([
      { sequence: last + 3, contactId: next },
    ]);
    expect(await syncLogFile(file(), test.store.anonymisationLog)).toBe(1);
    expect((await readLogFile(file())).map((e) => e.sequence)).toEqual(
      Array.from({ length: last + 3 }, (_, i) => i + 1),
    );
  });

  it('a log file that disagrees with the database is refused, and nothing changes', async () => {
    const held = await test.store.anonymisationLog.after(0);
    const first = held[0];
    if (!first) throw new Error('the log has entries by now');
    const other = await person('Otra');
    writeFileSync(file(), serialiseLog([{ ...first, contactId: other }, ...held.slice(1)]));
    await expect(
      replayAnonymisations({
        ...test.modules.contacts,
        log: await readLogFile(file()),
        origin: commandLineOrigin('test replay'),
      }),
    ).rejects.toMatchObject({ rule: 'log_disagrees', params: { sequence: first.sequence } });
    expect(await contactOf(other)).toMatchObject({ state: 'active' });
    expect(await test.store.anonymisationLog.after(0)).toEqual(held);
  });
});
