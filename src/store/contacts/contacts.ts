/**
 * The contacts repository: contacts, their history, and what they did through the other modules
 * (the 360° view), found through the user a person signs in as.
 */
import { sql } from 'kysely';
import type { ContactActivity, ContactQuery, ContactRepository } from '../../app/contacts/index.js';
import type { Contact, TraceAction, TraceEntry } from '../../domain/contacts/index.js';
import type { AccountMeeting } from '../../domain/customer-success/index.js';
import type { Db } from '../database.js';
import { contactRow, isUuid, toContact } from './codec.js';

const none: ContactActivity = { tickets: [], messages: [], approvals: [], meetings: [] };

/** The customer-success meetings a contact was invited to, latest first. */
async function meetingsOf(db: Db, contactId: string): Promise<ContactActivity['meetings']> {
  if (!isUuid(contactId)) return [];
  const rows = await db
    .selectFrom('account_meeting_attendees as a')
    .innerJoin('account_meetings as m', 'm.id', 'a.meeting_id')
    .select(['m.id', 'm.contract_id', 'm.starts_at', 'm.record'])
    .where('a.contact_id', '=', contactId)
    .orderBy('m.starts_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((row) => {
    const record = row.record as Pick<AccountMeeting, 'kind' | 'status'>;
    return {
      meetingId: row.id,
      contractId: row.contract_id,
      kind: record.kind,
      start: row.starts_at,
      status: record.status,
    };
  });
}

/** Contacts and their trace over one database or transaction. */
export function contactRepository(db: Db): ContactRepository {
  return {
    async save(contact: Contact) {
      const row = contactRow(contact);
      await db
        .insertInto('contacts')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
    },

    async find(id) {
      if (!isUuid(id)) return undefined;
      const row = await db
        .selectFrom('contacts')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toContact(row);
    },

    async findByUser(userId) {
      if (!isUuid(userId)) return undefined;
      const row = await db
        .selectFrom('contacts')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && toContact(row);
    },

    async list(query: ContactQuery) {
      let select = db.selectFrom('contacts').selectAll();
      if (query.organisationId !== undefined) {
        if (!isUuid(query.organisationId)) return [];
        select = select.where('organisation_id', '=', query.organisationId);
      }
      const text = query.text?.trim();
      if (text) {
        const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        select = select.where((eb) =>
          eb.or([
            eb(sql`concat_ws(' ', given_name, family_name, name)`, 'ilike', like),
            eb('email', 'ilike', like),
          ]),
        );
      }
      const rows = await select
        .orderBy(sql`lower(coalesce(name, concat_ws(' ', given_name, family_name)))`)
        .orderBy('id')
        .limit(query.limit)
        .execute();
      return rows.map(toContact);
    },

    async appendTrace(entries) {
      await db
        .insertInto('contact_trace')
        .values(
          entries.map((entry) => ({
            id: entry.id,
            contact_id: entry.contactId,
            at: new Date(entry.at),
            actor_user_id: entry.actorId,
            action: entry.action,
            field: entry.field,
            old_value: entry.oldValue,
            new_value: entry.newValue,
            reason: entry.reason,
          })),
        )
        .execute();
    },

    async trace(contactId) {
      if (!isUuid(contactId)) return [];
      const rows = await db
        .selectFrom('contact_trace')
        .selectAll()
        .where('contact_id', '=', contactId)
        .orderBy('at')
        .orderBy('seq')
        .execute();
      return rows.map(
        (row): TraceEntry => ({
          contactId: row.contact_id,
          at: row.at.getTime(),
          actorId: row.actor_user_id,
          action: row.action as TraceAction,
          field: row.field,
          oldValue: row.old_value,
          newValue: row.new_value,
          reason: row.reason,
        }),
      );
    },

    async activity(contact) {
      const userId = contact.kind === 'person' ? contact.userId : null;
      const meetings = await meetingsOf(db, contact.id);
      if (userId === null) return { ...none, meetings };
      const tickets = await db
        .selectFrom('tickets')
        .select(['id', 'number', 'subject', 'status', 'sla_state', 'opened_at'])
        .where('requester_id', '=', userId)
        .orderBy('opened_at', 'desc')
        .limit(200)
        .execute();
      const messages = await db
        .selectFrom('ticket_messages')
        .select(['ticket_id', 'created_at', 'body'])
        .where('author_id', '=', userId)
        .orderBy('created_at', 'desc')
        .limit(200)
        .execute();
      const approvals = await db
        .selectFrom('ledger_entries')
        .select(['contract_id', 'on_date', 'type'])
        .where('created_by', '=', userId)
        .where('type', '=', 'approval')
        .orderBy('created_at', 'desc')
        .limit(200)
        .execute();
      return {
        tickets: tickets.map((t) => ({
          id: t.id,
          number: t.number,
          subject: t.subject,
          status: t.status,
          slaState: t.sla_state,
          openedAt: t.opened_at,
        })),
        messages: messages.map((m) => ({ ticketId: m.ticket_id, at: m.created_at, body: m.body })),
        approvals: approvals.map((a) => ({
          contractId: a.contract_id,
          onDate: String(a.on_date),
          type: a.type,
        })),
        meetings,
      };
    },
  };
}
