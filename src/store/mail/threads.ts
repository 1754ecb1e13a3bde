import type { MailDirectory, MailThreadRepository } from '../../app/mail/index.js';
import type { Db } from '../database.js';

/** The marks that thread a ticket's mail, in PostgreSQL. */
export function mailThreadRepository(db: Db): MailThreadRepository {
  return {
    async ensureToken(ticketId, token) {
      await db
        .insertInto('mail_threads')
        .values({ ticket_id: ticketId, token })
        .onConflict((oc) => oc.column('ticket_id').doNothing())
        .execute();
      const row = await db
        .selectFrom('mail_threads')
        .select('token')
        .where('ticket_id', '=', ticketId)
        .executeTakeFirstOrThrow();
      return row.token;
    },
    async ticketByToken(token) {
      const row = await db
        .selectFrom('mail_threads')
        .select('ticket_id')
        .where('token', '=', token)
        .executeTakeFirst();
      return row?.ticket_id;
    },
    async ticketByNumber(ticketNumber) {
      const row = await db
        .selectFrom('tickets')
        .select('id')
        .where('number', '=', String(ticketNumber))
        .executeTakeFirst();
      return row?.id;
    },
    async ticketByMessageId(messageId) {
      const row = await db
        .selectFrom('mail_thread_ids')
        .select('ticket_id')
        .where('message_id', '=', messageId)
        .executeTakeFirst();
      return row?.ticket_id;
    },
    async rememberMessageId(messageId, ticketId) {
      await db
        .insertInto('mail_thread_ids')
        .values({ message_id: messageId, ticket_id: ticketId })
        .onConflict((oc) => oc.column('message_id').doNothing())
        .execute();
    },
  };
}

/** Who may report on which contract, read from the contracts' requester lists. */
export function mailDirectory(db: Db): MailDirectory {
  return {
    async requesterContracts(userId) {
      const rows = await db
        .selectFrom('contract_requesters')
        .select('contract_id')
        .where('user_id', '=', userId)
        .orderBy('contract_id')
        .execute();
      return rows.map((row) => row.contract_id);
    },
  };
}
