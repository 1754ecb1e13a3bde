import { type Contact, type TraceEntry, traceOf } from '../../domain/contacts/index.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise } from '../shared/index.js';
import { findContact } from './find-contact.js';
import type { ContactActivity, ContactsDeps } from './ports.js';
import { appendTrace } from './trace.js';

/** A contact seen whole (seed 003 "Visión 360º"): data, activity and history. */
export interface ContactView {
  readonly contact: Contact;
  readonly company: Contact | null;
  readonly activity: ContactActivity;
  readonly trace: readonly TraceEntry[];
}

/**
 * The 360° view of a contact (provider staff): its data, its company, its tickets, messages and
 * approvals, and its history — the look itself recorded in that history as `viewed`, since every
 * access to a contact's data is traced.
 */
export async function viewContact(
  options: Pick<ContactsDeps, 'clock' | 'ids' | 'contacts' | 'transact'> & {
    actor: Actor;
    contactId: string;
  },
): Promise<ContactView> {
  authorise(options.actor, 'contacts.read');
  const contact = await findContact(options.contacts, options.contactId);
  const companyId = contact.kind === 'person' ? contact.companyId : null;
  const company = companyId === null ? null : ((await options.contacts.find(companyId)) ?? null);
  const activity = await options.contacts.activity(contact);
  const viewed = traceOf(contact.id, 'viewed', options.clock.now().getTime(), options.actor.userId);
  await options.transact((tx) => appendTrace(tx.contacts, options.ids, [viewed]));
  const trace = await options.contacts.trace(contact.id);
  return { contact, company, activity, trace };
}
