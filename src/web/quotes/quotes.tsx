/**
 * The provider's quotes of one contract (seed 002: out-of-scope work and tickets past the
 * maximum become quotes): each with its state, version, hours, price and validity, a link to
 * its editor, and the button that drafts a new one.
 */
import { type Quote, quotes } from '../api/quotes.js';
import { calendarDate, formatMoney, hours } from '../format.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { ContractSelect, useContractPick } from '../ui/contract-pick.js';
import { ErrorSummary } from '../ui/errors.js';
import { PageHeader, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useLoad } from '../ui/use-load.js';
import { QuoteState } from './quote-view.js';

/** A quote's current version. */
export function currentOf(quote: Quote) {
  const version = quote.versions.at(-1);
  if (!version) throw new Error(`quote ${quote.id} has no version`);
  return version;
}

/** The table of a contract's quotes; `linkTo` gives each one's page. */
export function QuoteTable(props: { items: Quote[]; linkTo(quote: Quote): string }) {
  const { t, locale } = useI18n();
  return (
    <TableRegion label={t('quotes.list')}>
      <table className="table">
        <TableHead
          columns={[
            t('quotes.col.title'),
            t('quotes.col.state'),
            { label: t('quotes.col.version'), numeric: true },
            { label: t('quotes.col.hours'), numeric: true },
            { label: t('quotes.col.total'), numeric: true },
            t('quotes.col.validUntil'),
          ]}
        />
        <tbody>
          {props.items.length === 0 && <EmptyRow columns={6}>{t('quotes.none')}</EmptyRow>}
          {props.items.map((quote) => {
            const version = currentOf(quote);
            return (
              <tr key={quote.id}>
                <td>
                  <Link to={props.linkTo(quote)}>{version.title}</Link>
                </td>
                <td>
                  <QuoteState state={quote.state} />
                </td>
                <td className="numeric">{quote.version}</td>
                <td className="numeric">{hours(locale, version.totalMinutes)}</td>
                <td className="numeric">{formatMoney(locale, version.total)}</td>
                <td>{calendarDate(locale, version.validUntil)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** `/quotes`: the quotes of the picked contract. */
export function QuotesPage() {
  const { t } = useI18n();
  const { contracts, picked } = useContractPick();
  const list = useLoad(
    () => (picked ? quotes.list(picked.id) : Promise.resolve({ items: [] })),
    [picked?.id],
  );
  return (
    <>
      <PageHeader
        title={t('quotes.pageTitle')}
        intro={t('quotes.intro')}
        actions={
          picked && (
            <Link to={`/quotes/${picked.id}/new`} className="button button--primary">
              {t('quotes.new')}
            </Link>
          )
        }
      />
      <ContractSelect contracts={contracts} picked={picked} />
      <ErrorSummary error={list.error} />
      {list.data && picked && (
        <QuoteTable items={list.data.items} linkTo={(q) => `/quotes/${picked.id}/${q.id}`} />
      )}
    </>
  );
}
