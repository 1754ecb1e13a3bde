import { DomainError } from '../../domain/errors.js';

/**
 * Runs `work` and moves the path of a DomainError it throws from the domain's naming to the
 * caller's input: the prefix `from` is replaced by `to` (e.g. `contract.` → ``, `` → `spec.`).
 */
export function rebasePath<T>(work: () => T, from: string, to: string): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const path = error.path ?? '';
    if (!path.startsWith(from)) throw error;
    const rebased = `${to}${path.slice(from.length)}`.replace(/\.$/, '');
    throw new DomainError(error.code, error.message, rebased || undefined);
  }
}
