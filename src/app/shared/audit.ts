/**
 * The audit log as use-cases write it: one entry per change, in the transaction of the change,
 * whoever asked for it (a request, the command line, a job). The HTTP edge adds entries only for
 * requests that changed nothing (refused, failed, read-only POSTs).
 */
import type { Actor, Principal } from '../../domain/identity/policy.js';

/** Through which door a change came in (`mail`: a received message; `system`: the server's own start-up work). */
export type Via = 'http' | 'cli' | 'job' | 'mail' | 'system';

/** Who asked for a change and how: the parts of the audit entry the use-case cannot know. */
export interface Origin {
  readonly via: Via;
  /** What was asked, in the door's words: "POST /api/organisations", "pacta user add", "job close-periods". */
  readonly action: string;
  readonly ip: string | null;
  readonly requestId: string | null;
  /** The HTTP status a successful request answers; null outside HTTP. */
  readonly outcome: number | null;
  /** Told once a transaction that audited this origin has committed (the HTTP edge then adds no entry). */
  readonly onAudited?: () => void;
}

/** One line of the audit log. */
export interface AuditEntry {
  at: Date;
  via: Via;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  /** The HTTP status of the answer; null for changes made outside HTTP. */
  outcome: number | null;
  ip: string | null;
  requestId: string | null;
}

/** The append-only audit log, written inside a transaction. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
}

/** What a transaction offers for auditing: the log, and a way to act once the transaction commits. */
export interface AuditingTx {
  audit: AuditLog;
  /** Runs `callback` after the transaction commits (never when it rolls back). */
  afterCommit(callback: () => void): void;
}

/** The audit entry of a change to one record, by a principal, through an origin. */
export function auditEntryOf(change: {
  origin: Origin;
  /** The person acting (someone signing in acts as the account they open); null for nobody. */
  actor: Principal | Pick<Actor, 'userId' | 'organisationId'> | null;
  at: Date;
  resourceType: string;
  resourceId: string | null;
}): AuditEntry {
  const { origin, actor } = change;
  const user = actor && 'userId' in actor ? actor : null;
  return {
    at: change.at,
    via: origin.via,
    actorUserId: user?.userId ?? null,
    actorOrganisationId: user?.organisationId ?? null,
    action: origin.action,
    resourceType: change.resourceType,
    resourceId: change.resourceId,
    outcome: origin.outcome,
    ip: origin.ip,
    requestId: origin.requestId,
  };
}

/** Writes a change's audit entry in its transaction; the origin hears of it once committed. */
export async function recordChange(
  tx: AuditingTx,
  change: Parameters<typeof auditEntryOf>[0],
): Promise<void> {
  await tx.audit.append(auditEntryOf(change));
  const { onAudited } = change.origin;
  if (onAudited) tx.afterCommit(onAudited);
}

/** The origin of a command-line action: `pacta <words>`. */
export function commandLineOrigin(words: string): Origin {
  return { via: 'cli', action: `pacta ${words}`, ip: null, requestId: null, outcome: null };
}

/** The origin of a background job's action: `job <name>`. */
export function jobOrigin(name: string): Origin {
  return { via: 'job', action: `job ${name}`, ip: null, requestId: null, outcome: null };
}

/** The origin of the server's own start-up work (bootstrap, the demo): `startup <what>`. */
export function startupOrigin(what: string): Origin {
  return { via: 'system', action: `startup ${what}`, ip: null, requestId: null, outcome: null };
}

/** The origin of a change a received message asked for: `mail <stored id>`, then `<Message-ID>` when given. */
export function mailOrigin(mailId: string, messageId = ''): Origin {
  const action = messageId === '' ? `mail ${mailId}` : `mail ${mailId} <${messageId}>`;
  return { via: 'mail', action, ip: null, requestId: null, outcome: null };
}
