import { generateKeyPairSync } from 'node:crypto';
import { type DKIMSignOptions, dkimSign } from 'mailauth';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AuthVerdict, failsDmarcReject, vouchesFor } from '../../src/domain/mail/auth.js';
import { createAuthChecker } from '../../src/mail/auth-check.js';
import type { MailEnvelope } from '../../src/mail/envelope.js';

/**
 * DNS is the one thing not run for real: the records of the test domains are served by
 * mailauth's resolver option. Signatures are made and verified by mailauth for real.
 */
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const records: Record<string, string[][]> = {
  's1._domainkey.clinicanorte.test:TXT': [
    [`v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`],
  ],
  '_dmarc.clinicanorte.test:TXT': [['v=DMARC1; p=reject']],
  'clinicanorte.test:TXT': [['v=spf1 ip4:192.0.2.10 -all']],
  '_dmarc.tiendasol.test:TXT': [['v=DMARC1; p=none']],
};
const resolver = async (name: string, type: string) => {
  const found = records[`${name}:${type}`];
  if (!found) throw Object.assign(new Error(`no ${type} for ${name}`), { code: 'ENOTFOUND' });
  return found;
};
const check = createAuthChecker({
  trustedRelays: ['10.20.0.0/16', '2001:db8::25'],
  serverName: 'mx.andino.test',
  resolver,
});

const approval = (from = 'Pedro Soto <pedro@clinicanorte.test>') =>
  [
    `From: ${from}`,
    'To: soporte+t-k3v9q2xw@andino.test',
    'Subject: RE: [#1042] Aprobación de consumo',
    'Message-ID: <approve-1@clinicanorte.test>',
    'Date: Mon, 2 Mar 2026 10:00:00 -0300',
    '',
    'APROBADO',
    '',
  ].join('\r\n');

let signed = '';
beforeAll(async () => {
  const key = {
    signingDomain: 'clinicanorte.test',
    selector: 's1',
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }),
  };
  // mailauth reads `signatureData` at run time; its bundled typings only list the flat fields.
  const signature = await dkimSign(approval(), { ...key, signatureData: [key] } as DKIMSignOptions);
  signed = signature.signatures + approval();
});

const smtp = (remoteAddress: string, mailFrom = 'pedro@clinicanorte.test'): MailEnvelope => ({
  source: 'smtp',
  mailFrom,
  rcptTo: ['soporte+t-k3v9q2xw@andino.test'],
  remoteAddress,
  heloName: 'mail.clinicanorte.test',
});

describe('SPF, DKIM and DMARC reduced to what approvals and quarantine need', () => {
  const cases: [string, () => string, MailEnvelope, Partial<AuthVerdict>, boolean, boolean][] = [
    [
      'DKIM-signed, from an IP SPF does not list',
      () => signed,
      smtp('203.0.113.5'),
      { dkimAligned: true, spfAligned: false, dmarc: { result: 'pass', policy: 'reject' } },
      true,
      false,
    ],
    [
      'unsigned, from the IP SPF lists',
      () => approval(),
      smtp('192.0.2.10'),
      { dkimAligned: false, spfAligned: true, dmarc: { result: 'pass', policy: 'reject' } },
      true,
      false,
    ],
    [
      'forged: unsigned, from elsewhere, domain says reject',
      () => approval(),
      smtp('203.0.113.5'),
      { dkimAligned: false, spfAligned: false, dmarc: { result: 'fail', policy: 'reject' } },
      false,
      true,
    ],
    [
      'signed, then the body altered on the way',
      () => signed.replace('APROBADO', 'RECHAZADO'),
      smtp('203.0.113.5'),
      { dkimAligned: false, dmarc: { result: 'fail', policy: 'reject' } },
      false,
      true,
    ],
    [
      'forged, but through a trusted relay (CIDR)',
      () => approval(),
      smtp('10.20.3.4'),
      { viaTrustedRelay: true, dmarc: { result: 'fail', policy: 'reject' } },
      true,
      true,
    ],
    [
      'through a trusted relay given as one IPv6 address',
      () => approval(),
      smtp('2001:db8::25'),
      { viaTrustedRelay: true },
      true,
      true,
    ],
    [
      'a domain that publishes p=none fails without a reject',
      () => approval('Ana <ana@tiendasol.test>'),
      smtp('203.0.113.5', 'ana@tiendasol.test'),
      { fromDomain: 'tiendasol.test', dmarc: { result: 'fail', policy: 'none' } },
      false,
      false,
    ],
    [
      'read from an IMAP mailbox: DKIM still verifies',
      () => signed,
      { source: 'imap', rcptTo: [] },
      { dkimAligned: true, dmarc: { result: 'pass', policy: 'reject' }, viaTrustedRelay: false },
      true,
      false,
    ],
  ];
  it.each(cases)('%s', async (_name, raw, envelope, expected, vouched, rejected) => {
    const verdict = await check(Buffer.from(raw()), envelope);
    expect(verdict).toMatchObject({ fromDomain: 'clinicanorte.test', ...expected });
    expect(vouchesFor(verdict, 'pedro@clinicanorte.test')).toBe(vouched);
    expect(failsDmarcReject(verdict)).toBe(rejected);
  });

  it('a malformed trusted relay is refused when the checker is made', () => {
    expect(() => createAuthChecker({ trustedRelays: ['10.0.0.0/x'], serverName: 'mx' })).toThrow(
      /10\.0\.0\.0\/x/,
    );
    expect(() => createAuthChecker({ trustedRelays: ['relay.example'], serverName: 'mx' })).toThrow(
      /relay\.example/,
    );
  });
});
