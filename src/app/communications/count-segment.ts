import {
  type Audience,
  countSegment,
  isContactable,
  type SegmentRule,
} from '../../domain/communications/index.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise } from '../shared/index.js';
import type { CommunicationsDeps } from './ports.js';

/** A segment's live figures: its members, those reachable at all, and every contact. */
export interface SegmentCount {
  readonly members: number;
  readonly contactable: number;
  readonly contacts: number;
}

/**
 * The live count of a segment rule for a channel and purpose (provider staff): members pass the
 * consent gate first, so a contact without consent is never counted, whatever the rule says.
 */
export async function countSegmentMembers(
  options: Pick<CommunicationsDeps, 'clock' | 'segmentSubjects'> & {
    actor: Actor;
    rule: SegmentRule;
    channel: Audience['channel'];
    purpose: Audience['purpose'];
  },
): Promise<SegmentCount> {
  authorise(options.actor, 'contacts.read');
  const subjects = await options.segmentSubjects.all();
  const audience = {
    channel: options.channel,
    purpose: options.purpose,
    now: options.clock.now().getTime(),
  };
  const segment = { id: 'live', name: 'live', rule: options.rule };
  return {
    members: countSegment(segment, subjects, audience),
    contactable: subjects.filter((s) => isContactable(s, audience.channel, audience.purpose))
      .length,
    contacts: subjects.length,
  };
}
