/**
 * The projects repository: each project whole as JSON (its budget as an exact decimal) with its
 * roadmap and RACI, beside its contract and the quote it comes from.
 */
import type { ProjectRecord, ProjectRepository } from '../../app/projects/index.js';
import type { Db } from '../database.js';
import { fromRecordJson, toRecordJson } from '../money-json.js';

/** A stored project; those saved before funding was kept have none. */
function recordOf(json: unknown): ProjectRecord {
  const record = fromRecordJson<Omit<ProjectRecord, 'funding'> & Partial<ProjectRecord>>(json);
  return { ...record, funding: record.funding ?? [] };
}

/** The projects over one database or transaction. */
export function projectRepository(db: Db): ProjectRepository {
  const projects = () => db.selectFrom('projects').select('record');
  return {
    async listByContract(contractId) {
      const rows = await projects()
        .where('contract_id', '=', contractId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((row) => recordOf(row.record));
    },
    async find(id) {
      const row = await projects().where('id', '=', id).executeTakeFirst();
      return row && recordOf(row.record);
    },
    async lock(id) {
      const row = await projects().where('id', '=', id).forUpdate().executeTakeFirst();
      return row && recordOf(row.record);
    },
    async save(saved, at) {
      const record = toRecordJson(saved);
      await db
        .insertInto('projects')
        .values({
          id: saved.project.id,
          contract_id: saved.project.contractId,
          quote_id: saved.project.quoteId,
          created_at: at,
          updated_at: at,
          record,
        })
        .onConflict((conflict) => conflict.column('id').doUpdateSet({ record, updated_at: at }))
        .execute();
    },
  };
}
