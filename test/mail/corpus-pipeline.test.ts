import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { describeEachEngine } from '../support/engines.js';
import { type MailHarness, startMailHarness } from '../support/mail.js';

/**
 * The whole corpus (test/fixtures/mail) over SMTP into a running Pacta: every message the
 * listener answers 250 is stored once and ends with exactly one fate — ignored with the reason
 * the manifest gives (bounces, auto-replies, loops), or quarantined (none of its senders is a
 * user of this installation) with the reason the sender rules give.
 */
const dir = fileURLToPath(new URL('../fixtures/mail/', import.meta.url));
const manifest = z
  .object({
    own: z.object({ loopMarker: z.string(), mailboxes: z.array(z.string()) }),
    messages: z.array(
      z.object({
        file: z.string(),
        envelope: z.object({ mailFrom: z.string(), rcptTo: z.array(z.string()) }).optional(),
        expect: z
          .object({
            class: z.object({ kind: z.string(), reason: z.string().optional() }),
            quarantine: z.string().optional(),
          })
          .passthrough(),
      }),
    ),
  })
  .parse(JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')));

describeEachEngine('the mail corpus through SMTP to its fate', (database) => {
  let mail: MailHarness;
  beforeAll(async () => {
    mail = await startMailHarness(database().handle, {}, manifest.own);
  }, 300_000);
  afterAll(() => mail?.stop());

  function sendRaw(envelope: { from: string; to: string[] }, raw: Buffer) {
    return new Promise<string>((resolve, reject) => {
      const connection = new SMTPConnection({
        host: '127.0.0.1',
        port: mail.listener.port,
        ignoreTLS: true,
      });
      connection.once('error', reject);
      connection.connect(() =>
        connection.send(envelope, raw, (error, info) => {
          connection.quit();
          if (error) reject(error);
          else resolve(info.response);
        }),
      );
    });
  }

  /** The reverse path an MTA relaying the message would give: its Return-Path, else a relay's. */
  function mailFromOf(raw: Buffer): string {
    const header = /^return-path:\s*<([^>]*)>/im.exec(
      raw.toString('latin1').split(/\r?\n\r?\n/)[0] ?? '',
    );
    return header ? (header[1] ?? '') : 'relay@relay.test';
  }

  it('every accepted message is stored once and ends as a ticket, a reply, quarantined or ignored, as the manifest says', async () => {
    const storedIdOf = new Map<string, string>();
    const known = new Set<string>();
    for (const entry of manifest.messages) {
      const raw = readFileSync(`${dir}${entry.file}`);
      const envelope = entry.envelope ?? {
        mailFrom: mailFromOf(raw),
        rcptTo: manifest.own.mailboxes,
      };
      const response = await sendRaw({ from: envelope.mailFrom, to: envelope.rcptTo }, raw);
      expect(response, entry.file).toMatch(/^250 /);
      const fresh = (await mail.test.store.mailMessages.list({ limit: 1000 })).filter(
        (m) => !known.has(m.id),
      );
      expect(fresh, entry.file).toHaveLength(1);
      for (const m of fresh) {
        known.add(m.id);
        storedIdOf.set(entry.file, m.id);
      }
    }
    await mail.process();
    const stored = await mail.test.store.mailMessages.list({ limit: 1000 });
    expect(stored).toHaveLength(manifest.messages.length);
    expect(stored.filter((m) => m.fate === null)).toEqual([]);

    const expected = new Map<string, string>();
    const actual = new Map<string, string>();
    const seenIds = new Set<string>();
    for (const entry of manifest.messages) {
      const found = stored.find((m) => m.id === storedIdOf.get(entry.file));
      const { class: kind, quarantine } = entry.expect;
      const id = found?.messageId ?? '';
      expected.set(
        entry.file,
        kind.kind !== 'human'
          ? `ignored:${kind.reason}`
          : id !== '' && seenIds.has(id)
            ? 'ignored:duplicate'
            : `quarantined:${quarantine ?? 'unknown_sender'}`,
      );
      if (kind.kind === 'human' && id !== '') seenIds.add(id);
      actual.set(entry.file, found ? `${found.fate}:${found.reason}` : 'missing');
    }
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
  });
});
