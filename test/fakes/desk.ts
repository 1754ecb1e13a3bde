/** Tickets (with their event logs and messages), SLA notices and compliance counts in memory. */
import type { ComplianceQueries, TicketRecord } from '../../src/app/desk/index.js';
import { projectionAt } from '../../src/domain/sla/index.js';
import type { Repositories } from '../../src/store/index.js';
import type { Tables } from './identity.js';
import { nextValue } from './state.js';
import { fakeQueuePage, summaryOf } from './ticket-queue.js';

/** Tickets in memory: numbered from one sequence, paged and sorted as the store does. */
export function tickets(tables: Tables): Repositories['tickets'] {
  const find = async (id: string) => tables().tickets.find((t) => t.id === id);
  return {
    async create(ticket) {
      const state = tables();
      const row = { ...ticket, number: String(nextValue(state, 'ticket_number')) };
      state.tickets.push(row);
      return row;
    },
    find,
    lock: find,
    events: async (id) =>
      tables()
        .ticketEvents.filter((e) => e.ticketId === id)
        .map((e) => e.event),
    log: async (id) =>
      tables()
        .ticketEvents.filter((e) => e.ticketId === id)
        .map(({ event, actorId }) => ({ event, actorId })),
    async appendEvents(ticketId, events, actorId) {
      const state = tables();
      for (const event of events)
        state.ticketEvents.push({ id: nextValue(state, 'ticket_event'), ticketId, event, actorId });
    },
    messages: async (id, visibilities) =>
      tables().messages.filter((m) => m.ticketId === id && visibilities.includes(m.visibility)),
    async addMessage(ticketId, message) {
      const state = tables();
      const row = {
        ...message,
        mailId: message.mailId ?? null,
        id: String(nextValue(state, 'ticket_message')),
        ticketId,
      };
      state.messages.push(row);
      return row;
    },
    async update(id, { changes, projection, at }) {
      const row = await find(id);
      if (!row) throw new Error(`no ticket ${id} to update`);
      const defined = Object.fromEntries(
        Object.entries(changes).filter(([, v]) => v !== undefined),
      );
      Object.assign(row, defined, projection, { updatedAt: at });
      if (row.status === 'closed') row.nextCheckAt = null;
      return row;
    },
    page: async (filter) => fakeQueuePage(tables(), filter),
    async summary(id) {
      const ticket = await find(id);
      return ticket && summaryOf(tables(), ticket);
    },
    async dueForCheck(now, limit) {
      return tables()
        .tickets.filter((t) => t.nextCheckAt !== null && t.nextCheckAt <= now)
        .sort((a, b) => (a.nextCheckAt?.getTime() ?? 0) - (b.nextCheckAt?.getTime() ?? 0))
        .slice(0, limit)
        .map((t) => t.id);
    },
  };
}

/** SLA notices in memory: one per ticket, clock and kind. */
export function notices(tables: Tables): Repositories['notices'] {
  return {
    async add(notice) {
      const state = tables();
      const same = (n: typeof notice) =>
        n.ticketId === notice.ticketId && n.clock === notice.clock && n.kind === notice.kind;
      if (state.notices.some(same)) return false;
      state.notices.push({ ...notice, id: String(nextValue(state, 'sla_notice')) });
      return true;
    },
    list: async (limit) => [...tables().notices].reverse().slice(0, limit),
  };
}

/** First-response compliance counts over the tickets in memory. */
export function compliance(tables: Tables): ComplianceQueries {
  return {
    async complianceCounts(contractId, from, to, now) {
      const counts = new Map<TicketRecord['criticality'], { met: number; total: number }>();
      for (const t of tables().tickets.map((ticket) => projectionAt(ticket, now))) {
        if (t.contractId !== contractId || t.firstResponseOutcome === null) continue;
        if (t.openedAt < from || t.openedAt >= to) continue;
        const count = counts.get(t.criticality) ?? { met: 0, total: 0 };
        count.total++;
        if (t.firstResponseOutcome === 'met') count.met++;
        counts.set(t.criticality, count);
      }
      return [...counts].map(([criticality, count]) => ({ criticality, ...count }));
    },
    async breachedTickets(contractId, from, to, now, limit) {
      return tables()
        .tickets.map((ticket) => projectionAt(ticket, now))
        .filter(
          (t) =>
            t.contractId === contractId &&
            t.firstResponseOutcome === 'breached' &&
            t.openedAt >= from &&
            t.openedAt < to,
        )
        .sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime())
        .slice(0, limit);
    },
  };
}
