import type { LedgerRepository } from '../../app/contracts/index.js';
import type { Checkpoint } from '../../domain/hour-bank/index.js';
import type { Db } from '../database.js';
import { decodeEntry, encodeEntry } from './codec.js';

/** The append-only hour-bank ledger in PostgreSQL (never updated, never deleted) and its checkpoints. */
export function ledgerRepository(db: Db): LedgerRepository {
  const columns = ['id', 'type', 'on_date', 'body'] as const;
  return {
    async entries(contractId, types = 'all') {
      let query = db
        .selectFrom('ledger_entries')
        .select(columns)
        .where('contract_id', '=', contractId)
        .orderBy('id');
      if (types !== 'all') query = query.where('type', 'in', types);
      const rows = await query.execute();
      return rows.map(decodeEntry);
    },
    async replayInput(contractId, until) {
      // the checkpoint first: a period closed in between adds entries dated after it, never before
      const latest = await db
        .selectFrom('ledger_checkpoints')
        .select('state')
        .where('contract_id', '=', contractId)
        .where('from_date', '<=', until)
        .orderBy('from_date', 'desc')
        .limit(1)
        .executeTakeFirst();
      const checkpoint = (latest?.state ?? null) as Checkpoint | null;
      let query = db
        .selectFrom('ledger_entries')
        .select(columns)
        .where('contract_id', '=', contractId)
        .where('on_date', '<=', until)
        .orderBy('id');
      if (checkpoint) query = query.where('on_date', '>=', checkpoint.from);
      const rows = await query.execute();
      return { checkpoint, entries: rows.map(decodeEntry) };
    },
    async saveCheckpoint(contractId, checkpoint, at) {
      await db
        .insertInto('ledger_checkpoints')
        .values({
          contract_id: contractId,
          period_index: checkpoint.periodIndex,
          from_date: checkpoint.from,
          state: JSON.stringify(checkpoint),
          created_at: at,
        })
        .execute();
    },
    async append(contractId, entries, by, at) {
      if (entries.length === 0) return [];
      const rows = await db
        .insertInto('ledger_entries')
        .values(
          entries.map((entry) => ({
            ...encodeEntry(entry),
            contract_id: contractId,
            created_at: at,
            created_by: by,
          })),
        )
        .returning(columns)
        .execute();
      return rows.sort((a, b) => Number(a.id) - Number(b.id)).map(decodeEntry);
    },
  };
}
