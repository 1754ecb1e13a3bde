import { DomainError } from '../../domain/errors.js';

/** The record with `id` among a contract's records, or not_found naming `what`. */
export function findRecord<T extends { readonly id: string }>(
  records: readonly T[],
  id: string,
  what: string,
): T {
  const found = records.find((record) => record.id === id);
  if (found === undefined) throw new DomainError('not_found', `no such ${what}`);
  return found;
}
