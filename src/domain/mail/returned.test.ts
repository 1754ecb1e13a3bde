import { describe, expect, it } from 'vitest';
import { returnedMessageIds } from './returned.js';

const report = (action: string, header = 'Message-ID: <m1@andino.test>') =>
  [
    'From: MAILER-DAEMON@mx.example',
    'Message-ID: <dsn1@mx.example>',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    'Your message could not be delivered.',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example',
    '',
    'Final-Recipient: rfc822; ana@x.example',
    `Action: ${action}`,
    'Status: 5.1.1',
    '--b',
    'Content-Type: text/rfc822-headers',
    '',
    header,
    'Subject: Hola',
    '--b--',
  ].join('\r\n');

describe('a bounce returns the message it names', () => {
  it.each([
    ['a failed report returns the message', report('failed'), ['m1@andino.test']],
    ['a delayed report returns nothing', report('delayed'), []],
    [
      'an Original-Message-ID is read too',
      report('failed', 'Original-Message-ID: <m2@ANDINO.test>'),
      ['m2@ANDINO.test'],
    ],
    ['another domain’s message is not ours', report('failed', 'Message-ID: <x@other.test>'), []],
    ['the report’s own Message-ID is not returned', report('failed', 'Subject: x'), []],
  ])('%s', (_, raw, expected) => {
    expect(returnedMessageIds(raw, 'andino.test')).toEqual(expected);
  });
});
