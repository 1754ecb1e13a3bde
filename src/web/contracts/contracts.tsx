/**
 * Contracts for provider staff: the list (with "New contract" for account managers and
 * administrators), and a contract's page with its rules, amendments, authorised requesters,
 * hour bank and ledger, and its calendar feed's URL.
 */

import { useState } from 'react';
import { AgencyBoardSection } from '../agency/board.js';
import { ContractFeedSection } from '../agency/contract-feed.js';
import { type Contract, desk } from '../api/desk.js';
import { api } from '../api/endpoints.js';
import { plans } from '../api/plans.js';
import { Amendments } from '../contracts/amendments.js';
import { NewContractForm } from '../contracts/new-contract-form.js';
import { RequestersEditor } from '../contracts/requesters.js';
import { hoursText } from '../desk/words.js';
import { calendarDate } from '../format.js';
import { RuleList } from '../hour-bank/charge.js';
import { HourBank } from '../hour-bank/hour-bank.js';
import { useI18n } from '../i18n.js';
import { Reports } from '../reports/reports.js';
import { Link, navigate } from '../router.js';
import { useMe } from '../session.js';
import { SuccessSection } from '../success/success-section.js';
import { OpenPanelButton, useCreatePanel } from '../ui/create-panel.js';
import { ErrorSummary } from '../ui/errors.js';
import { Notice, PageHeader, setFlash, TableRegion, takeFlash } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useLoad } from '../ui/use-load.js';

/** The contracts list. */
export function ContractsPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const canManage = useCanManageContracts();
  const panel = useCreatePanel();
  const contracts = useLoad(() => desk.contracts(), []);
  const organisations = useLoad(() => api.organisations().catch(() => []), []);
  const catalogue = useLoad(() => (canManage ? plans.list() : Promise.resolve([])), [canManage]);
  const names = new Map((organisations.data ?? []).map((o) => [o.id, o.name]));
  return (
    <>
      <PageHeader
        title={t('contracts.title')}
        intro={t('contracts.intro')}
        actions={canManage && <OpenPanelButton panel={panel} label={t('contracts.new')} />}
      />
      {panel.creating && (
        <NewContractForm
          clients={(organisations.data ?? []).filter((o) => o.kind === 'client')}
          catalogue={catalogue.data ?? []}
          onCancel={panel.close}
          onCreated={(contract) => {
            setFlash(t('contracts.created', { name: contract.name }));
            navigate(`/contracts/${contract.id}`);
          }}
        />
      )}
      <ErrorSummary error={contracts.error} />
      <TableRegion label={t('contracts.title')}>
        <table className="table" aria-busy={contracts.loading}>
          <TableHead
            columns={[
              t('contracts.col.name'),
              t('contracts.col.client'),
              t('contracts.col.start'),
              { label: t('contracts.col.included'), numeric: true },
            ]}
          />
          <tbody>
            {(contracts.data ?? []).map((c) => (
              <tr key={c.id}>
                <th scope="row" className="table__primary">
                  <Link to={`/contracts/${c.id}`}>{c.name}</Link>
                </th>
                <td>{names.get(c.clientId) ?? t('common.none')}</td>
                <td>{calendarDate(locale, c.start)}</td>
                <td className="numeric">
                  {t('contracts.perPeriod', {
                    hours: hoursText(i18n, c.plan.includedMinutesPerPeriod),
                    period: t(`period.${c.plan.period}`),
                  })}
                </td>
              </tr>
            ))}
            {contracts.data?.length === 0 && (
              <EmptyRow columns={4}>{t('contracts.empty')}</EmptyRow>
            )}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}

/** Whether the signed-in user may create and amend contracts (administrators, account managers). */
function useCanManageContracts(): boolean {
  const { role } = useMe().user;
  return role === 'provider_admin' || role === 'account_manager';
}

/** One contract: its rules, amendments, requesters, hour-bank balance, statement and ledger. */
export function ContractPage({ id }: { id: string }) {
  const { t } = useI18n();
  const canManage = useCanManageContracts();
  const [notice] = useState(takeFlash);
  const contract = useLoad(() => desk.contract(id), [id]);
  const changed = (updated: Contract) => contract.set(updated);
  return (
    <>
      <p className="breadcrumb">
        <Link to={'/contracts'}>← {t('contracts.back')}</Link>
      </p>
      <PageHeader title={contract.data?.name ?? t('app.loading')} intro={t('contract.intro')} />
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary error={contract.error} />
      {contract.data && (
        <section className="card card--stack" aria-labelledby="rules-title">
          <h2 id="rules-title">{t('contract.rules')}</h2>
          <RuleList rules={contract.data.plan.consumption} />
        </section>
      )}
      <HourBank
        key={contract.data?.amendments.length ?? 0}
        contractId={id}
        canDecide={false}
        ledger
      />
      <Reports contractId={id} canIssue={canManage} />
      <AgencyBoardSection contractId={id} />
      <SuccessSection contractId={id} />
      <ContractFeedSection contractId={id} />
      {contract.data && (
        <div className="contract-manage">
          <Amendments contract={contract.data} canManage={canManage} onChanged={changed} />
          {canManage && <RequestersEditor contract={contract.data} />}
        </div>
      )}
    </>
  );
}
