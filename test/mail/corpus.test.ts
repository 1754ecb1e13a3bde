import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  classifyInbound,
  decideSender,
  parseApprovalReply,
  splitReply,
  threadKeys,
  uncheckedAuth,
} from '../../src/domain/mail/index.js';
import type { MailEnvelope } from '../../src/mail/envelope.js';
import { parseMail } from '../../src/mail/parse.js';

/**
 * The corpus: real-world-shaped messages (test/fixtures/mail/*.eml) and what each must come to
 * at the domain level (manifest.json): ignored with its reason, or a person's message with the
 * key that threads it, the reply without its history, the approval word, who may write.
 */
const dir = fileURLToPath(new URL('../fixtures/mail/', import.meta.url));

const classSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('human') }),
  z.object({ kind: z.enum(['automatic', 'bounce', 'loop']), reason: z.string() }),
]);
const threadKeySchema = z.union([
  z.object({ kind: z.literal('token'), token: z.string() }),
  z.object({ kind: z.literal('subject_tag'), ticketNumber: z.number() }),
  z.object({ kind: z.literal('message_id'), messageId: z.string() }),
]);
const expectationSchema = z
  .object({
    class: classSchema,
    threadKey: threadKeySchema.nullable().optional(),
    reply: z.string().optional(),
    signature: z.string().optional(),
    approval: z
      .object({ decision: z.enum(['approved', 'rejected']), reason: z.string().nullable() })
      .nullable()
      .optional(),
    quarantine: z.string().optional(),
    subject: z.string().optional(),
    from: z.string().nullable().optional(),
    fromName: z.string().optional(),
    date: z.string().nullable().optional(),
    messageId: z.string().optional(),
    textIncludes: z.array(z.string()).optional(),
    htmlIncludes: z.array(z.string()).optional(),
    htmlExcludes: z.array(z.string()).optional(),
    attachmentCount: z.number().optional(),
    attachments: z
      .array(
        z.object({
          filename: z.string().nullable(),
          contentType: z.string(),
          inline: z.boolean(),
          contentId: z.string().optional(),
          size: z.number().optional(),
        }),
      )
      .optional(),
  })
  .strict();
const manifestSchema = z.object({
  own: z.object({ loopMarker: z.string(), mailboxes: z.array(z.string()) }),
  messages: z.array(
    z
      .object({
        file: z.string(),
        about: z.string(),
        envelope: z.object({ mailFrom: z.string(), rcptTo: z.array(z.string()) }).optional(),
        expect: expectationSchema,
      })
      .strict(),
  ),
});

const manifest = manifestSchema.parse(JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')));
const { own } = manifest;

function envelopeOf(entry: (typeof manifest.messages)[number]): MailEnvelope {
  if (!entry.envelope) return { source: 'imap', rcptTo: [] };
  return { source: 'smtp', ...entry.envelope, remoteAddress: '192.0.2.25', heloName: 'relay.test' };
}

describe('the mail corpus', () => {
  it('has at least 60 messages, each listed once in the manifest', () => {
    const files = readdirSync(dir).filter((file) => file.endsWith('.eml'));
    const listed = manifest.messages.map((entry) => entry.file);
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...files].sort());
  });

  it.each(manifest.messages.map((entry) => [entry.file, entry] as const))(
    '%s',
    async (file, entry) => {
      const raw = readFileSync(`${dir}${file}`);
      const parsed = await parseMail(raw, envelopeOf(entry));
      const { inbound } = parsed;
      const want = entry.expect;

      expect(classifyInbound(inbound, own), entry.about).toEqual(want.class);
      if (want.subject !== undefined) expect(inbound.subject).toBe(want.subject);
      if (want.from !== undefined) expect(inbound.from).toBe(want.from);
      if (want.fromName !== undefined) expect(parsed.fromName).toBe(want.fromName);
      if (want.date !== undefined) expect(parsed.date).toBe(want.date);
      if (want.messageId !== undefined) expect(inbound.messageId).toBe(want.messageId);
      for (const text of want.textIncludes ?? []) expect(inbound.text).toContain(text);
      for (const html of want.htmlIncludes ?? []) expect(parsed.html).toContain(html);
      for (const html of want.htmlExcludes ?? []) expect(parsed.html ?? '').not.toContain(html);
      if (want.attachmentCount !== undefined)
        expect(parsed.attachments).toHaveLength(want.attachmentCount);
      for (const attachment of want.attachments ?? []) {
        const found = parsed.attachments.find(
          (a) => a.filename === attachment.filename && a.contentType === attachment.contentType,
        );
        expect(found, `${attachment.filename} as ${attachment.contentType}`).toMatchObject(
          attachment,
        );
      }

      if (want.class.kind !== 'human') return;
      expect(threadKeys(inbound, own.mailboxes)[0] ?? null).toEqual(want.threadKey ?? null);
      const split = splitReply(inbound.text);
      if (want.reply !== undefined) expect(split.reply).toBe(want.reply);
      if (want.signature !== undefined) expect(split.signature).toBe(want.signature);
      if (want.approval !== undefined) {
        const approval = parseApprovalReply(split.reply);
        expect(approval && { decision: approval.decision, reason: approval.reason }).toEqual(
          want.approval,
        );
      }
      const decision = decideSender({
        from: inbound.from,
        ownAddresses: own.mailboxes,
        auth: uncheckedAuth,
        match: { kind: 'unknown' },
      });
      expect(decision).toEqual({
        outcome: 'quarantine',
        reason: want.quarantine ?? 'unknown_sender',
      });
    },
  );
});
