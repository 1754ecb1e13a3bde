import {
  campaignRecipients,
  inBatches,
  type OutgoingMessage,
  personalisedMessages,
  type SegmentSubject,
  signTrackingToken,
  trackingUrls,
  withTracking,
} from '../../domain/communications/index.js';
import { type Contact, displayName } from '../../domain/contacts/index.js';
import { jobOrigin, recordChange } from '../shared/index.js';
import { type CampaignMaterial, loadMaterial } from './personalise.js';
import type { CampaignMessageRecord, CampaignRecord, CampaignsDeps } from './ports.js';

/** What one run queued: messages per campaign, and the campaigns it finished. */
export interface QueueReport {
  queued: number;
  finished: number;
}

const minute = 60_000;
const origin = jobOrigin('send-campaigns');

/** The audience minus whoever (contact or address) the campaign has queued already. */
async function remaining(
  options: Pick<CampaignsDeps, 'campaigns'>,
  campaignId: string,
  subjects: readonly SegmentSubject[],
): Promise<SegmentSubject[]> {
  const queued = await options.campaigns.queued(campaignId);
  const contacts = new Set(queued.contactIds);
  const addresses = new Set(queued.addresses);
  return subjects.filter(
    (s) =>
      !contacts.has(s.contact.id) && !addresses.has(s.contact.email?.trim().toLowerCase() ?? ''),
  );
}

/** The next batch of a campaign's messages, at most `perMinute`, personalised. */
function nextBatch(
  campaign: CampaignRecord,
  material: CampaignMaterial,
  subjects: readonly SegmentSubject[],
  now: number,
): OutgoingMessage[] {
  const recipients = (function* () {
    for (const r of campaignRecipients(material.compiled, subjects, now))
      yield material.personalise(r);
  })();
  const [batch] = inBatches(
    personalisedMessages(material.compiled, recipients),
    campaign.perMinute,
  );
  return batch ?? [];
}

/**
 * Hands the next batch of every due campaign to the outbox (run each minute by the
 * `send-campaigns` job): at most `perMinute` messages a campaign a minute, each with its
 * tracking pixel and tracked links. What was queued is kept per recipient in the same
 * transaction as the mail, so a run after a crash or restart continues where the last committed
 * one stopped and never queues anyone twice; the throttle's next slot is stored too. A campaign
 * with nobody left is `sent`.
 */
export async function queueCampaignBatches(options: CampaignsDeps): Promise<QueueReport> {
  const report: QueueReport = { queued: 0, finished: 0 };
  const now = options.clock.now();
  for (const campaignId of await options.campaigns.due(now)) {
    const campaign = await options.campaigns.find(campaignId);
    if (campaign === undefined) continue;
    const material = await loadMaterial(options, campaign, campaign.senderUserId);
    const subjects = await remaining(options, campaign.id, material.subjects);
    const batch = nextBatch(campaign, material, subjects, now.getTime());
    const contacts = new Map(subjects.map((s) => [s.contact.id, s.contact]));
    const { queued, done } = await queueBatch(options, campaign, batch, contacts);
    report.queued += queued;
    if (done) report.finished += 1;
  }
  return report;
}

async function queueBatch(
  options: CampaignsDeps,
  campaign: CampaignRecord,
  batch: readonly OutgoingMessage[],
  contacts: ReadonlyMap<string, Contact>,
): Promise<{ queued: number; done: boolean }> {
  const now = options.clock.now();
  const [secret = ''] = options.unsubscribeSecrets;
  const messages: CampaignMessageRecord[] = [];
  const mails = batch.map((message) => {
    const id = options.ids.newId();
    const outgoingId = options.ids.newId();
    const contact = contacts.get(message.contactId);
    messages.push({
      id,
      campaignId: campaign.id,
      contactId: message.contactId,
      outgoingId,
      toAddress: message.to,
      versionKey: message.versionKey,
      language: message.language,
      queuedAt: now,
    });
    const urls = trackingUrls(options.publicUrl, signTrackingToken(id, secret));
    return {
      id: outgoingId,
      dedupeKey: `campaign:${campaign.id}:${message.contactId}`,
      messageId: `${options.ids.newId()}@${options.messageIdDomain}`,
      ticketId: null,
      ticket: null,
      toAddress: message.to,
      toName: contact === undefined ? '' : displayName(contact),
      language: message.language,
      subject: message.subject,
      text: message.text,
      html: withTracking(message.html, campaign.links, urls),
      automatic: false,
      inReplyTo: null,
      replyTo: null,
      attachments: [],
      createdAt: now,
      sendAfter: now,
    };
  });
  return options.transact(async (tx) => {
    const locked = await tx.campaigns.lock(campaign.id);
    if (locked === undefined || (locked.state !== 'scheduled' && locked.state !== 'sending')) {
      return { queued: 0, done: false };
    }
    const enqueued = new Set(await tx.outgoingMail.enqueueMany(mails));
    await tx.campaigns.addMessages(messages.filter((m) => enqueued.has(m.outgoingId)));
    const done = batch.length < campaign.perMinute;
    await tx.campaigns.save({
      ...locked,
      state: done ? 'sent' : 'sending',
      nextBatchAt: new Date(now.getTime() + minute),
      finishedAt: done ? now : null,
      updatedAt: now,
    });
    await recordChange(tx, {
      origin,
      actor: null,
      at: now,
      resourceType: 'campaigns',
      resourceId: campaign.id,
    });
    return { queued: enqueued.size, done };
  });
}
