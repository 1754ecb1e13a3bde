import { describe, expect, it } from 'vitest';
import { normaliseCharsets } from '../../src/mail/charset.js';
import { parseMail } from '../../src/mail/parse.js';

const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'));
const imap = { source: 'imap', rcptTo: [] } as const;

describe('legacy charsets are decoded with iconv-lite, not Node 20’s TextDecoder', () => {
  it('a UTF-8 message passes through untouched (same bytes, no rewrite)', async () => {
    const raw = crlf([
      'Subject: =?UTF-8?Q?caf=C3=A9?=',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Olá €',
      '',
    ]);
    expect(await normaliseCharsets(raw)).toBe(raw);
  });

  it('bytes 0x80–0x9F of Windows-1252 survive in bodies declared windows-1252 or iso-8859-1', async () => {
    const body = Buffer.from([
      0x80, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x20, 0x85, 0x20, 0x99, 0x20, 0x8a,
    ]);
    for (const charset of ['windows-1252', 'ISO-8859-1', 'latin1', 'cp1252']) {
      const raw = Buffer.concat([
        crlf([
          'From: a@b.test',
          `Content-Type: text/plain; charset=${charset}`,
          'Content-Transfer-Encoding: 8bit',
          '',
          '',
        ]),
        body,
      ]);
      const parsed = await parseMail(raw, imap);
      expect(parsed.inbound.text, charset).toBe('€ “ok” … ™ Š');
    }
  });

  it('legacy encoded words split across lines join into one subject, beside UTF-8 words', async () => {
    const raw = crlf([
      'From: =?ISO-8859-1?Q?Jos=E9?= <jose@b.test>',
      'Subject: =?windows-1252?Q?=80_10_=96_?=',
      ' =?windows-1252?Q?=93oferta=94?= y =?UTF-8?B?4pyU?=',
      '',
      'x',
    ]);
    const parsed = await parseMail(raw, imap);
    expect(parsed.inbound.subject).toBe('€ 10 – “oferta” y ✔');
    expect(parsed.fromName).toBe('José');
  });

  it('a message mailsplit refuses (a header over its 1 MiB limit) is still parsed', async () => {
    const raw = crlf([
      'From: a@b.test',
      `X-Padding: ${'a'.repeat(1_200_000)}`,
      'Subject: =?windows-1252?Q?=80_100?=',
      '',
      'cuerpo',
    ]);
    const parsed = await parseMail(raw, imap);
    expect(parsed.inbound.text).toBe('cuerpo');
    expect(parsed.inbound.subject).toContain('100');
  });

  it('a text part attached as a file keeps its bytes (only shown text is converted)', async () => {
    const raw = Buffer.concat([
      crlf([
        'From: a@b.test',
        'Content-Type: multipart/mixed; boundary=x',
        '',
        '--x',
        'Content-Type: text/plain; charset=windows-1252',
        'Content-Transfer-Encoding: 8bit',
        '',
        'Precio ',
      ]),
      Buffer.from([0x80, 0x0d, 0x0a]),
      crlf([
        '--x',
        'Content-Type: text/plain; charset=windows-1252; name=precios.txt',
        'Content-Disposition: attachment; filename=precios.txt',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from([0x31, 0x30, 0x80]).toString('base64'),
        '--x--',
        '',
      ]),
    ]);
    const parsed = await parseMail(raw, imap);
    expect(parsed.inbound.text).toBe('Precio €');
    expect([...(parsed.attachments[0]?.content ?? [])]).toEqual([0x31, 0x30, 0x80]);
  });
});

describe('the parser fills the domain’s view of the message', () => {
  it('recipients merge the envelope, To, Cc, groups and Delivered-To, lower-cased, once each', async () => {
    const raw = crlf([
      'Delivered-To: Soporte+t-k3v9q2xw@Andino.test',
      'From: Ana <ANA@Tienda.test>',
      'To: Equipo: uno@tienda.test, dos@tienda.test;, soporte@andino.test',
      'Cc: "Soporte" <SOPORTE@andino.test>',
      'Subject: x',
      '',
      'x',
    ]);
    const parsed = await parseMail(raw, {
      source: 'smtp',
      mailFrom: 'ana@tienda.test',
      rcptTo: ['soporte@andino.test'],
    });
    expect(parsed.inbound.from).toBe('ana@tienda.test');
    expect(parsed.inbound.recipients).toEqual([
      'soporte@andino.test',
      'uno@tienda.test',
      'dos@tienda.test',
      'soporte+t-k3v9q2xw@andino.test',
    ]);
  });

  it('the return path is the envelope’s over SMTP and the Return-Path header from IMAP; <> is the null path', async () => {
    const raw = crlf(['Return-Path: <>', 'From: a@b.test', '', 'x']);
    expect((await parseMail(raw, imap)).inbound.returnPath).toBe('');
    expect(
      (await parseMail(raw, { source: 'smtp', mailFrom: 'x@y.test', rcptTo: [] })).inbound
        .returnPath,
    ).toBe('x@y.test');
    expect(
      (await parseMail(crlf(['From: a@b.test', '', 'x']), imap)).inbound.returnPath,
    ).toBeUndefined();
  });

  it('a file that lies about its type is listed with the type its bytes show', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0')]);
    exe.writeUInt32LE(64, 0x3c);
    const raw = crlf([
      'From: a@b.test',
      'Content-Type: multipart/mixed; boundary=x',
      '',
      '--x',
      'Content-Type: text/plain',
      '',
      'factura adjunta',
      '--x',
      'Content-Type: application/pdf; name=factura.pdf',
      'Content-Disposition: attachment; filename=factura.pdf',
      'Content-Transfer-Encoding: base64',
      '',
      exe.toString('base64'),
      '--x--',
    ]);
    const [attachment] = (await parseMail(raw, imap)).attachments;
    expect(attachment).toMatchObject({
      filename: 'factura.pdf',
      declaredType: 'application/pdf',
      contentType: 'application/x-msdownload',
      size: exe.length,
      inline: false,
    });
  });

  it('a DSN’s content type and report type reach the domain', async () => {
    const raw = crlf([
      'From: MAILER-DAEMON@mx.test',
      'Content-Type: multipart/report; Report-Type="delivery-status"; boundary=b',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'failed',
      '--b--',
    ]);
    expect((await parseMail(raw, imap)).inbound.contentType).toEqual({
      type: 'multipart/report',
      params: { 'report-type': 'delivery-status', boundary: 'b' },
    });
  });
});
