/** Tickets (with their event logs and messages), SLA notices and compliance counts in memory. */
import type { ComplianceQueries, TicketRecord } from '../../src/app/desk/index.js';
import { slaStates } from '../../src/domain/sla/index.js';
import type { Repositories } from '../../src/store/index.js';
import type { Tables } from './identity.js';
import { nextValue } from './state.js';

function byQueueOrder(a: TicketRecord, b: TicketRecord): number {
  const rank = (t: TicketRecord) =>
    t.slaState === null ? slaStates.length : slaStates.indexOf(t.slaState);
  const due = (t: TicketRecord) => t.slaDueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return rank(a) - rank(b) || due(a) - due(b) || a.openedAt.getTime() - b.openedAt.getTime();
}

/** Tickets in memory: numbered from one sequence, listed most urgent first as the store does. */
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
    async appendEvents(ticketId, events) {
      const state = tables();
      for (const event of events)
        state.ticketEvents.push({ id: nextValue(state, 'ticket_event'), ticketId, event });
    },
    messages: async (id, includeInternal) =>
      tables().messages.filter(
        (m) => m.ticketId === id && (includeInternal || m.visibility === 'public'),
      ),
    async addMessage(ticketId, message) {
      const state = tables();
      const row = { ...message, id: String(nextValue(state, 'ticket_message')), ticketId };
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
    async list(filter) {
      const state = tables();
      const text = filter.text?.toLowerCase();
      const mentions = (t: TicketRecord) =>
        text === undefined ||
        t.subject.toLowerCase().includes(text) ||
        state.messages.some(
          (m) =>
            m.ticketId === t.id && m.visibility === 'public' && m.body.toLowerCase().includes(text),
        );
      return state.tickets
        .filter(
          (t) =>
            (!filter.clientIds || filter.clientIds.includes(t.clientId)) &&
            (!filter.requesterId || t.requesterId === filter.requesterId) &&
            (!filter.contractId || t.contractId === filter.contractId) &&
            (!filter.statuses?.length || filter.statuses.includes(t.status)) &&
            (!filter.slaStates?.length ||
              (t.slaState !== null && filter.slaStates.includes(t.slaState))) &&
            (!filter.criticality || t.criticality === filter.criticality) &&
            (!filter.dueBefore || (t.slaDueAt !== null && t.slaDueAt < filter.dueBefore)) &&
            mentions(t),
        )
        .sort(byQueueOrder)
        .slice(filter.offset, filter.offset + filter.limit);
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
    async complianceCounts(contractId, from, to) {
      const counts = new Map<TicketRecord['criticality'], { met: number; total: number }>();
      for (const t of tables().tickets) {
        if (t.contractId !== contractId || t.firstResponseOutcome === null) continue;
        if (t.openedAt < from || t.openedAt >= to) continue;
        const count = counts.get(t.criticality) ?? { met: 0, total: 0 };
        count.total++;
        if (t.firstResponseOutcome === 'met') count.met++;
        counts.set(t.criticality, count);
      }
      return [...counts].map(([criticality, count]) => ({ criticality, ...count }));
    },
    async breachedTickets(contractId, from, to, limit) {
      return tables()
        .tickets.filter(
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
