/** Campaigns, their messages (joined to their mail for delivery figures) and opens and clicks. */
import { type Selectable, sql } from 'kysely';
import type { CampaignRecord, CampaignRepository } from '../../app/campaigns/index.js';
import type { OutgoingStatus } from '../../app/mail/index.js';
import { isUuid } from '../contacts/codec.js';
import type { Db } from '../database.js';
import type { CampaignMessagesTable, CampaignsTable } from './tables.js';

function toRecord(row: Selectable<CampaignsTable>): CampaignRecord {
  return {
    id: row.id,
    name: row.name,
    purpose: row.purpose as CampaignRecord['purpose'],
    defaultLanguage: row.default_language as CampaignRecord['defaultLanguage'],
    segments: row.segments as CampaignRecord['segments'],
    versions: row.versions as CampaignRecord['versions'],
    links: row.links as string[],
    state: row.state,
    perMinute: row.per_minute,
    startAt: row.start_at,
    nextBatchAt: row.next_batch_at,
    senderUserId: row.sender_user_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

function toMessage(row: CampaignMessagesTable) {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    contactId: row.contact_id,
    outgoingId: row.outgoing_id,
    toAddress: row.to_address,
    versionKey: row.version_key,
    language: row.language === 'en' ? ('en' as const) : ('es' as const),
    queuedAt: row.queued_at,
  };
}

const chunk = 1000;

/** Campaigns over one database or transaction. */
export function campaignRepository(db: Db): CampaignRepository {
  const campaigns = () => db.selectFrom('campaigns').selectAll();
  return {
    async save(c) {
      const row = {
        name: c.name,
        purpose: c.purpose,
        default_language: c.defaultLanguage,
        segments: JSON.stringify(c.segments),
        versions: JSON.stringify(c.versions),
        links: JSON.stringify(c.links),
        state: c.state,
        per_minute: c.perMinute,
        start_at: c.startAt,
        next_batch_at: c.nextBatchAt,
        sender_user_id: c.senderUserId,
        created_by: c.createdBy,
        created_at: c.createdAt,
        updated_at: c.updatedAt,
        finished_at: c.finishedAt,
      };
      await db
        .insertInto('campaigns')
        .values({ id: c.id, ...row })
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
    },
    async find(id) {
      if (!isUuid(id)) return undefined;
      const row = await campaigns().where('id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },
    async lock(id) {
      if (!isUuid(id)) return undefined;
      const row = await campaigns().where('id', '=', id).forUpdate().executeTakeFirst();
      return row && toRecord(row);
    },
    async list() {
      const rows = await campaigns().orderBy('created_at', 'desc').orderBy('id').execute();
      return rows.map(toRecord);
    },
    async due(now) {
      const rows = await db
        .selectFrom('campaigns')
        .select('id')
        .where('state', 'in', ['scheduled', 'sending'])
        .where('next_batch_at', '<=', now)
        .orderBy('next_batch_at')
        .execute();
      return rows.map((row) => row.id);
    },
    async queued(campaignId) {
      const rows = await db
        .selectFrom('campaign_messages')
        .select(['contact_id', 'to_address'])
        .where('campaign_id', '=', campaignId)
        .execute();
      return {
        contactIds: rows.map((row) => row.contact_id),
        addresses: rows.map((row) => row.to_address),
      };
    },
    async addMessages(messages) {
      for (let start = 0; start < messages.length; start += chunk) {
        await db
          .insertInto('campaign_messages')
          .values(
            messages.slice(start, start + chunk).map((m) => ({
              id: m.id,
              campaign_id: m.campaignId,
              contact_id: m.contactId,
              outgoing_id: m.outgoingId,
              to_address: m.toAddress,
              version_key: m.versionKey,
              language: m.language,
              queued_at: m.queuedAt,
            })),
          )
          .execute();
      }
    },
    async message(id) {
      if (!isUuid(id)) return undefined;
      const row = await db
        .selectFrom('campaign_messages')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toMessage(row);
    },
    async addEvent(event) {
      await db
        .insertInto('campaign_events')
        .values({
          id: event.id,
          message_id: event.messageId,
          kind: event.kind,
          link: event.link,
          at: event.at,
        })
        .execute();
    },
    async messageMailedAs(outgoingId) {
      if (!isUuid(outgoingId)) return undefined;
      const row = await db
        .selectFrom('campaign_messages')
        .selectAll()
        .where('outgoing_id', '=', outgoingId)
        .executeTakeFirst();
      return row && toMessage(row);
    },
    async messagesSentAs(messageIds) {
      if (messageIds.length === 0) return [];
      const rows = await db
        .selectFrom('campaign_messages as m')
        .innerJoin('mail_outgoing as o', 'o.id', 'm.outgoing_id')
        .selectAll('m')
        .where('o.message_id', 'in', [...messageIds])
        .execute();
      return rows.map(toMessage);
    },
    async lastMessagesTo(address, since, limit) {
      const rows = await db
        .selectFrom('campaign_messages as m')
        .innerJoin('mail_outgoing as o', 'o.id', 'm.outgoing_id')
        .selectAll('m')
        .select((eb) => [
          eb
            .or([
              eb('o.status', '=', 'failed'),
              eb.exists(
                eb
                  .selectFrom('campaign_bounces as b')
                  .select('b.message_id')
                  .whereRef('b.message_id', '=', 'm.id'),
              ),
            ])
            .as('bounced'),
          eb
            .exists(
              eb
                .selectFrom('campaign_events as e')
                .select('e.id')
                .whereRef('e.message_id', '=', 'm.id'),
            )
            .as('engaged'),
        ])
        .where('m.to_address', '=', address.toLowerCase())
        .$if(since !== null, (q) => q.where('m.queued_at', '>', since as Date))
        .orderBy('m.queued_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        message: toMessage(row),
        bounced: Boolean(row.bounced),
        engaged: Boolean(row.engaged),
      }));
    },
    async addBounces(messageIds, mailId, at) {
      if (messageIds.length === 0) return;
      await db
        .insertInto('campaign_bounces')
        .values(messageIds.map((id) => ({ message_id: id, mail_id: mailId, at })))
        .onConflict((oc) => oc.column('message_id').doNothing())
        .execute();
    },
    async figures(campaignId) {
      const { rows } = await sql<Record<string, number>>`
        select
          (select count(*)::int from campaign_messages m where m.campaign_id = c.id) as queued,
          (select count(*)::int from campaign_messages m join mail_outgoing o on o.id = m.outgoing_id
            where m.campaign_id = c.id and o.status in ('sent', 'failed')) as sent,
          (select count(*)::int from campaign_messages m join mail_outgoing o on o.id = m.outgoing_id
            where m.campaign_id = c.id and o.status = 'sent'
              and not exists (select 1 from campaign_bounces b where b.message_id = m.id))
            as delivered,
          (select count(*)::int from campaign_messages m join mail_outgoing o on o.id = m.outgoing_id
            where m.campaign_id = c.id and (o.status = 'failed'
              or exists (select 1 from campaign_bounces b where b.message_id = m.id))) as bounced,
          (select count(distinct e.message_id)::int from campaign_events e
            join campaign_messages m on m.id = e.message_id where m.campaign_id = c.id) as opened,
          (select count(*)::int from campaign_events e join campaign_messages m on m.id = e.message_id
            where m.campaign_id = c.id and e.kind = 'opened') as opens,
          (select count(distinct e.message_id)::int from campaign_events e
            join campaign_messages m on m.id = e.message_id
            where m.campaign_id = c.id and e.kind = 'clicked') as clicked,
          (select count(*)::int from campaign_events e join campaign_messages m on m.id = e.message_id
            where m.campaign_id = c.id and e.kind = 'clicked') as clicks,
          (select count(distinct s.contact_id)::int from consent_events s
            join campaign_messages m on m.contact_id = s.contact_id and m.campaign_id = c.id
            where s.source = 'unsubscribe_link' and s.state = 'withdrawn'
              and s.evidence = c.id::text) as unsubscribed
        from campaigns c where c.id = ${campaignId}`.execute(db);
      const [row] = rows;
      const n = (key: string) => Number(row?.[key] ?? 0);
      return {
        queued: n('queued'),
        sent: n('sent'),
        delivered: n('delivered'),
        bounced: n('bounced'),
        opened: n('opened'),
        opens: n('opens'),
        clicked: n('clicked'),
        clicks: n('clicks'),
        unsubscribed: n('unsubscribed'),
      };
    },
    async receivedBy(contactId) {
      if (!isUuid(contactId)) return [];
      const rows = await db
        .selectFrom('campaign_messages as m')
        .innerJoin('campaigns as c', 'c.id', 'm.campaign_id')
        .innerJoin('mail_outgoing as o', 'o.id', 'm.outgoing_id')
        .select(['c.id', 'c.name', 'm.queued_at', 'o.status'])
        .select((eb) => [
          eb
            .exists(
              eb
                .selectFrom('campaign_events as e')
                .select('e.id')
                .whereRef('e.message_id', '=', 'm.id'),
            )
            .as('opened'),
          eb
            .exists(
              eb
                .selectFrom('campaign_events as e')
                .select('e.id')
                .whereRef('e.message_id', '=', 'm.id')
                .where('e.kind', '=', 'clicked'),
            )
            .as('clicked'),
        ])
        .where('m.contact_id', '=', contactId)
        .orderBy('m.queued_at', 'desc')
        .execute();
      return rows.map((row) => ({
        campaignId: row.id,
        name: row.name,
        queuedAt: row.queued_at,
        status: row.status as OutgoingStatus,
        opened: Boolean(row.opened),
        clicked: Boolean(row.clicked),
      }));
    },
  };
}
