import { type Ceremony, recordMinutes as record } from '../../domain/agency/index.js';
import { actingPerson } from './account.js';
import { type CeremonyRequest, changeCeremony } from './ceremony-change.js';
import type { AgencyDeps } from './ports.js';

/**
 * The agency's staff record the minutes of a ceremony that has begun (seed 004 §2.3): what was
 * said and decided, who attended, and who wrote them when; the ceremony is then held.
 */
export async function recordMinutes(
  options: AgencyDeps &
    CeremonyRequest & {
      summary: string;
      decisions: readonly string[];
      attended: readonly string[];
    },
): Promise<Ceremony> {
  return changeCeremony(options, 'agency.work', null, (found, { now }) =>
    record(found, {
      recordedBy: actingPerson(options.actor),
      at: now,
      summary: options.summary,
      decisions: options.decisions,
      attended: options.attended,
    }),
  );
}
