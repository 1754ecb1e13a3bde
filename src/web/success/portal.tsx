/**
 * The client's account in the portal (seed 001): for each of its contracts, who looks after it
 * (its CSM, or its partner), its meetings with us and the account requests it made.
 */
import { desk } from '../api/desk.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { PageHeader } from '../ui/page.js';
import { useLoad } from '../ui/use-load.js';
import { SuccessSection } from './success-section.js';

/** `/portal/account`: customer success of the client's contracts. */
export function PortalAccountPage() {
  const { t } = useI18n();
  const contracts = useLoad(() => desk.contracts(), []);
  return (
    <>
      <PageHeader title={t('portal.account.title')} intro={t('portal.account.intro')} />
      <ErrorSummary error={contracts.error} />
      {contracts.data?.length === 0 && <p className="muted">{t('portal.noContract')}</p>}
      {(contracts.data ?? []).map((contract) => (
        <SuccessSection key={contract.id} contractId={contract.id} title={contract.name} />
      ))}
    </>
  );
}
