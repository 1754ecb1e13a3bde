/**
 * The queue's filters, order and page live in the address (`/queue?assignee=mine&sort=due`),
 * so Back, a reload and a shared link all show the same list. Values are kept as the API spells
 * them; the server checks them and an unknown one shows as its error.
 */
import { type QueueSort, queueSorts, type SortDirection } from '../../domain/tickets/queue.js';
import { navigate, useSearch } from '../router.js';

/** Every filter of the queue, by its name in the address and in the API. */
export const queueFilters = [
  'q',
  'status',
  'slaState',
  'clientId',
  'contractId',
  'criticality',
  'kind',
  'level',
  'assignee',
  'channel',
  'escalated',
] as const;
/** One of {@link queueFilters}. */
export type QueueFilter = (typeof queueFilters)[number];

/** Rows per page of the queue. */
export const queuePageSize = 25;

/** The queue as the address holds it. */
export interface QueueState {
  filters: Partial<Record<QueueFilter, string>>;
  sort: QueueSort;
  direction: SortDirection;
  /** Zero-based page number. */
  page: number;
}

function isSort(value: string | null): value is QueueSort {
  return queueSorts.some((sort) => sort === value);
}

/** Reads the queue's state from a query string. */
export function parseQueue(search: string): QueueState {
  const params = new URLSearchParams(search);
  const filters: QueueState['filters'] = {};
  for (const name of queueFilters) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const sort = params.get('sort');
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    filters,
    sort: isSort(sort) ? sort : 'urgency',
    direction: params.get('direction') === 'desc' ? 'desc' : 'asc',
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
  };
}

/** The query string of a queue state, leaving out what is the default. */
export function queueSearch(state: QueueState): string {
  const params = new URLSearchParams();
  for (const name of queueFilters) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort !== 'urgency') params.set('sort', state.sort);
  if (state.direction !== 'asc') params.set('direction', state.direction);
  if (state.page > 0) params.set('page', String(state.page + 1));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API query of a queue state: its filters, order and page. */
export function apiQuery(state: QueueState) {
  return {
    ...state.filters,
    sort: state.sort,
    direction: state.direction,
    limit: queuePageSize,
    offset: state.page * queuePageSize,
  };
}

/** The queue's state from the address, and a way to change it (a new history entry, except while typing). */
export function useQueueState(path: string) {
  const state = parseQueue(useSearch());
  const go = (next: QueueState, replace = false) =>
    navigate(`${path}${queueSearch(next)}`, { replace });
  return {
    state,
    /** Sets one filter (empty: any) and goes back to the first page. */
    filter: (name: QueueFilter, value: string, replace = false) =>
      go({ ...state, filters: { ...state.filters, [name]: value }, page: 0 }, replace),
    /** Sorts by a column; the same column again flips the direction. */
    sortBy: (sort: QueueSort) =>
      go({
        ...state,
        sort,
        direction: state.sort === sort && state.direction === 'asc' ? 'desc' : 'asc',
        page: 0,
      }),
    goToPage: (page: number) => go({ ...state, page }),
  };
}
