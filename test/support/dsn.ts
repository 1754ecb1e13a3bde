/** Delivery status reports (RFC 3464) as a remote MTA returns them, for the bounce tests. */

/**
 * A report to `mailbox` that the message `messageId` (no `<>`) to `to` failed with `status`
 * (5.1.1 unless told): a hard bounce for 5.x.x, a soft one for 4.x.x. Its own Message-ID is
 * `dsn-<status>-<local part of messageId>@mx.remote.example`, one a returned message.
 */
export function deliveryStatusReport(
  messageId: string,
  to: string,
  options: { status?: string; mailbox: string },
): string {
  const status = options.status ?? '5.1.1';
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.remote.example>',
    `To: ${options.mailbox}`,
    'Subject: Undelivered Mail Returned to Sender',
    `Message-ID: <dsn-${status}-${messageId.split('@')[0]}@mx.remote.example>`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"',
    '',
    '--dsn',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    `Your message to <${to}> could not be delivered.`,
    '--dsn',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.remote.example',
    '',
    `Final-Recipient: rfc822; ${to}`,
    'Action: failed',
    `Status: ${status}`,
    '--dsn',
    'Content-Type: text/rfc822-headers',
    '',
    'From: Soporte Andino <soporte@andino.test>',
    `To: ${to}`,
    `Message-ID: <${messageId}>`,
    '--dsn--',
    '',
  ].join('\r\n');
}
