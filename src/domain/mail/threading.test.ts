import { describe, expect, it } from 'vitest';
import { buildInboundMail } from '../../../test/factories/inbound-mail.js';
import type { InboundMail } from './message.js';
import { standsAlone, type ThreadKey, threadKeys } from './threading.js';

const mailboxes = ['soporte@andino.example', 'ayuda@andino.example'];

describe('a reply joins its ticket by token, then subject tag, then In-Reply-To/References', () => {
  const cases: [string, Partial<InboundMail>, ThreadKey[]][] = [
    ['a new message has no keys', {}, []],
    [
      'token in a recipient',
      { recipients: ['soporte+t-k3v9q2xw@andino.example'] },
      [{ kind: 'token', token: 'k3v9q2xw' }],
    ],
    [
      'token in capitals (a relay upper-cased the address)',
      { recipients: ['SOPORTE+T-K3V9Q2XW@ANDINO.EXAMPLE'] },
      [{ kind: 'token', token: 'k3v9q2xw' }],
    ],
    [
      'token on a second mailbox of the desk',
      { recipients: ['ayuda+t-0000aaaa@andino.example'] },
      [{ kind: 'token', token: '0000aaaa' }],
    ],
    [
      'token on a mailbox that is not the desk’s is ignored',
      { recipients: ['ventas+t-k3v9q2xw@andino.example', 'soporte+t-k3v9q2xw@other.example'] },
      [],
    ],
    ['a plus tag that is not a token', { recipients: ['soporte+urgente@andino.example'] }, []],
    ['a token too short', { recipients: ['soporte+t-abc@andino.example'] }, []],
    [
      'subject tag',
      { subject: 'RE: [#1042] No carga el catálogo' },
      [{ kind: 'subject_tag', ticketNumber: 1042 }],
    ],
    ['subject tag #0 is no ticket', { subject: 'RE: [#0] prueba' }, []],
    [
      'In-Reply-To, then References newest first, without repeats',
      {
        inReplyTo: ['c@andino.example'],
        references: ['a@andino.example', 'b@x', 'c@andino.example'],
      },
      [
        { kind: 'message_id', messageId: 'c@andino.example' },
        { kind: 'message_id', messageId: 'b@x' },
        { kind: 'message_id', messageId: 'a@andino.example' },
      ],
    ],
    [
      'only References (Outlook dropped In-Reply-To)',
      { references: ['a@andino.example'] },
      [{ kind: 'message_id', messageId: 'a@andino.example' }],
    ],
    [
      'all three: token first, tag second, ids last',
      {
        recipients: ['soporte@andino.example', 'soporte+t-k3v9q2xw@andino.example'],
        subject: 'RV: [#7] Factura',
        inReplyTo: ['rewritten@relay.example'],
      },
      [
        { kind: 'token', token: 'k3v9q2xw' },
        { kind: 'subject_tag', ticketNumber: 7 },
        { kind: 'message_id', messageId: 'rewritten@relay.example' },
      ],
    ],
    [
      'the same token in To and the envelope counts once',
      { recipients: ['soporte+t-k3v9q2xw@andino.example', 'Soporte+t-k3v9q2xw@andino.example'] },
      [{ kind: 'token', token: 'k3v9q2xw' }],
    ],
  ];
  it.each(cases)('%s', (_name, overrides, expected) => {
    expect(threadKeys(buildInboundMail(overrides), mailboxes)).toEqual(expected);
  });
});

describe('a message that names no ticket nor approval may be processed beside earlier mail', () => {
  const cases: [string, Partial<InboundMail>, boolean][] = [
    ['a new message', {}, true],
    ['a plus address that is not a token', { recipients: ['soporte+ventas@andino.example'] }, true],
    ['a ticket token', { recipients: ['soporte+t-k3v9q2xw@andino.example'] }, false],
    ['an approval token', { recipients: ['soporte+a-k3v9q2xw@andino.example'] }, false],
    ['a subject tag', { subject: 'Re: [#42] Caída' }, false],
    ['In-Reply-To', { inReplyTo: ['<a@andino.example>'] }, false],
    ['References', { references: ['<a@andino.example>'] }, false],
  ];
  it.each(cases)('%s', (_, fields, alone) => {
    expect(standsAlone(buildInboundMail(fields), mailboxes)).toBe(alone);
  });
});
