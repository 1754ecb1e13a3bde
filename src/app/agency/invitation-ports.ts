/**
 * What the agency module needs to invite people to ceremonies by mail: the invitation as data,
 * the mail edge that words it and renders its `.ics`, and the outgoing queue it joins.
 */
import type { Ceremony } from '../../domain/agency/index.js';

/** An invitation to one attendee: a new or moved ceremony (REQUEST) or a cancelled one (CANCEL). */
export interface CeremonyInvitation {
  readonly method: 'request' | 'cancel';
  readonly contractId: string;
  readonly contractName: string;
  readonly timeZone: string;
  readonly ceremony: Ceremony;
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
  render(invitation: CeremonyInvitation): RenderedInvitation;
  /** The domain of the Message-IDs Pacta mints. */
  readonly messageIdDomain: string;
}

/** An invitation as queued, in the transaction that scheduled, moved or cancelled the ceremony. */
export interface InvitationMail {
  readonly id: string;
  /** Ceremony, sequence, method and person: the same version is never mailed twice. */
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
