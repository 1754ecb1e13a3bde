/** Contacts as the API shows them. */
import type { z } from 'zod';
import type { ContactExport, ContactView } from '../../../app/contacts/index.js';
import {
  type Contact,
  displayName,
  flattenContact,
  type TraceEntry,
} from '../../../domain/contacts/index.js';
import type { contactView } from './schema.js';

/** A contact, both kinds in one shape. */
export function presentContact(contact: Contact): z.infer<typeof contactView> {
  return { ...flattenContact(contact), displayName: displayName(contact) };
}

/** A history line, its instant in ISO 8601. */
export function presentTrace({ contactId: _contactId, at, ...entry }: TraceEntry) {
  return { ...entry, at: new Date(at).toISOString() };
}

/** An access export, as the JSON file the data subject receives. */
export function presentExport(exported: ContactExport) {
  return {
    contact: presentContact(exported.contact),
    exportedAt: exported.exportedAt.toISOString(),
    tables: exported.tables.map((t) => ({ table: t.table, rows: [...t.rows] })),
    trace: exported.trace.map(presentTrace),
  };
}

/** The 360° view. */
export function presentContactView(view: ContactView) {
  return {
    contact: presentContact(view.contact),
    company: view.company && presentContact(view.company),
    tickets: view.activity.tickets.map((t) => ({ ...t, openedAt: t.openedAt.toISOString() })),
    messages: view.activity.messages.map((m) => ({ ...m, at: m.at.toISOString() })),
    approvals: [...view.activity.approvals],
    meetings: view.activity.meetings.map((m) => ({ ...m, start: m.start.toISOString() })),
    trace: view.trace.map(presentTrace),
  };
}
