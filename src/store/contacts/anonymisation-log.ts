/** The anonymisation log's table over PostgreSQL or PGlite. */
import { sql } from 'kysely';
import type { AnonymisationLogRepository } from '../../app/contacts/index.js';
import type { AnonymisationLogEntry } from '../../domain/contacts/index.js';
import type { Db } from '../database.js';
import type { AnonymisationLogTable } from './tables.js';

const toEntry = (row: AnonymisationLogTable): AnonymisationLogEntry => ({
  sequence: row.sequence,
  contactId: row.contact_id,
  userId: row.user_id,
  pseudonym: row.pseudonym,
  at: row.at.getTime(),
  actorId: row.actor_id,
  basis: row.basis,
});

const toRow = (entry: AnonymisationLogEntry): AnonymisationLogTable => ({
  sequence: entry.sequence,
  contact_id: entry.contactId,
  user_id: entry.userId,
  pseudonym: entry.pseudonym,
  at: new Date(entry.at),
  actor_id: entry.actorId,
  basis: entry.basis,
});

/** The anonymisation log over one database or transaction (`append` needs a transaction). */
export function anonymisationLogRepository(db: Db): AnonymisationLogRepository {
  const last = async () => {
    const row = await db
      .selectFrom('anonymisation_log')
      .select((eb) => eb.fn.max('sequence').as('sequence'))
      .executeTakeFirst();
    return row?.sequence ?? 0;
  };
  // numbers stay contiguous: writers of the log take their numbers one at a time
  const lockedLast = async () => {
    await sql`lock table anonymisation_log in exclusive mode`.execute(db);
    return last();
  };
  return {
    last,
    async append(entry) {
      const logged = { ...entry, sequence: (await lockedLast()) + 1 };
      await db.insertInto('anonymisation_log').values(toRow(logged)).execute();
      return logged;
    },
    async putBack(entry) {
      if ((await lockedLast()) !== entry.sequence - 1) return false;
      await db.insertInto('anonymisation_log').values(toRow(entry)).execute();
      return true;
    },
    async after(sequence) {
      const rows = await db
        .selectFrom('anonymisation_log')
        .selectAll()
        .where('sequence', '>', sequence)
        .orderBy('sequence')
        .execute();
      return rows.map(toEntry);
    },
  };
}
