import { type Kysely, sql } from 'kysely';

/**
 * A ticket's stored SLA state is read as of the moment it is read (issue 10: the stored state and
 * the answered one never disagree): beside the state and the due instant of its running clocks,
 * the instant they turn at risk and the due instant of a running first-response clock (so the
 * compliance report counts a missed first response at once). The compliance index covers the new
 * column, so the report stays an index-only scan. Tickets with a running clock are due for the
 * watcher at once, which stores their new instants.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('tickets')
    .addColumn('sla_at_risk_at', 'timestamptz')
    .addColumn('first_response_due_at', 'timestamptz')
    .execute();
  await db.schema.dropIndex('tickets_contract_compliance').execute();
  await sql`create index tickets_contract_compliance on tickets (contract_id, opened_at) include (criticality, first_response_outcome, first_response_due_at)`.execute(
    db,
  );
  await sql`update tickets set next_check_at = now() where sla_state in ('running', 'at_risk')`.execute(
    db,
  );
}

/** Restores the index of migration 0005 and drops the instants. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('tickets_contract_compliance').execute();
  await sql`create index tickets_contract_compliance on tickets (contract_id, opened_at) include (criticality, first_response_outcome)`.execute(
    db,
  );
  await db.schema
    .alterTable('tickets')
    .dropColumn('sla_at_risk_at')
    .dropColumn('first_response_due_at')
    .execute();
}
