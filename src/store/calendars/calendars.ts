import type { Selectable } from 'kysely';
import type { CalendarRepository, StoredCalendar } from '../../app/calendars/index.js';
import type { CalendarSpec } from '../../domain/calendar/spec.js';
import type { Db } from '../database.js';
import type { CalendarsTable } from '../schema.js';

function toCalendar(row: Selectable<CalendarsTable>): StoredCalendar {
  return {
    id: row.id,
    name: row.name,
    spec: row.spec as CalendarSpec,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Named calendars in PostgreSQL (the spec as jsonb). */
export function calendarRepository(db: Db): CalendarRepository {
  return {
    async create(input) {
      const row = await db
        .insertInto('calendars')
        .values({
          id: input.id,
          name: input.name,
          spec: JSON.stringify(input.spec),
          created_at: input.at,
          updated_at: input.at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toCalendar(row);
    },
    async update(id, input) {
      const row = await db
        .updateTable('calendars')
        .set({ name: input.name, spec: JSON.stringify(input.spec), updated_at: input.at })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toCalendar(row);
    },
    async findById(id) {
      const row = await db
        .selectFrom('calendars')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toCalendar(row);
    },
    async findByName(name) {
      const row = await db
        .selectFrom('calendars')
        .selectAll()
        .where('name', '=', name)
        .executeTakeFirst();
      return row && toCalendar(row);
    },
    async list() {
      return (await db.selectFrom('calendars').selectAll().orderBy('name').execute()).map(
        toCalendar,
      );
    },
  };
}
