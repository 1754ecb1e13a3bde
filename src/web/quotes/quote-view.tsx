/**
 * One version of a quote as both sides read it: its lines (hours × rate or a fixed amount, each
 * with its exact amount), the total hours and price, the last day it may be accepted and the
 * terms; and the quote's history.
 */
import type { Quote, QuoteVersion } from '../api/quotes.js';
import { calendarDate, formatMoney, hours } from '../format.js';
import { useI18n } from '../i18n.js';
import { TableHead } from '../ui/table.js';

/** A quote state as a badge. */
export function QuoteState({ state }: { state: Quote['state'] }) {
  const { t } = useI18n();
  return (
    <span className={`badge quote-state quote-state--${state}`}>{t(`quotes.state.${state}`)}</span>
  );
}

/** The lines, totals, validity and terms of `version`. */
export function VersionView({ version }: { version: QuoteVersion }) {
  const { t, locale } = useI18n();
  return (
    <div className="quote-version" data-version={version.number}>
      <table className="table table--dense">
        <caption className="table__caption">
          {t('quotes.versionCaption', { number: version.number, title: version.title })}
        </caption>
        <TableHead
          columns={[
            t('quotes.col.description'),
            { label: t('quotes.col.hours'), numeric: true },
            { label: t('quotes.col.rate'), numeric: true },
            { label: t('quotes.col.amount'), numeric: true },
          ]}
        />
        <tbody>
          {version.lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a version's lines never change
            <tr key={index}>
              <td>{line.description}</td>
              <td className="numeric">
                {line.kind === 'hours' ? hours(locale, line.minutes) : '–'}
              </td>
              <td className="numeric">
                {line.kind === 'hours'
                  ? formatMoney(locale, line.ratePerHour)
                  : t('quotes.kind.fixed')}
              </td>
              <td className="numeric">{formatMoney(locale, line.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('quotes.col.total')}</th>
            <td className="numeric">{hours(locale, version.totalMinutes)}</td>
            <td />
            <td className="numeric" data-testid="version-total">
              {formatMoney(locale, version.total)}
            </td>
          </tr>
        </tfoot>
      </table>
      <p>{t('quotes.validUntilText', { date: calendarDate(locale, version.validUntil) })}</p>
      {version.terms !== '' && <p className="quote-terms">{version.terms}</p>}
    </div>
  );
}

/** What happened to the quote, oldest first. */
export function QuoteHistory({ quote }: { quote: Quote }) {
  const { t, locale } = useI18n();
  return (
    <ol className="quote-history">
      {quote.history.map((step, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows
        <li key={index}>
          {t('quotes.historyLine', {
            date: calendarDate(locale, step.on),
            action: t(`quotes.action.${step.action}`),
            version: step.version,
          })}
          {step.reason && ` — ${step.reason}`}
        </li>
      ))}
    </ol>
  );
}
