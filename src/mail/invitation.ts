/**
 * An invitation to a contract's event — an agency ceremony or a customer-success meeting — in the
 * attendee's language: a short message saying what, when (in the contract's zone) and what
 * changed, and its `.ics` — METHOD:REQUEST (new or moved) or CANCEL — with the same UID as the
 * calendar feeds and the event's SEQUENCE, so a calendar client updates the one event it has.
 */
import type { EventInvitation, RenderedInvitation } from '../app/agency/index.js';
import { renderIcs } from '../domain/meetings/index.js';
import {
  mailBody as compose,
  explanationLanguages,
  formattersFor,
  translate,
} from '../i18n/index.js';

/** What happened to the event, as the subject and body say it. */
function changeOf(invitation: EventInvitation): 'new' | 'moved' | 'cancelled' {
  if (invitation.method === 'cancel') return 'cancelled';
  return invitation.event.sequence > 0 ? 'moved' : 'new';
}

/** The invitation's words and `.ics` for `invitation.to`, in their language; the desk organises ceremonies. */
export function renderInvitation(
  invitation: EventInvitation,
  deskAddress: string,
): RenderedInvitation {
  const { event, to } = invitation;
  const language = to.locale;
  const format = formattersFor(explanationLanguages[language], invitation.timeZone);
  const values = {
    ceremony: translate(language, event.what),
    contract: invitation.contractName,
    when: format.time(event.slot.start),
    until: format.time(event.slot.end),
    zone: invitation.timeZone,
  };
  const change = changeOf(invitation);
  const why = event.cancellationReason;
  // What changed, in words: the mail's body and the event's DESCRIPTION say the same.
  const description = [
    translate(language, `${event.family}.invitation.${change}.body`, values),
    ...(change === 'cancelled' && why
      ? [translate(language, 'agency.invitation.cancelled.reason', { reason: why })]
      : []),
  ].join('\n');
  const mail = compose(
    translate(language, `${event.family}.invitation.${change}.subject`, values),
    [
      translate(language, 'agency.invitation.greeting', { name: to.name }),
      description,
      translate(language, 'agency.invitation.calendar'),
    ],
  );
  const ics = renderIcs({
    name: values.contract,
    product: { company: 'pacta', product: 'agency' },
    method: invitation.method,
    events: [
      {
        uid: event.uid,
        when: { ...event.slot, timeZone: invitation.timeZone },
        summary: `${values.ceremony} · ${values.contract}`,
        description,
        organizer: event.organizer ?? { name: invitation.contractName, email: deskAddress },
        attendees: invitation.attendees,
        sequence: event.sequence,
        status: invitation.method === 'cancel' ? 'cancelled' : 'confirmed',
        stamp: invitation.stamp,
      },
    ],
  });
  return { ...mail, ics };
}
