/** The ticket queue in memory: the filters, sorts and page of `src/store/desk/ticket-queue.ts`. */
import type { TicketFilter, TicketPage, TicketSummary } from '../../src/app/desk/index.js';
import { projectionAt, slaStates } from '../../src/domain/sla/index.js';
import { criticalities, type QueueSort, ticketStatuses } from '../../src/domain/tickets/index.js';
import type { State } from './state.js';

type Key = (t: TicketSummary) => string | number | null;

const rankOf =
  <T>(list: readonly T[]) =>
  (value: T) =>
    list.indexOf(value);
/** Met and no clock rank together last, as in the store. */
const noClock = slaStates.indexOf('met');
const urgency = (t: TicketSummary) =>
  t.slaState === null ? noClock : Math.min(slaStates.indexOf(t.slaState), noClock);

const keys: Record<QueueSort, Key[]> = {
  urgency: [urgency, (t) => t.slaDueAt?.getTime() ?? null, (t) => t.openedAt.getTime()],
  number: [],
  subject: [(t) => t.subject.toLowerCase()],
  client: [(t) => t.clientName.toLowerCase()],
  criticality: [(t) => rankOf(criticalities)(t.criticality)],
  status: [(t) => rankOf(ticketStatuses)(t.status)],
  assignee: [(t) => t.assigneeName?.toLowerCase() ?? null],
  due: [(t) => t.slaDueAt?.getTime() ?? null],
  opened: [(t) => t.openedAt.getTime()],
  updated: [(t) => t.updatedAt.getTime()],
};

function compare(sort: QueueSort, desc: boolean) {
  const all: Key[] = [...keys[sort], (t) => Number(t.number)];
  return (a: TicketSummary, b: TicketSummary) => {
    for (const key of all) {
      const [x, y] = [key(a), key(b)];
      if (x === y) continue;
      if (x === null) return 1; // nulls last whatever the direction
      if (y === null) return -1;
      return (x < y ? -1 : 1) * (desc ? -1 : 1);
    }
    return 0;
  };
}

/** The names a list shows beside a ticket's ids. */
export function summaryOf(state: State, ticket: TicketSummary | State['tickets'][number]) {
  const name = (id: string | null) => state.users.find((u) => u.id === id)?.name ?? null;
  return {
    ...ticket,
    clientName: state.organisations.find((o) => o.id === ticket.clientId)?.name ?? '',
    contractName: state.contractRows.find((c) => c.id === ticket.contractId)?.name ?? '',
    requesterName: name(ticket.requesterId) ?? '',
    assigneeName: name(ticket.assigneeId),
  };
}

function matches(state: State, filter: TicketFilter, t: TicketSummary): boolean {
  const text = filter.text?.toLowerCase();
  const mentions =
    text === undefined ||
    t.subject.toLowerCase().includes(text) ||
    state.messages.some(
      (m) =>
        m.ticketId === t.id && m.visibility === 'public' && m.body.toLowerCase().includes(text),
    );
  const equal = <V>(wanted: V | undefined, value: V) => wanted === undefined || wanted === value;
  return (
    mentions &&
    (!filter.clientIds || filter.clientIds.includes(t.clientId)) &&
    equal(filter.clientId, t.clientId) &&
    equal(filter.requesterId, t.requesterId) &&
    equal(filter.contractId, t.contractId) &&
    equal(filter.criticality, t.criticality) &&
    equal(filter.kind, t.classification.kind) &&
    equal(filter.level, t.level) &&
    equal(filter.channel, t.channel) &&
    equal(filter.assigneeId, t.assigneeId) &&
    equal(filter.escalated, t.escalatedAt !== null) &&
    (!filter.statuses?.length || filter.statuses.includes(t.status)) &&
    (!filter.slaStates?.length || (t.slaState !== null && filter.slaStates.includes(t.slaState))) &&
    (!filter.dueBefore || (t.slaDueAt !== null && t.slaDueAt < filter.dueBefore))
  );
}

/** One page of the queue in memory, in the order the store gives. */
export function fakeQueuePage(state: State, filter: TicketFilter): TicketPage {
  const all = state.tickets
    .map((t) => summaryOf(state, projectionAt(t, filter.now)))
    .filter((t) => matches(state, filter, t))
    .sort(compare(filter.sort, filter.direction === 'desc'));
  return { tickets: all.slice(filter.offset, filter.offset + filter.limit), total: all.length };
}
