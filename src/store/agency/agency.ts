/**
 * The agency module's repository. Each record keeps its domain value whole as JSON (instants as
 * epoch ms), written only here from values the domain built, beside the columns it is ordered,
 * located or looked up by; the account's people are rows of their own, found by user.
 */
import type { Selectable } from 'kysely';
import type {
  AccountPerson,
  AgencyAccount,
  AgencyRepository,
  FeedToken,
  RecordedFact,
} from '../../app/agency/index.js';
import type {
  Activity,
  Ceremony,
  Deliverable,
  Impasse,
  RequiredInput,
} from '../../domain/agency/index.js';
import type { Db } from '../database.js';
import type { AgencyAccountsTable, AgencyFeedTokensTable } from './tables.js';
import { userFeedTokenRepository } from './user-feeds.js';

/** A JSON column this repository wrote from a domain value of type `T`. */
function stored<T>(value: unknown): T {
  return value as T;
}

function toFeedToken(row: Selectable<AgencyFeedTokensTable>): FeedToken {
  return {
    id: row.id,
    contractId: row.contract_id,
    createdAt: row.created_at.getTime(),
    revokedAt: row.revoked_at?.getTime() ?? null,
  };
}

/** The agency records over one database or transaction. */
export function agencyRepository(db: Db): AgencyRepository {
  const people = async (contractId: string): Promise<AccountPerson[]> =>
    (
      await db
        .selectFrom('agency_people')
        .selectAll()
        .where('contract_id', '=', contractId)
        .orderBy('side')
        .orderBy('role')
        .orderBy('user_id')
        .execute()
    ).map((row) => ({
      personId: row.user_id,
      side: row.side,
      role: row.role,
      availabilityPercent: row.availability_percent,
    }));
  const toAccount = async (row: Selectable<AgencyAccountsTable>): Promise<AgencyAccount> => ({
    contractId: row.contract_id,
    operationStart: row.operation_start,
    sprintBusinessDays: row.sprint_business_days,
    preferredTime: row.preferred_time,
    paidMedia: row.paid_media,
    people: await people(row.contract_id),
    checklist: stored<RequiredInput[]>(row.checklist),
  });
  const account = () => db.selectFrom('agency_accounts').selectAll();
  const records = async <T>(
    table: 'agency_ceremonies' | 'agency_activities' | 'agency_deliverables' | 'agency_impasses',
    order: 'starts_at' | 'suggested_at' | 'due_at' | 'declared_at',
    contractId: string,
  ): Promise<T[]> => {
    const rows = await db
      .selectFrom(table)
      .select('record')
      .where('contract_id', '=', contractId)
      .orderBy(order)
      .orderBy('id')
      .execute();
    return rows.map((row) => stored<T>(row.record));
  };
  return {
    ...userFeedTokenRepository(db),
    async accountIds() {
      const rows = await account().select('contract_id').orderBy('contract_id').execute();
      return rows.map((row) => row.contract_id);
    },
    async findAccount(contractId) {
      const row = await account().where('contract_id', '=', contractId).executeTakeFirst();
      return row && toAccount(row);
    },
    async lockAccount(contractId) {
      const row = await account()
        .where('contract_id', '=', contractId)
        .forUpdate()
        .executeTakeFirst();
      return row && toAccount(row);
    },
    async saveAccount(saved, by, at) {
      const row = {
        operation_start: saved.operationStart,
        sprint_business_days: saved.sprintBusinessDays,
        preferred_time: saved.preferredTime,
        paid_media: saved.paidMedia,
        checklist: JSON.stringify(saved.checklist),
        configured_by: by,
        updated_at: at,
      };
      await db
        .insertInto('agency_accounts')
        .values({ contract_id: saved.contractId, ...row })
        .onConflict((conflict) => conflict.column('contract_id').doUpdateSet(row))
        .execute();
      await db.deleteFrom('agency_people').where('contract_id', '=', saved.contractId).execute();
      if (saved.people.length > 0) {
        await db
          .insertInto('agency_people')
          .values(
            saved.people.map((person) => ({
              contract_id: saved.contractId,
              user_id: person.personId,
              side: person.side,
              role: person.role,
              availability_percent: person.availabilityPercent,
            })),
          )
          .execute();
      }
    },
    ceremonies: (contractId) => records<Ceremony>('agency_ceremonies', 'starts_at', contractId),
    async saveCeremonies(contractId, ceremonies) {
      for (const ceremony of ceremonies) {
        const row = { starts_at: new Date(ceremony.slot.start), record: JSON.stringify(ceremony) };
        await db
          .insertInto('agency_ceremonies')
          .values({ contract_id: contractId, id: ceremony.key, ...row })
          .onConflict((conflict) => conflict.columns(['contract_id', 'id']).doUpdateSet(row))
          .execute();
      }
    },
    activities: (contractId) => records<Activity>('agency_activities', 'suggested_at', contractId),
    async saveActivity(contractId, activity) {
      const row = {
        suggested_at: new Date(activity.suggestedAt),
        suggested_by: activity.suggestedBy,
        record: JSON.stringify(activity),
      };
      await db
        .insertInto('agency_activities')
        .values({ contract_id: contractId, id: activity.id, ...row })
        .onConflict((conflict) => conflict.columns(['contract_id', 'id']).doUpdateSet(row))
        .execute();
    },
    deliverables: (contractId) => records<Deliverable>('agency_deliverables', 'due_at', contractId),
    async saveDeliverables(contractId, deliverables) {
      for (const deliverable of deliverables) {
        const row = {
          due_at: new Date(deliverable.due),
          owned_by: deliverable.ownerId,
          record: JSON.stringify(deliverable),
        };
        await db
          .insertInto('agency_deliverables')
          .values({ contract_id: contractId, id: deliverable.id, ...row })
          .onConflict((conflict) => conflict.columns(['contract_id', 'id']).doUpdateSet(row))
          .execute();
      }
    },
    async facts(contractId) {
      const rows = await db
        .selectFrom('agency_facts')
        .select(['id', 'record', 'recorded_by'])
        .where('contract_id', '=', contractId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        fact: stored<RecordedFact['fact']>(row.record),
        recordedBy: row.recorded_by,
      }));
    },
    async addFacts(contractId, facts) {
      if (facts.length === 0) return;
      await db
        .insertInto('agency_facts')
        .values(
          facts.map((recorded) => ({
            id: recorded.id,
            contract_id: contractId,
            at: new Date(recorded.fact.at),
            recorded_by: recorded.recordedBy,
            record: JSON.stringify(recorded.fact),
          })),
        )
        .execute();
    },
    impasses: (contractId) => records<Impasse>('agency_impasses', 'declared_at', contractId),
    async saveImpasse(contractId, impasse) {
      const row = {
        declared_at: new Date(impasse.declaredAt),
        declared_by: impasse.declaredBy,
        record: JSON.stringify(impasse),
      };
      await db
        .insertInto('agency_impasses')
        .values({ contract_id: contractId, id: impasse.id, ...row })
        .onConflict((conflict) => conflict.columns(['contract_id', 'id']).doUpdateSet(row))
        .execute();
    },
    async addFeedToken(token, tokenHash, by) {
      await db
        .insertInto('contract_feed_tokens')
        .values({
          id: token.id,
          contract_id: token.contractId,
          token_hash: tokenHash,
          created_by: by,
          created_at: new Date(token.createdAt),
          revoked_at: null,
        })
        .execute();
    },
    async revokeFeedTokens(contractId, at) {
      const result = await db
        .updateTable('contract_feed_tokens')
        .set({ revoked_at: at })
        .where('contract_id', '=', contractId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async findFeedToken(tokenHash) {
      const row = await db
        .selectFrom('contract_feed_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row && toFeedToken(row);
    },
  };
}
