/**
 * What Pacta writes to people, in their language, as text and HTML: every word comes from the
 * i18n catalogs, every value put into HTML is escaped.
 */
import type { UpdateNotice } from '../app/communications/index.js';
import type { AccountNotice } from '../app/identity/index.js';
import type { Notice, RenderedMail } from '../app/mail/index.js';
import { mailBody as compose, type Locale, translate } from '../i18n/index.js';

/** A notice in the recipient's language. */
export function renderNotice(notice: Notice, language: Locale): RenderedMail {
  const number = notice.ticketNumber;
  const footer = translate(language, 'mail.footer', { number });
  switch (notice.kind) {
    case 'acknowledgement':
      return compose(translate(language, 'mail.ack.subject', { subject: notice.subject }), [
        translate(language, 'mail.ack.greeting', { name: notice.name }),
        translate(language, 'mail.ack.body', { number }),
        translate(language, 'mail.ack.replyHint'),
        footer,
      ]);
    case 'public_reply':
      return compose(translate(language, 'mail.reply.subject', { subject: notice.subject }), [
        notice.body,
        notice.author === ''
          ? ''
          : translate(language, 'mail.reply.signed', { author: notice.author }),
        footer,
      ]);
    case 'status_changed': {
      const status = translate(language, `status.${notice.status}`);
      return compose(translate(language, 'mail.status.subject', { number, status }), [
        translate(language, 'mail.status.body', { number, subject: notice.subject, status }),
        footer,
      ]);
    }
    case 'agent_new_ticket':
    case 'agent_client_reply': {
      const what = notice.kind === 'agent_new_ticket' ? 'new' : 'reply';
      const values = { number, subject: notice.subject };
      return compose(translate(language, `mail.agent.${what}.subject`, values), [
        translate(language, `mail.agent.${what}.body`, values),
        footer,
      ]);
    }
    case 'agent_sla': {
      const clock = translate(language, `sla.clock.${clockKeys[notice.clock]}`);
      const values = { number, subject: notice.subject, clock };
      return compose(translate(language, `mail.agent.${notice.state}.subject`, values), [
        translate(language, `mail.agent.${notice.state}.body`, values),
        footer,
      ]);
    }
  }
}

/** Mail about the person's own account (a password-reset link) in their language. */
export function renderAccountNotice(notice: AccountNotice, language: Locale): RenderedMail {
  return compose(translate(language, 'mail.passwordReset.subject'), [
    translate(language, 'mail.passwordReset.greeting', { name: notice.name }),
    translate(language, 'mail.passwordReset.body', { minutes: notice.minutes }),
    notice.link,
    translate(language, 'mail.passwordReset.ignore'),
  ]);
}
/** A platform update (the updates section's mail) in its reader's language, with the unsubscribe link. */
export function renderUpdateMail(notice: UpdateNotice, language: Locale): RenderedMail {
  return compose(translate(language, 'mail.update.subject', { title: notice.title }), [
    translate(language, 'mail.update.greeting', { name: notice.name }),
    notice.summary,
    notice.body,
    translate(language, 'mail.update.read', { url: notice.url }),
    translate(language, 'mail.update.unsubscribe', { url: notice.unsubscribeUrl }),
  ]);
}

/** The catalog key of each SLA clock's name. */
const clockKeys = {
  first_response: 'firstResponse',
  resolution: 'resolution',
  client: 'client',
} as const;
