/**
 * A contact's history (seed 003: "Gestión RGPD … traza"): every access to and change of its data,
 * who did it and when. A rectification keeps the old value beside the new one; anonymisation
 * blanks every value and free text kept here, since the trace would otherwise keep the very data
 * it erased, but keeps the facts (who, when, which field).
 */

/** What can happen to a contact's data. */
export const traceActions = [
  'created',
  'viewed',
  'exported',
  'rectified',
  'anonymised',
  'consent_granted',
  'consent_withdrawn',
  'user_linked',
] as const;
/** One of {@link traceActions}. */
export type TraceAction = (typeof traceActions)[number];

/** One line of a contact's history. */
export interface TraceEntry {
  readonly contactId: string;
  readonly at: number;
  /** The user who acted; null for the system (a job, an unsubscribe link). */
  readonly actorId: string | null;
  readonly action: TraceAction;
  /** The field changed (`rectified`), the channel and purpose (`consent_*`), else null. */
  readonly field: string | null;
  readonly oldValue: string | null;
  readonly newValue: string | null;
  /** Why, as written by whoever acted (a request reference, a note). */
  readonly reason: string | null;
}

/** What replaces erased values and free text: shown as "anonymised" by the interface. */
export const redacted = '[redacted]';

/** A trace line for an action that carries no values (viewed, exported, anonymised …). */
export function traceOf(
  contactId: string,
  action: TraceAction,
  at: number,
  actorId: string | null,
  reason: string | null = null,
): TraceEntry {
  return { contactId, at, actorId, action, field: null, oldValue: null, newValue: null, reason };
}

/** The history with its values and free text blanked (anonymisation). */
export function redactTrace(entries: readonly TraceEntry[]): TraceEntry[] {
  const blank = (value: string | null) => (value === null ? null : redacted);
  return entries.map((entry) => ({
    ...entry,
    oldValue: blank(entry.oldValue),
    newValue: blank(entry.newValue),
    reason: blank(entry.reason),
  }));
}
