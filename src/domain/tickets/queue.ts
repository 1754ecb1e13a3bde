/**
 * The orders a ticket queue can be read in. `urgency` is the desk's own: SLA breached first,
 * then at risk, running, paused and no clock, each by the nearest due moment; every other sort
 * is a column, and ties always fall back to the ticket number so pages never overlap.
 */

/** Every sort of the queue. */
export const queueSorts = [
  'urgency',
  'number',
  'subject',
  'client',
  'criticality',
  'status',
  'assignee',
  'due',
  'opened',
  'updated',
] as const;
/** One of {@link queueSorts}. */
export type QueueSort = (typeof queueSorts)[number];

/** Ascending or descending. */
export const sortDirections = ['asc', 'desc'] as const;
/** One of {@link sortDirections}. */
export type SortDirection = (typeof sortDirections)[number];

/** The most tickets one page (or one bulk change) may hold. */
export const maxPageSize = 200;
