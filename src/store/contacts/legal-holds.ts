/** Legal holds over PostgreSQL or PGlite. */
import { sql } from 'kysely';
import type { LegalHoldRepository } from '../../app/contacts/index.js';
import type { LegalHold } from '../../domain/contacts/index.js';
import type { Db } from '../database.js';
import { isUuid } from './codec.js';
import type { LegalHoldsTable } from './tables.js';

function toHold(row: LegalHoldsTable): LegalHold {
  return {
    id: row.id,
    target:
      row.contact_id !== null
        ? { contactId: row.contact_id }
        : { contractId: row.contract_id ?? '' },
    reason: row.reason,
    placedBy: row.placed_by,
    placedAt: row.placed_at.getTime(),
    lifted:
      row.lifted_at === null
        ? null
        : { by: row.lifted_by, at: row.lifted_at.getTime(), reason: row.lift_reason ?? '' },
  };
}

/** The legal holds over one database or transaction. */
export function legalHoldRepository(db: Db): LegalHoldRepository {
  return {
    async save(hold) {
      const row = {
        id: hold.id,
        contact_id: 'contactId' in hold.target ? hold.target.contactId : null,
        contract_id: 'contractId' in hold.target ? hold.target.contractId : null,
        reason: hold.reason,
        placed_by: hold.placedBy,
        placed_at: new Date(hold.placedAt),
        lifted_by: hold.lifted?.by ?? null,
        lifted_at: hold.lifted ? new Date(hold.lifted.at) : null,
        lift_reason: hold.lifted?.reason ?? null,
      };
      await db
        .insertInto('legal_holds')
        .values(row)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({
            lifted_by: row.lifted_by,
            lifted_at: row.lifted_at,
            lift_reason: row.lift_reason,
          }),
        )
        .execute();
    },
    async find(id) {
      if (!isUuid(id)) return undefined;
      const row = await db
        .selectFrom('legal_holds')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toHold(row);
    },
    async list() {
      const rows = await db
        .selectFrom('legal_holds')
        .selectAll()
        .orderBy(sql`lifted_at is null`, 'desc')
        .orderBy('placed_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toHold);
    },
    async keeping(subject) {
      if (!isUuid(subject.contactId)) return [];
      const userId = subject.userId !== null && isUuid(subject.userId) ? subject.userId : null;
      const rows = await db
        .selectFrom('legal_holds')
        .selectAll()
        .where('lifted_at', 'is', null)
        .where((eb) =>
          eb.or([
            eb('contact_id', '=', subject.contactId),
            ...(userId === null
              ? []
              : [
                  eb(
                    'contract_id',
                    'in',
                    eb
                      .selectFrom('tickets')
                      .select('contract_id')
                      .where('requester_id', '=', userId),
                  ),
                ]),
          ]),
        )
        .orderBy('placed_at')
        .orderBy('id')
        .execute();
      return rows.map(toHold);
    },
  };
}
