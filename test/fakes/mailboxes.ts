/** The desk's IMAP mailboxes in memory, as the PostgreSQL store keeps them. */
import type { Repositories } from '../../src/store/index.js';
import type { Tables } from './identity.js';

/** Mailboxes in memory, in the order they were added. */
export function mailboxes(tables: Tables): Repositories['mailboxes'] {
  const rows = () => tables().mailboxes;
  const at = (id: string) => rows().findIndex((m) => m.id === id);
  return {
    async list() {
      return [...rows()];
    },
    async find(id) {
      return rows().find((m) => m.id === id);
    },
    async insert(record) {
      rows().push(record);
    },
    async update(record) {
      const index = at(record.id);
      const current = rows()[index];
      if (!current) return false;
      rows()[index] = { ...current, ...record };
      return true;
    },
    async remove(id) {
      const index = at(id);
      if (index < 0) return false;
      rows().splice(index, 1);
      return true;
    },
    async recordPoll(id, poll) {
      const row = rows().find((m) => m.id === id);
      if (row)
        Object.assign(row, {
          lastPolledAt: poll.at,
          lastAccepted: poll.accepted,
          lastError: poll.error,
        });
    },
  };
}
