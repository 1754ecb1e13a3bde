import { takesPart } from '../../domain/customer-success/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorFor, digestSecret } from '../identity/index.js';
import type { AgencyDeps } from './ports.js';
import { type CalendarFeed, contractFeed } from './read-calendar-feed.js';

/** A person's own calendar: their language and one feed per contract they can see. */
export interface UserCalendarFeed {
  readonly userName: string;
  readonly locale: 'es' | 'en';
  readonly feeds: readonly CalendarFeed[];
}

/** The feed's meetings `user` takes part in (invited, organiser, or the client's CSM). */
async function attendedMeetings(
  options: Pick<AgencyDeps, 'accountMeetings'>,
  feed: CalendarFeed,
  user: { id: string; email: string },
): Promise<CalendarFeed['meetings']> {
  const clientIds = [...new Set(feed.meetings.map((meeting) => meeting.clientId))];
  const assignments = (
    await Promise.all(clientIds.map((id) => options.accountMeetings.assignments(id)))
  ).flat();
  const person = { userId: user.id, email: user.email };
  return feed.meetings.filter((meeting) => takesPart(meeting, person, assignments));
}

/**
 * A user's own calendar feed, opened by its secret token: on every contract with an agency
 * set-up or meetings that the user may read (with their role and reach as they are now), the
 * ceremonies and customer-success meetings they attend, the sprints and the deliverables'
 * deadlines. An unknown or revoked token, or an inactive user, reads as not found.
 */
export async function readUserFeed(
  options: Pick<
    AgencyDeps,
    'contracts' | 'calendars' | 'agency' | 'accountMeetings' | 'users' | 'organisations'
  > & {
    token: string;
  },
): Promise<UserCalendarFeed> {
  const token = await options.agency.findUserFeedToken(digestSecret(options.token));
  const user = token && (await options.users.findById(token.userId));
  if (!user?.active) throw new DomainError('not_found', 'no such calendar feed');
  const actor = await actorFor(options, user);
  const feeds: CalendarFeed[] = [];
  const contractIds = new Set([
    ...(await options.agency.accountIds()),
    ...(await options.accountMeetings.meetingContractIds()),
  ]);
  for (const contractId of contractIds) {
    const feed = await contractFeed({ ...options, actor, contractId }).catch((error: unknown) => {
      // A contract out of the user's reach reads as missing: it is simply not in their feed.
      if (error instanceof DomainError && error.code === 'not_found') return undefined;
      throw error;
    });
    if (feed === undefined) continue;
    const attends = feed.ceremonies.filter((ceremony) =>
      ceremony.attendees.some((attendee) => attendee.personId === user.id),
    );
    const meetings = await attendedMeetings(options, feed, user);
    feeds.push({ ...feed, ceremonies: attends, meetings });
  }
  return { userName: user.name, locale: user.locale, feeds };
}
