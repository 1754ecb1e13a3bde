/**
 * A contract's calendar feed on its page, for those who may issue it (provider staff and the
 * client's decision-maker): a secret URL in the viewer's language, rotated or revoked.
 */
import { agency } from '../api/agency.js';
import { useI18n } from '../i18n.js';
import { FeedUrlSection } from './feed-url.js';

/** The contract's feed section; `title` names the contract where several are listed. */
export function ContractFeedSection({ contractId, title }: { contractId: string; title?: string }) {
  const { t, locale } = useI18n();
  return (
    <FeedUrlSection
      texts={{
        id: `contract-feed-${contractId}`,
        title: title
          ? t('agency.contractFeed.titleOf', { contract: title })
          : t('agency.contractFeed.title'),
        intro: t('agency.contractFeed.intro'),
        url: t('agency.contractFeed.url'),
        issue: t('agency.contractFeed.issue'),
        rotate: t('agency.contractFeed.rotate'),
        revoke: t('agency.contractFeed.revoke'),
        revoked: t('agency.contractFeed.revoked'),
      }}
      query={`?locale=${locale}`}
      issue={() => agency.issueContractFeed(contractId, false)}
      rotate={() => agency.issueContractFeed(contractId, true)}
      revoke={() => agency.revokeContractFeed(contractId)}
    />
  );
}
