/** Who was told of which update (the updates section's mail). */
import type { AnnouncementLog } from '../../app/communications/index.js';
import { isUuid } from '../contacts/codec.js';
import type { Db } from '../database.js';

/** The announcement log over one database or transaction. */
export function announcementLog(db: Db): AnnouncementLog {
  return {
    async told(translationGroup) {
      if (!isUuid(translationGroup)) return [];
      const rows = await db
        .selectFrom('update_announcements')
        .select('contact_id')
        .where('translation_group', '=', translationGroup)
        .execute();
      return rows.map((row) => row.contact_id);
    },
    async record(announcements) {
      if (announcements.length === 0) return;
      await db
        .insertInto('update_announcements')
        .values(
          announcements.map((a) => ({
            translation_group: a.translationGroup,
            contact_id: a.contactId,
            article_id: a.articleId,
            language: a.language,
            queued_at: new Date(a.at),
          })),
        )
        .onConflict((oc) => oc.columns(['translation_group', 'contact_id']).doNothing())
        .execute();
    },
  };
}
