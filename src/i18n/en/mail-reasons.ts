/**
 * English words for why a received message was quarantined or ignored (the domain's fate
 * reasons, `src/domain/mail/fate.ts`): what an administrator reads beside each message.
 */

/** English fate reasons; the keys of every language. */
export const mailReasons = {
  'mail.reason.no_sender': 'The message has no sender address.',
  'mail.reason.claims_own_address':
    'The message claims to come from one of our own addresses: it may be forged.',
  'mail.reason.dmarc_reject':
    'The message fails DMARC and the sender’s domain asks for such mail to be rejected.',
  'mail.reason.unknown_sender': 'Nobody with this address is known.',
  'mail.reason.not_authorised':
    'The sender is a known contact but not an authorised requester of any contract.',
  'mail.reason.several_contracts':
    'The sender may report on several contracts: choose the one this message belongs to.',
  'mail.reason.ticket_out_of_reach':
    'The sender may not act on the ticket this message replies to.',
  'mail.reason.approval_closed':
    'The approval this reply answers was already decided or withdrawn.',
  'mail.reason.approval_wrong_person':
    'The approval reply comes from someone other than the person asked to decide.',
  'mail.reason.approval_not_authenticated':
    'The approval reply passes neither DKIM nor SPF for the sender’s domain, and came through no trusted relay.',
  'mail.reason.approval_no_decision':
    'The approval reply does not begin with APPROVED or REJECTED.',
  'mail.reason.approval_reason_required':
    'The reply rejects a deliverable without saying which changes are asked for.',
  'mail.reason.too_large': 'The message is larger than the size the desk accepts.',
  'mail.reason.unreadable': 'The message could not be read (malformed MIME).',
  'mail.reason.auto_submitted': 'An automatic message (Auto-Submitted header).',
  'mail.reason.x_autoreply': 'An automatic reply (X-Autoreply header).',
  'mail.reason.x_autorespond': 'An automatic reply (X-Autorespond header).',
  'mail.reason.precedence_bulk': 'Bulk mail (Precedence: bulk).',
  'mail.reason.precedence_junk': 'Junk mail (Precedence: junk).',
  'mail.reason.precedence_list': 'Mailing-list mail (Precedence: list).',
  'mail.reason.null_return_path': 'No return path: nobody can be answered.',
  'mail.reason.disposition_notification': 'A read receipt.',
  'mail.reason.delivery_status_report': 'A delivery status report (bounce).',
  'mail.reason.mailer_daemon': 'A bounce from a mail server.',
  'mail.reason.failed_recipients': 'A bounce naming recipients that failed.',
  'mail.reason.own_notification': 'One of our own notices came back.',
  'mail.reason.x_loop': 'The message has already passed through this desk (mail loop).',
  'mail.reason.duplicate': 'A copy of a message already handled (same Message-ID).',
  'mail.reason.discarded': 'An administrator discarded it.',
} as const;
