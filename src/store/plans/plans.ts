import type { Selectable } from 'kysely';
import type { PlanRepository, StoredPlan } from '../../app/plans/index.js';
import { decodePlan, encodePlan } from '../contracts/codec.js';
import type { Db } from '../database.js';
import type { PlansTable } from '../schema.js';

function toPlan(row: Selectable<PlansTable>): StoredPlan {
  return {
    id: row.id,
    name: row.name,
    presetId: row.preset_id,
    params: decodePlan(row.params),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The plan catalogue in PostgreSQL. */
export function planRepository(db: Db): PlanRepository {
  return {
    async create(input) {
      const row = await db
        .insertInto('plans')
        .values({
          id: input.id,
          name: input.name,
          preset_id: input.presetId,
          params: encodePlan(input.params),
          created_at: input.at,
          updated_at: input.at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toPlan(row);
    },
    async update(id, input) {
      const row = await db
        .updateTable('plans')
        .set({ name: input.name, params: encodePlan(input.params), updated_at: input.at })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toPlan(row);
    },
    async findById(id) {
      const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toPlan(row);
    },
    async findByName(name) {
      const row = await db
        .selectFrom('plans')
        .selectAll()
        .where('name', '=', name)
        .executeTakeFirst();
      return row && toPlan(row);
    },
    async list() {
      return (await db.selectFrom('plans').selectAll().orderBy('name').execute()).map(toPlan);
    },
  };
}
