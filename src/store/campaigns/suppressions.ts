/** Addresses suppressed for campaign mail after bounces (`campaign_suppressions`). */
import type { Selectable } from 'kysely';
import type { SuppressionRecord, SuppressionRepository } from '../../app/campaigns/index.js';
import { isUuid } from '../contacts/codec.js';
import type { Db } from '../database.js';
import type { CampaignSuppressionsTable } from './tables.js';

function toRecord(row: Selectable<CampaignSuppressionsTable>): SuppressionRecord {
  return {
    address: row.address,
    contactId: row.contact_id,
    reason: row.reason,
    status: row.status,
    campaignId: row.campaign_id,
    suppressedAt: row.suppressed_at,
    liftedAt: row.lifted_at,
    liftedBy: row.lifted_by,
  };
}

/** Suppressions over one database or transaction. */
export function suppressionRepository(db: Db): SuppressionRepository {
  return {
    async suppress(rows) {
      for (const s of rows) {
        const row = {
          contact_id: s.contactId,
          reason: s.reason,
          status: s.status,
          campaign_id: s.campaignId,
          suppressed_at: s.suppressedAt,
          lifted_at: null,
          lifted_by: null,
        };
        await db
          .insertInto('campaign_suppressions')
          .values({ address: s.address.toLowerCase(), ...row })
          .onConflict((oc) => oc.column('address').doUpdateSet(row))
          .execute();
      }
    },
    async lift(address, by, at) {
      const lifted = await db
        .updateTable('campaign_suppressions')
        .set({ lifted_at: at, lifted_by: by })
        .where('address', '=', address.toLowerCase())
        .where('lifted_at', 'is', null)
        .executeTakeFirst();
      return Number(lifted.numUpdatedRows) > 0;
    },
    async ofContact(contactId) {
      if (!isUuid(contactId)) return [];
      const rows = await db
        .selectFrom('campaign_suppressions')
        .selectAll()
        .where('contact_id', '=', contactId)
        .orderBy('suppressed_at', 'desc')
        .execute();
      return rows.map(toRecord);
    },
    async ofAddress(address) {
      const row = await db
        .selectFrom('campaign_suppressions')
        .selectAll()
        .where('address', '=', address.toLowerCase())
        .executeTakeFirst();
      return row && toRecord(row);
    },
  };
}
