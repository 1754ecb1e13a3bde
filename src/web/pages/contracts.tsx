/** Contracts for agents: the list, and a contract's page with its hour bank and ledger. */

import { desk } from '../api/desk.js';
import { api } from '../api/endpoints.js';
import { RuleList } from '../desk/charge.js';
import { HourBank } from '../desk/hour-bank.js';
import { hoursText } from '../desk/words.js';
import { dateOnly } from '../format.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { ErrorSummary } from '../ui/errors.js';
import { PageHeader, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useLoad } from '../ui/use-load.js';

/** The contracts list. */
export function ContractsPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const contracts = useLoad(() => desk.contracts(), []);
  const organisations = useLoad(() => api.organisations().catch(() => []), []);
  const names = new Map((organisations.data ?? []).map((o) => [o.id, o.name]));
  return (
    <>
      <PageHeader title={t('contracts.title')} intro={t('contracts.intro')} />
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
                <td>{dateOnly(locale, c.start)}</td>
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

/** One contract: its rules, hour-bank balance, statement and ledger. */
export function ContractPage({ id }: { id: string }) {
  const { t } = useI18n();
  const contract = useLoad(() => desk.contract(id), [id]);
  return (
    <>
      <p className="breadcrumb">
        <Link to={'/contracts'}>← {t('contracts.back')}</Link>
      </p>
      <PageHeader title={contract.data?.name ?? t('app.loading')} intro={t('contract.intro')} />
      <ErrorSummary error={contract.error} />
      {contract.data && (
        <section className="card card--stack" aria-labelledby="rules-title">
          <h2 id="rules-title">{t('contract.rules')}</h2>
          <RuleList rules={contract.data.plan.consumption} />
        </section>
      )}
      <HourBank contractId={id} canDecide={false} ledger />
    </>
  );
}
