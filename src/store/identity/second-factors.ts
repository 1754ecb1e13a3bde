import type { SecondFactorRepository } from '../../app/identity/index.js';
import type { Db } from '../database.js';

/** TOTP secrets and recovery codes in PostgreSQL; a step or a code is used up by one conditional update. */
export function secondFactorRepository(db: Db): SecondFactorRepository {
  return {
    async find(userId) {
      const row = await db
        .selectFrom('second_factors')
        .select(['secret_sealed', 'confirmed_at', 'last_step'])
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        secretSealed: row.secret_sealed,
        confirmedAt: row.confirmed_at,
        lastStep: row.last_step === null ? null : Number(row.last_step),
      };
    },
    async begin(userId, secretSealed, at) {
      await db
        .insertInto('second_factors')
        .values({ user_id: userId, secret_sealed: secretSealed, created_at: at })
        .onConflict((oc) =>
          oc.column('user_id').doUpdateSet({
            secret_sealed: secretSealed,
            created_at: at,
            confirmed_at: null,
            last_step: null,
          }),
        )
        .execute();
    },
    async confirm(userId, step, codeHashes, at) {
      await db
        .updateTable('second_factors')
        .set({ confirmed_at: at, last_step: step })
        .where('user_id', '=', userId)
        .execute();
      await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
      await db
        .insertInto('recovery_codes')
        .values(codeHashes.map((code_hash) => ({ user_id: userId, code_hash })))
        .execute();
    },
    async spendStep(userId, step) {
      const row = await db
        .updateTable('second_factors')
        .set({ last_step: step })
        .where('user_id', '=', userId)
        .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', String(step))]))
        .returning('user_id')
        .executeTakeFirst();
      return row !== undefined;
    },
    async spendRecoveryCode(userId, codeHash, at) {
      const row = await db
        .updateTable('recovery_codes')
        .set({ used_at: at })
        .where('user_id', '=', userId)
        .where('code_hash', '=', codeHash)
        .where('used_at', 'is', null)
        .returning('user_id')
        .executeTakeFirst();
      return row !== undefined;
    },
    async recoveryCodesLeft(userId) {
      const row = await db
        .selectFrom('recovery_codes')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async remove(userId) {
      await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
      await db.deleteFrom('second_factors').where('user_id', '=', userId).execute();
    },
  };
}
