import type { Actor } from '../../domain/identity/policy.js';
import { type AuditEntry, authorise } from '../shared/index.js';
import type { AuditFilter, IdentityDeps } from './ports.js';

/** A page of the audit log, newest first (administrators). */
export async function readAuditLog(
  options: Pick<IdentityDeps, 'audit'> & { actor: Actor; filter: AuditFilter },
): Promise<(AuditEntry & { id: string })[]> {
  authorise(options.actor, 'audit.read');
  return options.audit.list(options.filter);
}
