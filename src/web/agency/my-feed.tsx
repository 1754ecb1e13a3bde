/** The signed-in user's own agency calendar URL: made (again) and revoked from their account. */
import { agency } from '../api/agency.js';
import { useI18n } from '../i18n.js';
import { FeedUrlSection } from './feed-url.js';

/** A section: the URL is shown once, right after it is made; making a new one ends the old. */
export function MyCalendarFeed() {
  const { t } = useI18n();
  return (
    <FeedUrlSection
      texts={{
        id: 'my-feed-title',
        title: t('agency.myFeed.title'),
        intro: t('agency.myFeed.intro'),
        url: t('agency.myFeed.url'),
        issue: t('agency.myFeed.issue'),
        revoke: t('agency.myFeed.revoke'),
        revoked: t('agency.myFeed.revoked'),
      }}
      issue={agency.issueMyFeed}
      revoke={agency.revokeMyFeed}
    />
  );
}
