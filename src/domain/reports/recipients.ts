/**
 * Who an issued report is mailed to (issue 14, "Delivery"): the client's decision-makers and the
 * provider's account managers, active ones only, each once.
 */
import type { Role } from '../identity/roles.js';

/** A person as the mailing rule sees them. */
export interface Reader {
  readonly id: string;
  readonly organisationId: string;
  readonly role: Role;
  readonly active: boolean;
}

/** The readers an issued report of `clientId`'s contract is mailed to, in the order given. */
export function reportRecipients<R extends Reader>(people: readonly R[], clientId: string): R[] {
  return people.filter(
    (person) =>
      person.active &&
      ((person.role === 'client_decision_maker' && person.organisationId === clientId) ||
        person.role === 'account_manager'),
  );
}
