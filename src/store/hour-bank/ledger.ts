import type { LedgerRepository } from '../../app/contracts/index.js';
import type { Db } from '../database.js';
import { decodeEntry, encodeEntry } from './codec.js';

/** The append-only hour-bank ledger in PostgreSQL (never updated, never deleted). */
export function ledgerRepository(db: Db): LedgerRepository {
  return {
    async entries(contractId, types = 'all') {
      let query = db
        .selectFrom('ledger_entries')
        .select(['id', 'type', 'on_date', 'body'])
        .where('contract_id', '=', contractId)
        .orderBy('id');
      if (types !== 'all') query = query.where('type', 'in', types);
      const rows = await query.execute();
      return rows.map(decodeEntry);
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
        .returning(['id', 'type', 'on_date', 'body'])
        .execute();
      return rows.sort((a, b) => Number(a.id) - Number(b.id)).map(decodeEntry);
    },
  };
}
