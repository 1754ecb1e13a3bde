import type { TraceEntry } from '../../domain/contacts/index.js';
import type { Ids } from '../shared/index.js';
import type { ContactRepository } from './ports.js';

/** Appends history lines, each with a fresh id: every use-case that touches a contact's data does. */
export async function appendTrace(
  contacts: Pick<ContactRepository, 'appendTrace'>,
  ids: Ids,
  entries: readonly TraceEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await contacts.appendTrace(entries.map((entry) => ({ ...entry, id: ids.newId() })));
}
