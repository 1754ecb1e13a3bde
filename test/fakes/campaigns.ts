/** Campaigns in memory: records, their messages (figures joined to the fake outbox) and events. */
import type {
  CampaignEventRecord,
  CampaignMessageRecord,
  CampaignRecord,
  SuppressionRecord,
} from '../../src/app/campaigns/ports.js';
import type { Repositories } from '../../src/store/index.js';
import type { Tables } from './identity.js';

/** The campaigns tables. */
export interface CampaignTables {
  campaigns: CampaignRecord[];
  campaignMessages: CampaignMessageRecord[];
  campaignEvents: CampaignEventRecord[];
  /** Ids of the messages a returned report bounced. */
  campaignBounces: string[];
  campaignSuppressions: SuppressionRecord[];
}

/** Empty campaigns tables. */
export function emptyCampaignState(): CampaignTables {
  return {
    campaigns: [],
    campaignMessages: [],
    campaignEvents: [],
    campaignBounces: [],
    campaignSuppressions: [],
  };
}

/** The campaign repository in memory. */
export function campaigns(tables: Tables): Repositories['campaigns'] {
  const find = async (id: string) => tables().campaigns.find((c) => c.id === id);
  const messagesOf = (campaignId: string) =>
    tables().campaignMessages.filter((m) => m.campaignId === campaignId);
  const statusOf = (m: CampaignMessageRecord) =>
    tables().outgoingMail.find((o) => o.id === m.outgoingId)?.status ?? 'queued';
  const returned = (m: CampaignMessageRecord) => tables().campaignBounces.includes(m.id);
  const eventsOf = (m: CampaignMessageRecord) =>
    tables().campaignEvents.filter((e) => e.messageId === m.id);
  return {
    async save(campaign) {
      const rows = tables().campaigns;
      const at = rows.findIndex((c) => c.id === campaign.id);
      if (at < 0) rows.push(campaign);
      else rows[at] = campaign;
    },
    find,
    lock: find,
    async list() {
      return [...tables().campaigns].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    },
    async due(now) {
      return tables()
        .campaigns.filter(
          (c) =>
            (c.state === 'scheduled' || c.state === 'sending') &&
            c.nextBatchAt !== null &&
            c.nextBatchAt <= now,
        )
        .map((c) => c.id);
    },
    async queued(campaignId) {
      const rows = messagesOf(campaignId);
      return { contactIds: rows.map((m) => m.contactId), addresses: rows.map((m) => m.toAddress) };
    },
    async addMessages(messages) {
      const rows = tables().campaignMessages;
      for (const m of messages) {
        if (rows.some((r) => r.campaignId === m.campaignId && r.contactId === m.contactId)) {
          throw new Error('campaign_messages_recipient: a recipient queued twice');
        }
        rows.push(m);
      }
    },
    async message(id) {
      return tables().campaignMessages.find((m) => m.id === id);
    },
    async addEvent(event) {
      tables().campaignEvents.push(event);
    },
    async messageMailedAs(outgoingId) {
      return tables().campaignMessages.find((m) => m.outgoingId === outgoingId);
    },
    async messagesSentAs(messageIds) {
      const outgoing = tables().outgoingMail.filter((o) => messageIds.includes(o.messageId));
      return tables().campaignMessages.filter((m) => outgoing.some((o) => o.id === m.outgoingId));
    },
    async lastMessagesTo(address, since, limit) {
      return tables()
        .campaignMessages.filter(
          (m) => m.toAddress === address.toLowerCase() && (since === null || m.queuedAt > since),
        )
        .sort((a, b) => b.queuedAt.getTime() - a.queuedAt.getTime())
        .slice(0, limit)
        .map((m) => ({
          message: m,
          bounced: statusOf(m) === 'failed' || returned(m),
          engaged: eventsOf(m).length > 0,
        }));
    },
    async addBounces(messageIds) {
      const rows = tables().campaignBounces;
      for (const id of messageIds) if (!rows.includes(id)) rows.push(id);
    },
    async figures(campaignId) {
      const messages = messagesOf(campaignId);
      const count = (test: (m: CampaignMessageRecord) => boolean) => messages.filter(test).length;
      const events = messages.flatMap(eventsOf);
      const withdrawn = new Set(
        tables()
          .consents.filter(
            (c) =>
              c.source === 'unsubscribe_link' &&
              c.state === 'withdrawn' &&
              c.evidence === campaignId,
          )
          .map((c) => c.contactId),
      );
      return {
        queued: messages.length,
        sent: count((m) => ['sent', 'failed'].includes(statusOf(m))),
        delivered: count((m) => statusOf(m) === 'sent' && !returned(m)),
        bounced: count((m) => statusOf(m) === 'failed' || returned(m)),
        opened: count((m) => eventsOf(m).length > 0),
        opens: events.filter((e) => e.kind === 'opened').length,
        clicked: count((m) => eventsOf(m).some((e) => e.kind === 'clicked')),
        clicks: events.filter((e) => e.kind === 'clicked').length,
        unsubscribed: count((m) => withdrawn.has(m.contactId)),
      };
    },
    async receivedBy(contactId) {
      return tables()
        .campaignMessages.filter((m) => m.contactId === contactId)
        .sort((a, b) => b.queuedAt.getTime() - a.queuedAt.getTime())
        .map((m) => ({
          campaignId: m.campaignId,
          name: tables().campaigns.find((c) => c.id === m.campaignId)?.name ?? '',
          queuedAt: m.queuedAt,
          status: statusOf(m),
          opened: eventsOf(m).length > 0,
          clicked: eventsOf(m).some((e) => e.kind === 'clicked'),
        }));
    },
  };
}

/** The suppressed addresses in memory. */
export function campaignSuppressions(tables: Tables): Repositories['campaignSuppressions'] {
  const rows = () => tables().campaignSuppressions;
  return {
    async suppress(suppressions) {
      for (const s of suppressions) {
        const row = { ...s, address: s.address.toLowerCase(), liftedAt: null, liftedBy: null };
        const at = rows().findIndex((r) => r.address === row.address);
        if (at < 0) rows().push(row);
        else rows()[at] = row;
      }
    },
    async lift(address, by, at) {
      const index = rows().findIndex((r) => r.address === address.toLowerCase() && !r.liftedAt);
      const row = rows()[index];
      if (row === undefined) return false;
      rows()[index] = { ...row, liftedAt: at, liftedBy: by };
      return true;
    },
    async ofContact(contactId) {
      return rows()
        .filter((r) => r.contactId === contactId)
        .sort((a, b) => b.suppressedAt.getTime() - a.suppressedAt.getTime());
    },
    async ofAddress(address) {
      return rows().find((r) => r.address === address.toLowerCase());
    },
  };
}
