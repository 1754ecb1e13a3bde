import { describe, expect, it } from 'vitest';
import { buildInboundMail } from '../../../test/factories/inbound-mail.js';
import { classifyInbound, type MailClass, type OwnMarks } from './classify.js';
import type { InboundMail } from './message.js';

const own: OwnMarks = { loopMarker: 'andino-7f3a', mailboxes: ['soporte@andino.example'] };
const report = (kind: string) => ({ type: 'multipart/report', params: { 'report-type': kind } });

describe('automatic mail, bounces and our own mail are never taken for a person', () => {
  const cases: [string, Partial<InboundMail>, MailClass][] = [
    ['a person writing', {}, { kind: 'human' }],
    [
      'Auto-Submitted: no is a person',
      { headers: { 'auto-submitted': ['no'] } },
      { kind: 'human' },
    ],
    [
      'Auto-Submitted: auto-replied',
      { headers: { 'auto-submitted': ['auto-replied'] } },
      { kind: 'automatic', reason: 'auto_submitted' },
    ],
    [
      'Auto-Submitted: auto-generated with a comment and parameter',
      { headers: { 'auto-submitted': ['Auto-Generated (vacation); owner-email=x@y'] } },
      { kind: 'automatic', reason: 'auto_submitted' },
    ],
    [
      'Auto-Submitted: "No" in capitals with a comment is a person',
      { headers: { 'auto-submitted': [' No (written by hand)'] } },
      { kind: 'human' },
    ],
    [
      'X-Autoreply',
      { headers: { 'x-autoreply': ['yes'] } },
      { kind: 'automatic', reason: 'x_autoreply' },
    ],
    [
      'X-Autorespond',
      { headers: { 'x-autorespond': ['Vacation'] } },
      { kind: 'automatic', reason: 'x_autorespond' },
    ],
    [
      'Precedence: bulk',
      { headers: { precedence: ['bulk'] } },
      { kind: 'automatic', reason: 'precedence_bulk' },
    ],
    [
      'Precedence: JUNK',
      { headers: { precedence: ['JUNK'] } },
      { kind: 'automatic', reason: 'precedence_junk' },
    ],
    [
      'Precedence: list',
      { headers: { precedence: ['list'] } },
      { kind: 'automatic', reason: 'precedence_list' },
    ],
    [
      'Precedence: first-class is a person',
      { headers: { precedence: ['first-class'] } },
      { kind: 'human' },
    ],
    ['null return path', { returnPath: '' }, { kind: 'automatic', reason: 'null_return_path' }],
    ['unknown return path is a person', { returnPath: undefined }, { kind: 'human' }],
    [
      'read receipt (MDN)',
      { contentType: report('disposition-notification') },
      { kind: 'automatic', reason: 'disposition_notification' },
    ],
    [
      'DSN multipart/report',
      { contentType: report('delivery-status'), returnPath: '' },
      { kind: 'bounce', reason: 'delivery_status_report' },
    ],
    [
      'DSN report-type in capitals',
      { contentType: report('Delivery-Status') },
      { kind: 'bounce', reason: 'delivery_status_report' },
    ],
    [
      'MAILER-DAEMON without a report',
      { from: 'mailer-daemon@mx.tiendasol.example' },
      { kind: 'bounce', reason: 'mailer_daemon' },
    ],
    [
      'postmaster',
      { from: 'postmaster@tiendasol.example' },
      { kind: 'bounce', reason: 'mailer_daemon' },
    ],
    [
      'a bare MAILER-DAEMON without a domain',
      { from: 'mailer-daemon' },
      { kind: 'bounce', reason: 'mailer_daemon' },
    ],
    [
      'X-Failed-Recipients',
      { headers: { 'x-failed-recipients': ['nadie@tiendasol.example'] } },
      { kind: 'bounce', reason: 'failed_recipients' },
    ],
    [
      'our notification coming back',
      { headers: { 'x-pacta-loop': [' Andino-7F3A '] } },
      { kind: 'loop', reason: 'own_notification' },
    ],
    [
      "another installation's marker is not ours",
      { headers: { 'x-pacta-loop': ['other-1234'] } },
      { kind: 'human' },
    ],
    [
      'X-Loop naming our mailbox (plus tag and case ignored)',
      { headers: { 'x-loop': ['Soporte+t-abcdefgh@Andino.example'] } },
      { kind: 'loop', reason: 'x_loop' },
    ],
    [
      'X-Loop naming someone else',
      { headers: { 'x-loop': ['helpdesk@tiendasol.example'] } },
      { kind: 'human' },
    ],
    [
      'our own auto-reply coming back: loop wins over automatic',
      { headers: { 'x-pacta-loop': ['andino-7f3a'], 'auto-submitted': ['auto-replied'] } },
      { kind: 'loop', reason: 'own_notification' },
    ],
    [
      'a bounce with Auto-Submitted: bounce wins over automatic',
      { contentType: report('delivery-status'), headers: { 'auto-submitted': ['auto-replied'] } },
      { kind: 'bounce', reason: 'delivery_status_report' },
    ],
    [
      'auto-reply with a null return path: the header names the reason',
      { headers: { 'auto-submitted': ['auto-replied'] }, returnPath: '' },
      { kind: 'automatic', reason: 'auto_submitted' },
    ],
  ];
  it.each(cases)('%s', (_name, overrides, expected) => {
    expect(classifyInbound(buildInboundMail(overrides), own)).toEqual(expected);
  });
});
