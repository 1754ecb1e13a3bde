import type { ConsentEvent } from '../../domain/communications/index.js';
import type { Ids } from '../shared/index.js';
import type { CommunicationsTx } from './ports.js';

/** Appends a consent event and its line in the contact's history (`consent_granted`/`_withdrawn`). */
export async function appendConsent(
  tx: Pick<CommunicationsTx, 'consents' | 'contacts'>,
  ids: Ids,
  event: ConsentEvent,
  actorId: string | null,
): Promise<void> {
  await tx.consents.append({ ...event, id: ids.newId() });
  await tx.contacts.appendTrace([
    {
      id: ids.newId(),
      contactId: event.contactId,
      at: event.at,
      actorId,
      action: event.state === 'granted' ? 'consent_granted' : 'consent_withdrawn',
      field: `${event.channel}.${event.purpose}`,
      oldValue: null,
      newValue: event.source,
      reason: event.evidence,
    },
  ]);
}
