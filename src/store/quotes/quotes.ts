/**
 * The quotes repository: each quote whole as JSON (amounts as exact decimals), written only here
 * from values the domain built, beside its contract and the ticket it comes from.
 */
import type { QuoteRepository } from '../../app/quotes/index.js';
import type { Quote } from '../../domain/quotes/index.js';
import type { Db } from '../database.js';
import { fromRecordJson, toRecordJson } from '../money-json.js';

/** The quotes over one database or transaction. */
export function quoteRepository(db: Db): QuoteRepository {
  const quotes = () => db.selectFrom('quotes').select('record');
  const many = async (query: ReturnType<typeof quotes>) =>
    (await query.orderBy('created_at').orderBy('id').execute()).map((row) =>
      fromRecordJson<Quote>(row.record),
    );
  return {
    listByContract: (contractId) => many(quotes().where('contract_id', '=', contractId)),
    listByTicket: (ticketId) => many(quotes().where('ticket_id', '=', ticketId)),
    async find(id) {
      const row = await quotes().where('id', '=', id).executeTakeFirst();
      return row && fromRecordJson<Quote>(row.record);
    },
    async lock(id) {
      const row = await quotes().where('id', '=', id).forUpdate().executeTakeFirst();
      return row && fromRecordJson<Quote>(row.record);
    },
    async save(quote, by, at) {
      const record = toRecordJson(quote);
      await db
        .insertInto('quotes')
        .values({
          id: quote.id,
          contract_id: quote.contractId,
          ticket_id: quote.origin.kind === 'ticket' ? quote.origin.ticketId : null,
          created_by: by,
          created_at: at,
          updated_at: at,
          record,
        })
        .onConflict((conflict) => conflict.column('id').doUpdateSet({ record, updated_at: at }))
        .execute();
    },
  };
}
