/**
 * The names of the records an audit page mentions, so its sentences say "ticket #12" and
 * "the contract Soporte Salesforce" instead of ids: lists for the few kinds of record, and each
 * ticket of the page read once.
 */
import { desk } from '../api/desk.js';
import { api } from '../api/endpoints.js';
import { plans } from '../api/plans.js';
import type { I18n } from '../i18n.js';
import { useLoad } from '../ui/use-load.js';
import type { AuditRecord } from './audit-words.js';

/** `type:id` → the record's name in words. */
export type RecordNames = ReadonlyMap<string, string>;

/** The key of a record in {@link RecordNames}. */
export const recordKey = (record: AuditRecord) => `${record.type}:${record.id}`;

async function namesOf(records: readonly AuditRecord[], t: I18n['t']): Promise<RecordNames> {
  const ticketIds = [...new Set(records.filter((r) => r.type === 'tickets').map((r) => r.id))];
  const quietly = <T>(call: Promise<T[]>) => call.catch((): T[] => []);
  const [organisations, calendars, contracts, planList, tickets] = await Promise.all([
    quietly(api.organisations()),
    quietly(api.calendars()),
    quietly(desk.contracts()),
    quietly(plans.list()),
    Promise.all(ticketIds.map((id) => desk.ticket(id, 'en').catch(() => null))),
  ]);
  const names = new Map<string, string>();
  for (const o of organisations) names.set(`organisations:${o.id}`, o.name);
  for (const c of calendars) names.set(`calendars:${c.id}`, c.name);
  for (const c of contracts) names.set(`contracts:${c.id}`, c.name);
  for (const p of planList) names.set(`plans:${p.id}`, p.name);
  for (const detail of tickets) {
    if (detail)
      names.set(
        `tickets:${detail.ticket.id}`,
        t('audit.ticketNumber', { number: detail.ticket.number }),
      );
  }
  return names;
}

/** Loads the names of `records` (users come from the page's own list). */
export function useRecordNames(records: readonly AuditRecord[], i18n: Pick<I18n, 't' | 'locale'>) {
  const keys = [...new Set(records.map(recordKey))].sort().join(',');
  return useLoad(() => namesOf(records, i18n.t), [keys, i18n.locale]);
}
