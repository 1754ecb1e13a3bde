import { type Ceremony, cancelCeremony as cancel } from '../../domain/agency/index.js';
import { actingPerson } from './account.js';
import { type CeremonyRequest, changeCeremony } from './ceremony-change.js';
import type { AgencyDeps } from './ports.js';

/**
 * The agency's staff cancel a ceremony not yet held, saying why (audited on the ceremony): it
 * leaves the calendar feeds, and each attendee is mailed a METHOD:CANCEL invitation with the
 * same UID and the next SEQUENCE, so their calendar removes the event it has.
 */
export async function cancelCeremony(
  options: AgencyDeps & CeremonyRequest & { reason: string },
): Promise<Ceremony> {
  return changeCeremony(options, 'agency.work', 'cancel', (found, { now }) =>
    cancel(found, { cancelledBy: actingPerson(options.actor), reason: options.reason, at: now }),
  );
}
