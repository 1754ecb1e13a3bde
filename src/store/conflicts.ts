/**
 * Unique-constraint violations mapped once, for every query of every repository: two requests
 * saving one name at once both pass their "does it exist?" check, and the database refuses the
 * second insert; that refusal is a `conflict` naming the field, never a 500.
 */
import {
  type CompiledQuery,
  type DatabaseConnection,
  PostgresDialect,
  PostgresDriver,
} from 'kysely';
import { DomainError } from '../domain/errors.js';

/** The input field each unique constraint or index guards (its error names that field). */
const fieldOfConstraint: Readonly<Record<string, string>> = {
  calendars_name_key: 'name',
  plans_name_key: 'name',
  users_email: 'email',
};

/** PostgreSQL's SQLSTATE for a unique violation. */
const uniqueViolation = '23505';

/** The conflict a unique constraint's refusal stands for, naming the field it guards. */
export function conflictOfConstraint(constraint: unknown): DomainError {
  const field = typeof constraint === 'string' ? fieldOfConstraint[constraint] : undefined;
  const what = field ? `this ${field}` : 'this record';
  return new DomainError('conflict', `${what} is already taken`, field);
}

/** The DomainError a database error stands for, or the error itself. */
export function mapDatabaseError(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === uniqueViolation ? conflictOfConstraint(constraint) : error;
}

const mapped = new WeakSet<DatabaseConnection>();

/** The Postgres driver whose connections map their errors (see {@link mapDatabaseError}). */
class ConflictMappingDriver extends PostgresDriver {
  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    if (!mapped.has(connection)) {
      const execute = connection.executeQuery.bind(connection);
      connection.executeQuery = <R>(query: CompiledQuery) =>
        execute<R>(query).catch((error: unknown) => {
          throw mapDatabaseError(error);
        });
      mapped.add(connection);
    }
    return connection;
  }
}

/** Kysely's PostgreSQL dialect with unique violations mapped to conflicts. */
export class ConflictMappingDialect extends PostgresDialect {
  constructor(private readonly settings: ConstructorParameters<typeof PostgresDialect>[0]) {
    super(settings);
  }

  override createDriver(): PostgresDriver {
    return new ConflictMappingDriver(this.settings);
  }
}
