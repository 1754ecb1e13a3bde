import { invalidInput } from '../../domain/errors.js';
import { type Actor, canTakeTickets } from '../../domain/identity/policy.js';
import type { User } from '../identity/index.js';
import type { DeskDeps } from './ports.js';
import { ticketInReach } from './ticket-in-reach.js';

type PeopleDeps = Pick<DeskDeps, 'users' | 'organisations'>;

/**
 * Whether `person` may be given a ticket of the client by `actor`: active provider staff or the
 * managing partner's agents may take it; a partner hands work to the provider by escalating,
 * so it assigns within its own team only.
 */
function mayAssign(
  actor: Actor,
  person: User,
  client: { readonly partnerId: string | null },
): boolean {
  if (!canTakeTickets(person, client)) return false;
  return actor.organisationKind !== 'partner' || person.organisationId === actor.organisationId;
}

async function clientOf(options: PeopleDeps, clientId: string) {
  const client = await options.organisations.findById(clientId);
  return { partnerId: client?.partnerId ?? null };
}

/** Refuses an assignee the actor may not give this client's tickets to, naming the field. */
export async function assertAssignable(
  options: PeopleDeps & { actor: Actor },
  clientId: string,
  assigneeId: string,
): Promise<void> {
  const person = await options.users.findById(assigneeId);
  if (!person || !mayAssign(options.actor, person, await clientOf(options, clientId)))
    throw invalidInput('assigneeId', 'nobody by that id can take this client’s tickets');
}

/** Who the actor may assign the ticket to (the assignee picker), the ticket checked in reach first. */
export async function ticketAssignees(
  options: PeopleDeps & Pick<DeskDeps, 'tickets'> & { actor: Actor; ticketId: string },
): Promise<User[]> {
  const ticket = await ticketInReach({ ...options, action: 'tickets.work' });
  const client = await clientOf(options, ticket.clientId);
  const people = await options.users.list();
  return people.filter((person) => mayAssign(options.actor, person, client));
}
