/**
 * What the communications use-cases need: consent histories, segment subjects, the link secret,
 * and for the updates section's mail the updates, who was told of them and the outgoing mail.
 */
import type { ConsentEvent, SegmentSubject } from '../../domain/communications/index.js';
import type { ContentLanguage } from '../../domain/knowledge/index.js';
import type { ContactReader, ContactRepository } from '../contacts/index.js';
import type { KnowledgeReader } from '../knowledge/index.js';
import type { OutgoingRepository, RenderedMail } from '../mail/index.js';
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

/** One contact told of one update (its translation group), in one translation. */
export interface Announcement {
  readonly translationGroup: string;
  readonly contactId: string;
  readonly articleId: string;
  readonly language: ContentLanguage;
  readonly at: number;
}

/** Who was told of which update: at most one announcement per update and contact. */
export interface AnnouncementLog {
  /** The contacts already told of the update. */
  told(translationGroup: string): Promise<string[]>;
  record(announcements: readonly Announcement[]): Promise<void>;
}

/** An update's mail as its renderer needs it. */
export interface UpdateNotice {
  readonly name: string;
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  /** The update's help-centre page. */
  readonly url: string;
  readonly unsubscribeUrl: string;
}

/** How the updates section's mail is written and addressed. */
export interface UpdateMailer {
  render(notice: UpdateNotice, language: ContentLanguage): RenderedMail;
  /** The address people reach the web app at: help pages and unsubscribe links start with it. */
  readonly publicUrl: string;
  readonly messageIdDomain: string;
}

/** What communications use-cases write in one transaction. */
export interface CommunicationsTx extends ChangeTx {
  consents: ConsentRepository;
  contacts: Pick<ContactRepository, 'appendTrace'>;
  updateAnnouncements: AnnouncementLog;
  outgoingMail: Pick<OutgoingRepository, 'enqueue'>;
}

/** Everything the communications use-cases need. */
export interface CommunicationsDeps {
  clock: Clock;
  ids: Ids;
  contacts: Pick<ContactReader, 'find' | 'findByUser'>;
  consents: Pick<ConsentRepository, 'history'>;
  segmentSubjects: SegmentSubjects;
  /** Secrets unsubscribe links are signed with, current first (older ones still verify). */
  unsubscribeSecrets: readonly string[];
  articles: Pick<KnowledgeReader, 'translations'>;
  updateAnnouncements: Pick<AnnouncementLog, 'told'>;
  updateMailer: UpdateMailer;
  transact: Transact<CommunicationsTx>;
}
