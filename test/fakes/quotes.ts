/** The quotes and projects in memory, ordered as the real store orders them (insertion order). */
import type { ProjectRepository } from '../../src/app/projects/index.js';
import type { QuoteRepository } from '../../src/app/quotes/index.js';
import type { Tables } from './identity.js';

/** Replaces the row `same` finds, or appends `row`. */
function upsert<T>(rows: T[], row: T, same: (a: T) => boolean): void {
  const index = rows.findIndex(same);
  if (index === -1) rows.push(row);
  else rows[index] = row;
}

/** The in-memory quotes repository. */
export function quotes(tables: Tables): QuoteRepository {
  const t = () => tables().quotes;
  return {
    listByContract: async (contractId) => t().filter((q) => q.contractId === contractId),
    listByTicket: async (ticketId) =>
      t().filter((q) => q.origin.kind === 'ticket' && q.origin.ticketId === ticketId),
    find: async (id) => t().find((q) => q.id === id),
    lock: async (id) => t().find((q) => q.id === id),
    save: async (quote) => upsert(t(), quote, (q) => q.id === quote.id),
  };
}

/** The in-memory projects repository. */
export function projects(tables: Tables): ProjectRepository {
  const t = () => tables().projects;
  return {
    listByContract: async (contractId) => t().filter((r) => r.project.contractId === contractId),
    find: async (id) => t().find((r) => r.project.id === id),
    lock: async (id) => t().find((r) => r.project.id === id),
    save: async (record) => upsert(t(), record, (r) => r.project.id === record.project.id),
  };
}
