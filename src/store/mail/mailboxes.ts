import type { Selectable } from 'kysely';
import type { MailboxRecord, MailboxRepository } from '../../app/mail/index.js';
import type { Db } from '../database.js';
import type { MailMailboxesTable } from './tables.js';

function toRecord(row: Selectable<MailMailboxesTable>): MailboxRecord {
  return {
    id: row.id,
    name: row.name,
    host: row.host,
    port: row.port,
    secure: row.secure,
    username: row.username,
    sealedPassword: row.sealed_password,
    folder: row.folder,
    afterAccept:
      row.after_accept === 'move' && row.move_to !== null
        ? { kind: 'move', to: row.move_to }
        : { kind: 'flag' },
    active: row.active,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastPolledAt: row.last_polled_at,
    lastAccepted: row.last_accepted,
    lastError: row.last_error,
  };
}

function settingsOf(record: Omit<MailboxRecord, 'lastPolledAt' | 'lastAccepted' | 'lastError'>) {
  return {
    name: record.name,
    host: record.host,
    port: record.port,
    secure: record.secure,
    username: record.username,
    sealed_password: record.sealedPassword,
    folder: record.folder,
    after_accept: record.afterAccept.kind,
    move_to: record.afterAccept.kind === 'move' ? record.afterAccept.to : null,
    active: record.active,
    updated_at: record.updatedAt,
  };
}

/** The desk's IMAP mailboxes, in PostgreSQL. */
export function mailboxRepository(db: Db): MailboxRepository {
  return {
    async list() {
      const rows = await db
        .selectFrom('mail_mailboxes')
        .selectAll()
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toRecord);
    },
    async find(id) {
      const row = await db
        .selectFrom('mail_mailboxes')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async insert(record) {
      await db
        .insertInto('mail_mailboxes')
        .values({
          id: record.id,
          ...settingsOf(record),
          created_at: record.createdAt,
          last_polled_at: record.lastPolledAt,
          last_accepted: record.lastAccepted,
          last_error: record.lastError,
        })
        .execute();
    },
    async update(record) {
      const result = await db
        .updateTable('mail_mailboxes')
        .set(settingsOf(record))
        .where('id', '=', record.id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async remove(id) {
      const result = await db.deleteFrom('mail_mailboxes').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
    async recordPoll(id, poll) {
      await db
        .updateTable('mail_mailboxes')
        .set({ last_polled_at: poll.at, last_accepted: poll.accepted, last_error: poll.error })
        .where('id', '=', id)
        .execute();
    },
  };
}
