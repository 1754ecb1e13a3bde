import { type Ceremony, moveCeremony as move } from '../../domain/agency/index.js';
import { actingPerson } from './account.js';
import { type CeremonyRequest, changeCeremony } from './ceremony-change.js';
import type { AgencyDeps } from './ports.js';

/**
 * Moves a ceremony by agreement (seed 004 §2.3) to a new start inside service hours, recording
 * who moved it and why; its iCalendar sequence goes up so subscribed calendars replace it, and
 * each attendee is mailed the updated invitation.
 */
export async function moveCeremony(
  options: AgencyDeps & CeremonyRequest & { start: number; reason: string },
): Promise<Ceremony> {
  return changeCeremony(options, 'agency.agree', 'request', (found, { contract, now }) =>
    move(contract.calendar, found, {
      start: options.start,
      movedBy: actingPerson(options.actor),
      reason: options.reason,
      at: now,
    }),
  );
}
