/**
 * Consent histories, and every contact as a segment rule reads it (role, plans, recent tickets,
 * consents), loaded in four queries however many contacts there are.
 */
import type { ConsentRepository, SegmentSubjects } from '../../app/communications/index.js';
import type { ConsentEvent, SegmentSubject } from '../../domain/communications/index.js';
import type { Role } from '../../domain/identity/roles.js';
import { isUuid, toContact } from '../contacts/codec.js';
import type { ConsentEventsTable } from '../contacts/tables.js';
import type { Db } from '../database.js';

function toEvent(row: ConsentEventsTable): ConsentEvent {
  return {
    contactId: row.contact_id,
    channel: row.channel as ConsentEvent['channel'],
    purpose: row.purpose as ConsentEvent['purpose'],
    state: row.state,
    source: row.source as ConsentEvent['source'],
    at: row.at.getTime(),
    evidence: row.evidence,
  };
}

/** Consent events over one database or transaction. */
export function consentRepository(db: Db): ConsentRepository {
  return {
    async append(event) {
      await db
        .insertInto('consent_events')
        .values({
          id: event.id,
          contact_id: event.contactId,
          channel: event.channel,
          purpose: event.purpose,
          state: event.state,
          source: event.source,
          at: new Date(event.at),
          evidence: event.evidence,
        })
        .execute();
    },
    async history(contactId) {
      if (!isUuid(contactId)) return [];
      const rows = await db
        .selectFrom('consent_events')
        .selectAll()
        .where('contact_id', '=', contactId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map(toEvent);
    },
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** Every contact with what segment rules read about it. */
export function segmentSubjects(db: Db): SegmentSubjects {
  return {
    async all() {
      const contacts = await db
        .selectFrom('contacts')
        .leftJoin('users', 'users.id', 'contacts.user_id')
        .selectAll('contacts')
        .select('users.role as role')
        .execute();
      const plans = await db
        .selectFrom('contracts')
        .select(['client_id', 'plan_id'])
        .where('plan_id', 'is not', null)
        .execute();
      const tickets = await db
        .selectFrom('tickets')
        .select(['requester_id', 'opened_at'])
        .execute();
      const consents = await db.selectFrom('consent_events').selectAll().orderBy('at').execute();
      const suppressed = new Set(
        (
          await db
            .selectFrom('campaign_suppressions')
            .select('address')
            .where('lifted_at', 'is', null)
            .execute()
        ).map((row) => row.address),
      );
      const plansOf = groupBy(plans, (p) => p.client_id);
      const ticketsOf = groupBy(tickets, (t) => t.requester_id);
      const consentsOf = groupBy(consents, (c) => c.contact_id);
      return contacts.map(
        (row): SegmentSubject => ({
          contact: toContact(row),
          role: (row.role as Role | null) ?? null,
          planIds: (row.organisation_id === null
            ? []
            : (plansOf.get(row.organisation_id) ?? [])
          ).map((p) => p.plan_id ?? ''),
          ticketsOpenedAt:
            row.user_id === null
              ? []
              : (ticketsOf.get(row.user_id) ?? []).map((t) => t.opened_at.getTime()),
          consents: (consentsOf.get(row.id) ?? []).map(toEvent),
          // a hard bounce suppresses the address until an administrator lifts it
          suppressed: row.email !== null && suppressed.has(row.email.trim().toLowerCase()),
        }),
      );
    },
  };
}
