import type { OrganisationKind, Role } from './roles.js';
import { isProviderRole, roles } from './roles.js';

/** Who is acting: the signed-in user with what authorisation needs to know. */
export interface Actor {
  readonly userId: string;
  readonly organisationId: string;
  readonly organisationKind: OrganisationKind;
  readonly role: Role;
  /** For partner users: the client organisations the partner manages as first line. */
  readonly managedClientIds: readonly string[];
}

/**
 * The installation acting for itself: the operator at the `pacta` command line, a scheduled
 * job, the first start. It answers to whoever runs the installation, so the policy lets it do
 * anything; what it does is audited all the same.
 */
export interface SystemActor {
  readonly system: 'cli' | 'job' | 'startup';
}

/** Whoever a use-case acts for: a signed-in user, or the installation itself. */
export type Principal = Actor | SystemActor;

const everyone: readonly Role[] = roles;
const staff: readonly Role[] = ['provider_admin', 'agent', 'account_manager'];
const admins: readonly Role[] = ['provider_admin'];

/** Every action a route or use-case can ask about, with the roles that may ever perform it. */
const permissions = {
  'organisations.read': everyone,
  'organisations.manage': admins,
  'users.read': everyone,
  'users.manage': admins,
  'audit.read': admins,
  'tokens.own': everyone,
  'sessions.own': everyone,
  'calendars.read': [...staff, 'partner_agent'],
  'calendars.manage': admins,
  'calendars.evaluate': [...staff, 'partner_agent'],
  'plans.read': staff,
  'plans.manage': admins,
  'contracts.read': everyone,
  'contracts.manage': ['provider_admin', 'account_manager'],
  'hours.read': everyone,
  'hours.log': staff,
  'hours.adjust': admins,
  'hours.close': admins,
  'consumption.approve': ['client_decision_maker'],
  'requesters.manage': ['provider_admin', 'account_manager'],
  'tickets.read': everyone,
  'tickets.create': everyone,
  'tickets.reply': everyone,
  'tickets.work': [...staff, 'partner_agent'],
  'tickets.log_time': staff,
  // Estimates of planned work feed the monthly planning: the provider's staff plan the month.
  'tickets.plan': staff,
  'tickets.escalate': ['partner_agent'],
  'compliance.read': everyone,
  // Reports carry the bill (the statement's amounts): provider staff and the client's decision-maker.
  'reports.read': [...staff, 'client_decision_maker'],
  'reports.issue': ['provider_admin', 'account_manager'],
  'notices.read': staff,
  'knowledge.read': everyone,
  'knowledge.manage': staff,
  // "This solved it" in the portal: the client's own people, while writing a request.
  'knowledge.deflect': ['client_requester', 'client_decision_maker'],
  // The agency module (seed 004): both sides see the board; the agency runs the work; the
  // client's people suggest activities; its decision-maker answers deliveries and channels
  // requests; ceremonies move and impasses are declared by either side.
  'agency.read': everyone,
  'agency.manage': ['provider_admin', 'account_manager'],
  'agency.work': staff,
  'agency.suggest': ['client_requester', 'client_decision_maker'],
  'agency.answer': ['client_decision_maker'],
  'agency.complain': ['client_requester', 'client_decision_maker'],
  'agency.agree': [...staff, 'client_decision_maker'],
  'mail.manage': admins,
  // Contacts and privacy (seed 003): staff keep contacts and consents; the data subject's
  // export and erasure are the administrator's (the data protection officer's) call.
  'contacts.read': staff,
  'contacts.manage': staff,
  'privacy.manage': admins,
  // The updates section's mail (seed 001): the client's and the partner's people subscribe
  // themselves from the portal; staff record anyone's consent as contacts.manage.
  'updates.subscribe': ['client_requester', 'client_decision_maker', 'partner_agent'],
  // Quotes and projects (seeds 002 and 003): a quote carries prices, so only the provider's
  // staff and the client's decision-maker read it; the decision-maker alone decides it. Both
  // sides see a project; the product owner (any side) orders its backlog, checked per project.
  'quotes.read': [...staff, 'client_decision_maker'],
  'quotes.manage': ['provider_admin', 'account_manager'],
  'quotes.decide': ['client_decision_maker'],
  'projects.read': everyone,
  'projects.manage': ['provider_admin', 'account_manager'],
  'projects.work': staff,
  'projects.order': [...staff, 'client_requester', 'client_decision_maker'],
  // Customer success (seeds 001 and 002): everyone on the contract sees its CSM, meetings and
  // account requests; account managers run them; the decision-maker (an indirect client's
  // partner for it) and staff raise account requests.
  'success.read': everyone,
  'success.manage': ['provider_admin', 'account_manager'],
  'success.request': [...staff, 'client_decision_maker', 'partner_agent'],
} as const satisfies Record<string, readonly Role[]>;

/** A named action of {@link permissions}. */
export type Action = keyof typeof permissions;

/** Every action, for tests and docs. */
export const actions = Object.keys(permissions) as Action[];

/** The organisation a resource belongs to, when the action touches one tenant's data. */
export interface Scope {
  readonly organisationId: string;
}

/**
 * The one authorisation rule: the role must allow the action, and a scoped resource must be in the
 * actor's reach — provider staff reach every organisation, a partner its own and the clients it
 * manages, a client user only its own organisation.
 */
export function can(actor: Actor, action: Action, scope?: Scope): boolean {
  const allowed: readonly Role[] = permissions[action];
  if (!allowed.includes(actor.role)) return false;
  return scope === undefined || reaches(actor, scope.organisationId);
}

/** {@link can} for any principal: the installation itself may do anything. */
export function permits(principal: Principal, action: Action, scope?: Scope): boolean {
  return 'system' in principal || can(principal, action, scope);
}

/** Whether the actor may see anything of the given organisation at all. */
export function reaches(actor: Actor, organisationId: string): boolean {
  if (isProviderRole(actor.role)) return true;
  if (organisationId === actor.organisationId) return true;
  return actor.organisationKind === 'partner' && actor.managedClientIds.includes(organisationId);
}

/**
 * Who can be assigned a ticket of a client: active provider staff, or an active agent of the
 * partner that manages the client as first line (seed 001's "cliente indirecto").
 */
export function canTakeTickets(
  person: { readonly role: Role; readonly organisationId: string; readonly active: boolean },
  client: { readonly partnerId: string | null },
): boolean {
  if (!person.active) return false;
  if (isProviderRole(person.role)) return true;
  return person.role === 'partner_agent' && person.organisationId === client.partnerId;
}
