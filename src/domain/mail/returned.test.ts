import { describe, expect, it } from 'vitest';
import { isHardBounce, returnedMessageIds, returnedStatus } from './returned.js';

const report = (
  action: string,
  header = 'Message-ID: <m1@andino.test>',
  status = 'Status: 5.1.1',
) =>
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
    status,
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

describe('a hard bounce is a permanent failure, a soft bounce a passing one', () => {
  it.each([
    ['a 5.1.1 report is hard', report('failed'), '5.1.1', true],
    ['a 4.4.7 report is soft', report('failed', undefined, 'Status: 4.4.7'), '4.4.7', false],
    ['a report without a status is not hard', report('failed', undefined, 'X: y'), null, false],
  ])('%s', (_, raw, status, hard) => {
    expect(returnedStatus(raw)).toBe(status);
    expect(isHardBounce(returnedStatus(raw))).toBe(hard);
  });

  it.each([
    ['550', true],
    ['554', true],
    ['451', false],
    ['5.7.1', true],
    ['4.2.2', false],
    ['5', false],
  ])('SMTP or DSN status %s is hard: %s', (status, hard) => {
    expect(isHardBounce(status)).toBe(hard);
  });
});
