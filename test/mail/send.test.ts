import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyInbound } from '../../src/domain/mail/classify.js';
import { threadKeys } from '../../src/domain/mail/threading.js';
import { parseMail } from '../../src/mail/parse.js';
import { createMailSender, type MailSender, type OutgoingMail } from '../../src/mail/send.js';
import { type CaptureSmtp, startCaptureSmtp } from '../support/capture-smtp.js';

const desk = { address: 'soporte@andino.test', name: 'Soporte Andino' };
const own = { loopMarker: 'andino-7f3a', mailboxes: [desk.address] };
const acknowledgement: OutgoingMail = {
  messageId: '0190a1b2-ack@andino.test',
  from: desk,
  to: [{ address: 'maria@tiendasol.test', name: 'María Pérez' }],
  subject: 'Recibimos su solicitud: No carga el catálogo',
  text: 'Hemos recibido su solicitud. Le responderemos dentro del plazo de su contrato.',
  html: '<p>Hemos recibido su solicitud.</p>',
  automatic: true,
  ticket: { number: 1042, token: 'k3v9q2xw' },
  inReplyTo: 'CAF1234@mail.gmail.com',
  references: ['CAF1234@mail.gmail.com'],
  loopMarker: own.loopMarker,
  language: 'es',
};

let capture: CaptureSmtp;
let sender: MailSender;
beforeAll(async () => {
  capture = await startCaptureSmtp({ user: 'pacta', password: 's3cr3t/ñ' });
  sender = createMailSender(capture.url);
});
afterAll(async () => {
  sender.close();
  await capture.stop();
});

const received = async (index: number) => {
  const [mail] = (await capture.waitFor(index + 1)).slice(index);
  if (!mail) throw new Error('nothing captured');
  return { mail, parsed: await parseMail(mail.raw, { source: 'smtp', rcptTo: [...mail.rcptTo] }) };
};

describe('outgoing mail carries the marks that bring replies back and stop loops', () => {
  it('an automatic acknowledgement: Auto-Submitted, token Reply-To, [#n] subject, thread ids, loop mark', async () => {
    const sent = await sender.send(acknowledgement);
    expect(sent).toMatchObject({
      messageId: '0190a1b2-ack@andino.test',
      accepted: ['maria@tiendasol.test'],
    });
    const { mail, parsed } = await received(0);
    expect(mail.user).toBe('pacta');
    expect(mail.mailFrom).toBe('soporte@andino.test');
    const { inbound } = parsed;
    expect(inbound.subject).toBe('[#1042] Recibimos su solicitud: No carga el catálogo');
    expect(inbound.messageId).toBe('0190a1b2-ack@andino.test');
    expect(inbound.inReplyTo).toEqual(['CAF1234@mail.gmail.com']);
    expect(inbound.references).toEqual(['CAF1234@mail.gmail.com']);
    expect(inbound.headers['auto-submitted']).toEqual(['auto-generated']);
    expect(inbound.headers['x-auto-response-suppress']).toEqual(['All']);
    expect(inbound.headers['content-language']).toEqual(['es']);
    expect(inbound.headers['reply-to']?.[0]).toContain('soporte+t-k3v9q2xw@andino.test');
  });

  it('our own acknowledgement coming back is a loop, never answered', async () => {
    const { parsed } = await received(0);
    expect(classifyInbound(parsed.inbound, own)).toEqual({
      kind: 'loop',
      reason: 'own_notification',
    });
  });

  it('a client replying to the Reply-To finds the ticket by its token first', async () => {
    const { parsed } = await received(0);
    const replyTo = /<([^>]+)>/.exec(parsed.inbound.headers['reply-to']?.[0] ?? '')?.[1] ?? '';
    const reply = {
      recipients: [replyTo],
      subject: `RE: ${parsed.inbound.subject}`,
      inReplyTo: [parsed.inbound.messageId ?? ''],
      references: [],
    };
    expect(threadKeys(reply, own.mailboxes).map((key) => key.kind)).toEqual([
      'token',
      'subject_tag',
      'message_id',
    ]);
    expect(threadKeys(reply, own.mailboxes)[0]).toEqual({ kind: 'token', token: 'k3v9q2xw' });
  });

  it('a personal reply from an agent is not marked automatic', async () => {
    await sender.send({ ...acknowledgement, messageId: 'reply-1@andino.test', automatic: false });
    const { parsed } = await received(1);
    expect(parsed.inbound.headers['auto-submitted']).toBeUndefined();
    expect(parsed.inbound.subject).toBe('[#1042] Recibimos su solicitud: No carga el catálogo');
  });

  it('the pool sends several messages at once', async () => {
    const ids = Array.from({ length: 6 }, (_, i) => `pool-${i}@andino.test`);
    await Promise.all(ids.map((messageId) => sender.send({ ...acknowledgement, messageId })));
    const all = await capture.waitFor(2 + ids.length);
    const parsed = await Promise.all(
      all.slice(2).map((m) => parseMail(m.raw, { source: 'smtp', rcptTo: [] })),
    );
    expect(parsed.map((p) => p.inbound.messageId).sort()).toEqual([...ids].sort());
  });

  it('wrong credentials fail the send with the server’s answer', async () => {
    const wrong = createMailSender(capture.url.replace('s3cr3t', 'wrong'));
    await expect(wrong.send(acknowledgement)).rejects.toMatchObject({ responseCode: 535 });
    wrong.close();
  });
});
