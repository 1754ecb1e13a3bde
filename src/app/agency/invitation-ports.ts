/**
 * What the agency module needs to invite people by mail to a contract's events — its ceremonies,
 * and customer success's meetings, which use the same path: the invitation as data, the mail
 * edge that words it and renders its `.ics`, and the outgoing queue it joins.
 */
import type { CeremonyKind, Span } from '../../domain/agency/index.js';
import type { MeetingKind } from '../../domain/customer-success/index.js';

/** An event invited to, as its mail and `.ics` show it. */
export interface InvitedEvent {
  /** Whose words the mail uses: the agency's (ceremonies) or customer success's (meetings). */
  readonly family: 'agency' | 'customerSuccess';
  /** The catalog key naming what it is. */
  readonly what: `agency.ceremony.${CeremonyKind}` | `customerSuccess.meeting.${MeetingKind}`;
  /** Stable within the contract: the same event is never mailed twice in one version. */
  readonly key: string;
  /** The UID the contract's feed gives the event. */
  readonly uid: string;
  readonly slot: Span;
  /** iCalendar SEQUENCE: above 0 once moved. */
  readonly sequence: number;
  readonly cancellationReason: string | null;
  /** Who organises it; the contract's desk when null. */
  readonly organizer: { readonly name: string; readonly email: string } | null;
}

/** An invitation to one attendee: a new or moved event (REQUEST) or a cancelled one (CANCEL). */
export interface EventInvitation {
  readonly method: 'request' | 'cancel';
  readonly contractId: string;
  readonly contractName: string;
  readonly timeZone: string;
  readonly event: InvitedEvent;
  readonly to: { readonly email: string; readonly name: string; readonly locale: 'es' | 'en' };
  /** Everyone invited, as the `.ics` lists them. */
  readonly attendees: readonly { email: string; name: string; required: boolean }[];
  /** DTSTAMP, epoch ms. */
  readonly stamp: number;
}

/** An invitation in words, with its iCalendar text. */
export interface RenderedInvitation {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly ics: string;
}

/** How invitations are worded, as the composition root sets it. */
export interface AgencyMailer {
  render(invitation: EventInvitation): RenderedInvitation;
  /** The domain of the Message-IDs Pacta mints. */
  readonly messageIdDomain: string;
}

/** An invitation as queued, in the transaction that scheduled, moved or cancelled the event. */
export interface InvitationMail {
  readonly id: string;
  /** Event, sequence, method and person: the same version is never mailed twice. */
  readonly dedupeKey: string;
  readonly messageId: string;
  readonly toAddress: string;
  readonly toName: string;
  readonly language: 'es' | 'en';
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly { filename: string; contentType: string; content: string }[];
  readonly createdAt: Date;
}

/** The outgoing mail queue, as the agency writes to it. */
export interface InvitationQueue {
  enqueue(mail: InvitationMail): Promise<void>;
}
