import { type Selectable, sql } from 'kysely';
import type { User, UserRepository } from '../../app/identity/index.js';
import type { Role } from '../../domain/identity/roles.js';
import type { Db } from '../database.js';
import type { UsersTable } from './tables.js';

/** A user row as the app sees it (without the password hash). */
export function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    role: row.role as Role,
    active: row.active,
    hasLogin: row.password_hash !== null,
    createdAt: row.created_at,
  };
}

/** Users in PostgreSQL; emails are unique case-insensitively. */
export function userRepository(db: Db): UserRepository {
  return {
    async create(input) {
      const row = await db
        .insertInto('users')
        .values({
          id: input.id,
          organisation_id: input.organisationId,
          email: input.email,
          name: input.name,
          locale: input.locale,
          role: input.role,
          password_hash: input.passwordHash,
          created_at: input.createdAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toUser(row);
    },
    async findById(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },
    async findByEmail(email) {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where(sql`lower(email)`, '=', email.toLowerCase())
        .executeTakeFirst();
      return row && { ...toUser(row), passwordHash: row.password_hash };
    },
    async list(organisationIds) {
      if (organisationIds && organisationIds.length === 0) return [];
      let query = db.selectFrom('users').selectAll().orderBy('name').orderBy('id');
      if (organisationIds) query = query.where('organisation_id', 'in', organisationIds);
      return (await query.execute()).map(toUser);
    },
    async update(id, changes) {
      const row = await db
        .updateTable('users')
        .set(changes)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toUser(row);
    },
    async setPasswordHash(id, passwordHash) {
      await db
        .updateTable('users')
        .set({ password_hash: passwordHash })
        .where('id', '=', id)
        .execute();
    },
  };
}
