/**
 * The updates section's mail (seed 001: "Mantenerte al día sobre las nuevas funciones"): when an
 * update is published, each contact subscribed to platform updates by email is told once, in
 * their language, with a link to the update and a link to unsubscribe; contacts without that
 * consent (never given, withdrawn, unsubscribed, anonymised) are told nothing.
 */
import {
  currentConsent,
  isContactable,
  type SegmentSubject,
  unsubscribeUrl,
} from '../../domain/communications/index.js';
import { displayName } from '../../domain/contacts/index.js';
import { announceUpdate, type UpdateSubscriber } from '../../domain/knowledge/index.js';
import { articlePublished } from '../knowledge/index.js';
import { type EventHandler, onEvent } from '../outbox/index.js';
import { issueUnsubscribeToken } from './issue-unsubscribe-link.js';
import type { CommunicationsDeps } from './ports.js';

/** The handler's name: with the update and the contact, what keeps each mail to one copy. */
const handler = 'communications.announce-update';

/** The subscribers of the updates section: contacts with consent to product updates by email. */
function subscribersOf(subjects: readonly SegmentSubject[]): UpdateSubscriber[] {
  return subjects.flatMap((subject) => {
    const { contact } = subject;
    const grant = currentConsent(subject.consents, contact.id, 'email', 'product_updates');
    if (grant === null) return [];
    return [
      {
        contactId: contact.id,
        language: contact.language,
        categories: 'all',
        subscribedAt: grant.at,
        consents: isContactable(subject, 'email', 'product_updates'),
      },
    ];
  });
}

/**
 * The handler of `knowledge.article_published` that queues one mail per subscribed contact not
 * yet told of the update, through the outbox, and records whom it told. Without a secret to sign
 * unsubscribe links it fails (and is retried) rather than mail without one.
 */
export function announceUpdates(
  options: Pick<
    CommunicationsDeps,
    | 'clock'
    | 'ids'
    | 'articles'
    | 'segmentSubjects'
    | 'updateAnnouncements'
    | 'updateMailer'
    | 'unsubscribeSecrets'
    | 'transact'
  >,
): EventHandler {
  return onEvent(articlePublished, handler, async (payload) => {
    if (payload.kind !== 'update') return;
    const group = await options.articles.translations(payload.translationGroup);
    const subjects = await options.segmentSubjects.all();
    const told = new Set(await options.updateAnnouncements.told(payload.translationGroup));
    const plan = announceUpdate(group, subscribersOf(subjects), told);
    if (plan.send.length === 0) return;
    const now = options.clock.now();
    const mailer = options.updateMailer;
    const mails = plan.send.map((announcement) => {
      const contact = subjects.find((s) => s.contact.id === announcement.contactId)?.contact;
      const article = group.find((a) => a.id === announcement.articleId);
      if (contact?.email == null || article === undefined) throw new Error('update mail lost');
      const token = issueUnsubscribeToken(options, {
        contactId: contact.id,
        channel: 'email',
        purpose: 'product_updates',
        campaignId: payload.translationGroup,
      });
      const rendered = mailer.render(
        {
          name: displayName(contact),
          title: article.title,
          summary: article.summary,
          body: article.body,
          url: `${mailer.publicUrl.replace(/\/+$/, '')}/help/${article.language}/${article.slug}`,
          unsubscribeUrl: unsubscribeUrl(mailer.publicUrl, token),
        },
        article.language,
      );
      return { announcement, contact, email: contact.email, rendered };
    });
    await options.transact(async (tx) => {
      for (const { announcement, contact, email, rendered } of mails) {
        await tx.outgoingMail.enqueue({
          id: options.ids.newId(),
          dedupeKey: `${handler}:${payload.translationGroup}:${contact.id}`,
          messageId: `${options.ids.newId()}@${mailer.messageIdDomain}`,
          ticketId: null,
          ticket: null,
          toAddress: email,
          toName: displayName(contact),
          language: announcement.language,
          ...rendered,
          automatic: true,
          inReplyTo: null,
          replyTo: null,
          attachments: [],
          createdAt: now,
          sendAfter: now,
        });
      }
      await tx.updateAnnouncements.record(
        plan.send.map((a) => ({
          translationGroup: payload.translationGroup,
          contactId: a.contactId,
          articleId: a.articleId,
          language: a.language,
          at: now.getTime(),
        })),
      );
    });
  });
}
