/**
 * Customer success's meetings as events of the contract's calendar feed (which the agency module
 * builds): at their wall time in the contract's zone, their agenda as the description.
 */
import {
  type AccountMeeting,
  type AgendaItem,
  meetingEvent,
} from '../../../domain/customer-success/index.js';
import type { CalendarEvent } from '../../../domain/meetings/index.js';
import { type Locale, translate } from '../../../i18n/index.js';

/** An agenda item in `locale`. */
export function agendaText(locale: Locale, item: AgendaItem): string {
  return 'key' in item ? translate(locale, item.key) : item.text;
}

/** The meetings as feed events in `locale`; `stamp` is their DTSTAMP (epoch ms). */
export function meetingFeedEvents(
  meetings: readonly AccountMeeting[],
  locale: Locale,
  stamp: number,
): CalendarEvent[] {
  return meetings.map((meeting) =>
    meetingEvent(
      meeting,
      {
        summary: translate(locale, `customerSuccess.meeting.${meeting.kind}`),
        description: meeting.agenda.map((item) => `- ${agendaText(locale, item)}`).join('\n'),
      },
      { uidDomain: 'pacta', stamp },
    ),
  );
}
