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

/**
 * A user's own calendar feed, opened by its secret token: on every agency contract the user may
 * read (with their role and reach as they are now), the ceremonies they attend, the sprints and
 * the deliverables' deadlines. An unknown or revoked token, or an inactive user, reads as not
 * found.
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
  for (const contractId of await options.agency.accountIds()) {
    const feed = await contractFeed({ ...options, actor, contractId }).catch((error: unknown) => {
      // A contract out of the user's reach reads as missing: it is simply not in their feed.
      if (error instanceof DomainError && error.code === 'not_found') return undefined;
      throw error;
    });
    if (feed === undefined) continue;
    const attends = feed.ceremonies.filter((ceremony) =>
      ceremony.attendees.some((attendee) => attendee.personId === user.id),
    );
    feeds.push({ ...feed, ceremonies: attends });
  }
  return { userName: user.name, locale: user.locale, feeds };
}
