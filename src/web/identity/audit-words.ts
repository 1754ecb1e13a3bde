/**
 * The audit log in words: which sentence an entry's action reads as ("Diego Castro replied to
 * ticket #12") and which record it links to. The server logs the door's own words (method and
 * route, command, job); this maps the known ones to messages, and says the rest plainly.
 */
import type { AuditEntry } from '../api/endpoints.js';

/** The verbs of the audit log's sentences, one per known action. */
export const auditVerbs = {
  'POST /api/auth/login': 'signedIn',
  'POST /api/auth/logout': 'signedOut',
  'POST /api/users': 'createdUser',
  'PATCH /api/users/:id': 'changedUser',
  'POST /api/organisations': 'createdOrganisation',
  'PATCH /api/organisations/:id': 'changedOrganisation',
  'POST /api/calendars': 'createdCalendar',
  'PUT /api/calendars/:id': 'changedCalendar',
  'POST /api/tokens': 'createdToken',
  'DELETE /api/tokens/:id': 'revokedToken',
  'POST /api/plans': 'createdPlan',
  'PUT /api/plans/:id': 'changedPlan',
  'POST /api/contracts': 'createdContract',
  'POST /api/contracts/:id/amendments': 'amendedContract',
  'PUT /api/contracts/:id/requesters': 'setRequesters',
  'POST /api/contracts/:id/decisions': 'decidedConsumption',
  'POST /api/contracts/:id/adjustments': 'adjustedHours',
  'POST /api/contracts/:id/reversals': 'reversedEntry',
  'POST /api/contracts/:id/close-periods': 'closedPeriods',
  'POST /api/contracts/:id/work': 'loggedWork',
  'POST /api/contracts/:id/reports/:kind/issues': 'issuedReport',
  'POST /api/tickets': 'openedTicket',
  'PATCH /api/tickets/:id': 'changedTicket',
  'POST /api/tickets/:id/replies': 'repliedTicket',
  'POST /api/tickets/:id/notes': 'notedTicket',
  'POST /api/tickets/:id/status': 'statusTicket',
  'POST /api/tickets/:id/time': 'loggedTicketTime',
  'POST /api/tickets/:id/escalate': 'escalatedTicket',
  'POST /api/tickets/bulk': 'bulkTickets',
} as const;

/** One verb of {@link auditVerbs}. */
export type AuditVerb = (typeof auditVerbs)[keyof typeof auditVerbs];

/** The record an entry is about, as far as its type and id say. */
export interface AuditRecord {
  type: 'tickets' | 'contracts' | 'users' | 'organisations' | 'calendars' | 'plans' | 'other';
  /** The record's own id (a ledger entry's contract, without `/<entry>`). */
  id: string;
}

function verbOf(action: string): AuditVerb | undefined {
  return (auditVerbs as Record<string, AuditVerb | undefined>)[action];
}

const linkedTypes = ['tickets', 'contracts', 'users', 'organisations', 'calendars', 'plans'];

/**
 * How an entry reads: its verb (undefined when unknown: the page then shows the door's words),
 * who acted — a successful sign-in is the act of the account signed into, even in entries
 * written before sign-ins named their actor — whether it was refused, and its record.
 */
export function readEntry(entry: AuditEntry): {
  verb: AuditVerb | undefined;
  actorId: string | null;
  refused: boolean;
  record: AuditRecord | null;
} {
  const verb = verbOf(entry.action);
  const refused = entry.outcome !== null && entry.outcome >= 400;
  const signedInAs = verb === 'signedIn' && !refused ? entry.resourceId : null;
  const type = entry.resourceType ?? '';
  const id = entry.resourceId?.split('/')[0] ?? '';
  const known = linkedTypes.find((candidate) => candidate === type);
  const record: AuditRecord | null =
    id === '' || type === 'auth' ? null : { type: (known ?? 'other') as AuditRecord['type'], id };
  return { verb, actorId: entry.actorUserId ?? signedInAs, refused, record };
}

/** The page a record opens at, or null when it has none. */
export function recordPath(record: AuditRecord): string | null {
  switch (record.type) {
    case 'tickets':
      return `/tickets/${record.id}`;
    case 'contracts':
      return `/contracts/${record.id}`;
    case 'calendars':
      return `/calendars/${record.id}`;
    case 'users':
      return '/admin/users';
    case 'organisations':
      return '/admin/organisations';
    case 'plans':
      return '/admin/plans';
    default:
      return null;
  }
}
