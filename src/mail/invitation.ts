/**
 * A ceremony invitation in the attendee's language: a short message saying what, when (in the
 * contract's zone) and what changed, and its `.ics` — METHOD:REQUEST (new or moved) or CANCEL —
 * with the same UID as the calendar feeds and the ceremony's SEQUENCE, so a calendar client
 * updates the one event it already has.
 */
import type { CeremonyInvitation, RenderedInvitation } from '../app/agency/index.js';
import { renderIcs } from '../domain/meetings/index.js';
import {
  mailBody as compose,
  explanationLanguages,
  formattersFor,
  translate,
} from '../i18n/index.js';

/** What happened to the ceremony, as the subject and body say it. */
function changeOf(invitation: CeremonyInvitation): 'new' | 'moved' | 'cancelled' {
  if (invitation.method === 'cancel') return 'cancelled';
  return invitation.ceremony.sequence > 0 ? 'moved' : 'new';
}

/** The invitation's words and `.ics` for `invitation.to`, in their language, organised by the desk. */
export function renderInvitation(
  invitation: CeremonyInvitation,
  deskAddress: string,
): RenderedInvitation {
  const { ceremony, to } = invitation;
  const language = to.locale;
  const format = formattersFor(explanationLanguages[language], invitation.timeZone);
  const values = {
    ceremony: translate(language, `agency.ceremony.${ceremony.kind}`),
    contract: invitation.contractName,
    when: format.time(ceremony.slot.start),
    until: format.time(ceremony.slot.end),
    zone: invitation.timeZone,
  };
  const change = changeOf(invitation);
  const why = ceremony.cancellation?.reason;
  // What changed, in words: the mail's body and the event's DESCRIPTION say the same.
  const description = [
    translate(language, `agency.invitation.${change}.body`, values),
    ...(change === 'cancelled' && why
      ? [translate(language, 'agency.invitation.cancelled.reason', { reason: why })]
      : []),
  ].join('\n');
  const mail = compose(translate(language, `agency.invitation.${change}.subject`, values), [
    translate(language, 'agency.invitation.greeting', { name: to.name }),
    description,
    translate(language, 'agency.invitation.calendar'),
  ]);
  const ics = renderIcs({
    name: values.contract,
    product: { company: 'pacta', product: 'agency' },
    method: invitation.method,
    events: [
      {
        uid: `${invitation.contractId}/${ceremony.key}@pacta`,
        when: { ...ceremony.slot, timeZone: invitation.timeZone },
        summary: `${values.ceremony} · ${values.contract}`,
        description,
        organizer: { name: invitation.contractName, email: deskAddress },
        attendees: invitation.attendees,
        sequence: ceremony.sequence,
        status: invitation.method === 'cancel' ? 'cancelled' : 'confirmed',
        stamp: invitation.stamp,
      },
    ],
  });
  return { ...mail, ics };
}
