/**
 * The client's side of the agency work in the portal: for each of its contracts on the agile
 * plan, the board as the client sees it, where the decision-maker approves deliveries or asks
 * for changes within the 16-business-hour clock.
 */
import { desk } from '../api/desk.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { PageHeader } from '../ui/page.js';
import { useLoad } from '../ui/use-load.js';
import { AgencyBoardSection } from './board.js';

/** `/portal/agency`: the agency boards of the client's contracts. */
export function PortalAgencyPage() {
  const { t } = useI18n();
  const contracts = useLoad(() => desk.contracts(), []);
  return (
    <>
      <PageHeader title={t('portal.agency.title')} intro={t('portal.agency.intro')} />
      <ErrorSummary error={contracts.error} />
      {contracts.data?.length === 0 && <p className="muted">{t('portal.noContract')}</p>}
      {(contracts.data ?? []).map((contract) => (
        <AgencyBoardSection
          key={contract.id}
          contractId={contract.id}
          contractName={contract.name}
        />
      ))}
    </>
  );
}
