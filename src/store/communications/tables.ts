/** The communications module's tables added after the contacts migration. */

/** One subscribed contact told of one update (migration 0035). */
export interface UpdateAnnouncementsTable {
  translation_group: string;
  contact_id: string;
  article_id: string;
  language: 'es' | 'en';
  queued_at: Date;
}
