import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migrateToLatest } from '../../src/store/migrate.js';
import { describeEachEngine } from '../support/engines.js';

describeEachEngine('database', (database) => {
  it('answers a ping', async () => {
    expect(await database().handle.ping()).toBe(true);
  });

  it('re-running migrations is a no-op', async () => {
    expect(await migrateToLatest(database().handle.db)).toEqual([]);
  });

  it('a failed transaction leaves nothing half-written', async () => {
    const { db } = database().handle;
    await sql`create table scratch (id int primary key)`.execute(db);
    const attempt = db.transaction().execute(async (trx) => {
      await sql`insert into scratch values (1)`.execute(trx);
      await sql`insert into scratch values (1)`.execute(trx);
    });
    await expect(attempt).rejects.toMatchObject({ code: 'conflict' }); // a unique violation, mapped once
    const rows = await sql<{ n: string }>`select count(*) as n from scratch`.execute(db);
    expect(rows.rows[0]?.n).toBe('0');
  });
});
