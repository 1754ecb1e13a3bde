/**
 * The client's account in the portal (seed 001): for each of its contracts, who looks after it
 * (its CSM, or its partner), its meetings with us and the account requests it made, and for the
 * decision-maker its calendar feed's URL.
 */
import { ContractFeedSection } from '../agency/contract-feed.js';
import { desk } from '../api/desk.js';
import { useI18n } from '../i18n.js';
import { useMe } from '../session.js';
import { ErrorSummary } from '../ui/errors.js';
import { PageHeader } from '../ui/page.js';
import { useLoad } from '../ui/use-load.js';
import { SuccessSection } from './success-section.js';

/** `/portal/account`: customer success of the client's contracts. */
export function PortalAccountPage() {
  const { t } = useI18n();
  const contracts = useLoad(() => desk.contracts(), []);
  // the decision-maker may hand out each contract's calendar feed (as the API allows)
  const decides = useMe().user.role === 'client_decision_maker';
  return (
    <>
      <PageHeader title={t('portal.account.title')} intro={t('portal.account.intro')} />
      <ErrorSummary error={contracts.error} />
      {contracts.data?.length === 0 && <p className="muted">{t('portal.noContract')}</p>}
      {(contracts.data ?? []).map((contract) => (
        <div key={contract.id}>
          <SuccessSection contractId={contract.id} title={contract.name} />
          {decides && <ContractFeedSection contractId={contract.id} title={contract.name} />}
        </div>
      ))}
    </>
  );
}
