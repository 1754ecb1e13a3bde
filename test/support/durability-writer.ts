// Child process for the crash test: writes rows one committed transaction at a time and reports
// each id only after its commit returned, until it is killed.
import { sql } from 'kysely';
import { openEmbedded } from '../../src/store/database.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: durability-writer <dataDir>');
const database = await openEmbedded(dataDir);
await sql`create table if not exists crash_probe (id int primary key, note text not null)`.execute(
  database.db,
);
for (let id = 1; ; id++) {
  await database.db.transaction().execute(async (trx) => {
    await sql`insert into crash_probe values (${id}, ${`row ${id}`})`.execute(trx);
  });
  process.stdout.write(`committed ${id}\n`);
}
