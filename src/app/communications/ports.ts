/** What the communications use-cases need: consent histories, segment subjects, the link secret. */
import type { ConsentEvent, SegmentSubject } from '../../domain/communications/index.js';
import type { ContactReader, ContactRepository } from '../contacts/index.js';
import type { ChangeTx, Clock, Ids, Transact } from '../shared/index.js';

/** The append-only consent history. */
export interface ConsentRepository {
  append(event: ConsentEvent & { readonly id: string }): Promise<void>;
  /** A contact's consent events, oldest first. */
  history(contactId: string): Promise<ConsentEvent[]>;
}

/** Everything a segment rule reads, for every contact (the live count walks them all). */
export interface SegmentSubjects {
  all(): Promise<SegmentSubject[]>;
}

/** What communications use-cases write in one transaction. */
export interface CommunicationsTx extends ChangeTx {
  consents: ConsentRepository;
  contacts: Pick<ContactRepository, 'appendTrace'>;
}

/** Everything the communications use-cases need. */
export interface CommunicationsDeps {
  clock: Clock;
  ids: Ids;
  contacts: Pick<ContactReader, 'find'>;
  consents: Pick<ConsentRepository, 'history'>;
  segmentSubjects: SegmentSubjects;
  /** Secrets unsubscribe links are signed with, current first (older ones still verify). */
  unsubscribeSecrets: readonly string[];
  transact: Transact<CommunicationsTx>;
}
