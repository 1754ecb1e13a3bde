import { DomainError } from '../../domain/errors.js';
import { type Action, type Principal, permits, type Scope } from '../../domain/identity/policy.js';

/**
 * Refuses an action the actor's role never allows (`forbidden`): the check every use-case makes
 * first, whoever calls it (HTTP, command line, job, mail), so no door skips it.
 */
export function authorise(principal: Principal, action: Action): void {
  if (!permits(principal, action)) {
    throw new DomainError('forbidden', 'your role does not allow this');
  }
}

/**
 * Returns the record when the actor may perform `action` on it; a record out of reach is
 * reported exactly like one that does not exist (`not_found`), so other tenants' ids leak nothing.
 */
export function inReach<T>(
  principal: Principal,
  action: Action,
  record: T | undefined,
  scopeOf: (record: T) => Scope,
  what: string,
): T {
  if (record === undefined || !permits(principal, action, scopeOf(record))) {
    throw new DomainError('not_found', `no such ${what}`);
  }
  return record;
}

/** The user id to record as the author of a change: null when the installation itself acts. */
export function authorOf(principal: Principal): string | null {
  return 'userId' in principal ? principal.userId : null;
}
