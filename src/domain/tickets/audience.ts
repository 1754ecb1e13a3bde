/**
 * Who reads what on a ticket. Seed 001's "cliente indirecto" puts a Solution Partner between
 * the provider and the client as first line, so a ticket's messages have three audiences:
 *
 * | visibility | written by                        | the provider | the managing partner | the client |
 * | ---------- | --------------------------------- | ------------ | -------------------- | ---------- |
 * | `public`   | anyone (a reply)                  | sees         | sees                 | sees       |
 * | `partner`  | the partner, or the provider      | sees         | sees                 | never      |
 * | `internal` | the provider only                 | sees         | never                | never      |
 *
 * A provider note shared with the partner only makes sense on a client a partner manages.
 */

import { invalidInput } from '../errors.js';
import type { OrganisationKind } from '../identity/roles.js';

/** Every visibility a ticket message can have, most open first. */
export const messageVisibilities = ['public', 'partner', 'internal'] as const;
/** One of {@link messageVisibilities}. */
export type MessageVisibility = (typeof messageVisibilities)[number];

/** The audiences of a note (a message the client never sees). */
export const noteAudiences = ['internal', 'partner'] as const;
/** One of {@link noteAudiences}: `internal` is the provider's own, `partner` is shared with the partner. */
export type NoteAudience = (typeof noteAudiences)[number];

const readers: Record<OrganisationKind, readonly MessageVisibility[]> = {
  provider: messageVisibilities,
  partner: ['public', 'partner'],
  client: ['public'],
};

/** The visibilities a reader of this kind of organisation may see. */
export function visibleMessages(reader: OrganisationKind): readonly MessageVisibility[] {
  return readers[reader];
}

/** Whether a reader of this kind of organisation sees a message of this visibility. */
export function seesMessage(reader: OrganisationKind, visibility: MessageVisibility): boolean {
  return readers[reader].includes(visibility);
}

/**
 * The audience of a note about to be written: a partner's notes are always shared with the
 * provider; the provider's are its own unless it shares them, which needs a managing partner.
 * Clients write no notes (the role gate refuses them before this).
 */
export function noteAudienceOf(
  author: OrganisationKind,
  requested: NoteAudience | undefined,
  client: { readonly partnerId: string | null },
): NoteAudience {
  if (author === 'partner') {
    if (requested === 'internal')
      throw invalidInput('audience', 'a partner’s notes are always shared with the provider');
    return 'partner';
  }
  const audience = requested ?? 'internal';
  if (audience === 'partner' && client.partnerId === null)
    throw invalidInput('audience', 'no partner manages this client: nobody would read the note');
  return audience;
}
