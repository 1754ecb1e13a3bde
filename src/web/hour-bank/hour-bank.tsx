/**
 * The hour bank of a contract as agents and clients see it: the balance bar (used, left,
 * pending approval, expiring at period end, overage), the period statement, the ledger and the
 * consumption awaiting approval with its context (approvals.tsx).
 */
import { entryReasonText } from '../../i18n/index.js';
import { type Balance, desk, type LedgerEntry, type Statement } from '../api/desk.js';
import { hoursText, kindText } from '../desk/words.js';
import { calendarDate, formatMoney, lastDayBefore } from '../format.js';
import { type I18n, useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useLoad } from '../ui/use-load.js';
import { PendingApprovals } from './approvals.js';

type Segment = { key: 'used' | 'usable' | 'pending' | 'overage'; minutes: number };

/** What sets an entry apart, in a few words: its kind, source, decision or reason. */
function detailOf(entry: LedgerEntry, { t, locale }: I18n): string {
  switch (entry.type) {
    case 'consume':
      return [kindText(t, entry), entry.needsApproval ? t('bank.needsApproval') : '']
        .filter(Boolean)
        .join(' · ');
    case 'grant':
      return t(`bank.source.${entry.source}`);
    case 'approval':
      return [t(`bank.decision.${entry.decision}`), entry.reason ?? ''].filter(Boolean).join(' · ');
    case 'adjust':
    case 'reversal':
      return entryReasonText(locale, entry.reason);
    default:
      return '';
  }
}

/** The usable minutes that expire, grouped by the last day they can be used, soonest first. */
function expiriesOf(balance: Balance): { lastDay: string; minutes: number }[] {
  const byEnd = new Map<string, number>();
  for (const grant of balance.grants) {
    if (grant.expiresOn === null || grant.remainingMinutes <= 0) continue;
    byEnd.set(grant.expiresOn, (byEnd.get(grant.expiresOn) ?? 0) + grant.remainingMinutes);
  }
  return [...byEnd.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([end, minutes]) => ({ lastDay: lastDayBefore(end), minutes }));
}

/**
 * The balance bar with a legend that says every number in words: what can be used now, and of
 * it what expires on which day — hours are never called expired before their period closes.
 */
export function BalanceBar({ balance, statement }: { balance: Balance; statement: Statement }) {
  const i18n = useI18n();
  const { t } = i18n;
  const overage = balance.uncoveredMinutes;
  const segments: Segment[] = [
    { key: 'used', minutes: Math.max(0, statement.consumed.total - overage) },
    { key: 'usable', minutes: balance.availableMinutes },
    { key: 'pending', minutes: balance.pendingMinutes },
    { key: 'overage', minutes: overage },
  ];
  const total = segments.reduce((sum, s) => sum + s.minutes, 0);
  return (
    <section className="card balance" aria-labelledby="balance-title">
      <h2 id="balance-title">
        {t('bank.balanceTitle', {
          from: calendarDate(i18n.locale, balance.period.start),
          to: calendarDate(i18n.locale, balance.period.lastDay),
        })}
      </h2>
      <div className="balance__bar" aria-hidden="true">
        {total > 0 &&
          segments.map((s) =>
            s.minutes > 0 ? (
              <span
                key={s.key}
                className={`balance__seg balance__seg--${s.key}`}
                style={{ width: `${(100 * s.minutes) / total}%` }}
              />
            ) : null,
          )}
      </div>
      <dl className="balance__legend">
        {segments.map((s) => (
          <div key={s.key} data-segment={s.key}>
            <dt>
              <span className={`swatch balance__seg--${s.key}`} aria-hidden="true" />
              {t(`bank.segment.${s.key}`)}
            </dt>
            <dd className="numeric">{hoursText(i18n, s.minutes)}</dd>
          </div>
        ))}
      </dl>
      <ul className="balance__expiries">
        {expiriesOf(balance).map((expiry) => (
          <li key={expiry.lastDay} data-expires={expiry.lastDay}>
            {t('bank.expiresOn', {
              hours: hoursText(i18n, expiry.minutes),
              date: calendarDate(i18n.locale, expiry.lastDay),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The statement of the current period. */
export function StatementTable({ statement }: { statement: Statement }) {
  const i18n = useI18n();
  const { t } = i18n;
  const rows: [string, number][] = [
    [t('bank.st.opening'), statement.openingMinutes],
    [t('bank.st.granted'), statement.granted.total],
    [t('bank.st.adjusted'), statement.adjustedMinutes],
    [t('bank.st.consumed'), statement.consumed.total],
    [t('bank.st.pending'), statement.pendingMinutes],
    [t('bank.st.pendingFromEarlier'), statement.pendingFromEarlierMinutes],
    // an open period's expiry and closing balance are projections, and say so
    [t(statement.closed ? 'bank.st.expired' : 'bank.st.expiring'), statement.expiredMinutes],
    [t('bank.st.overage'), statement.overage.minutes],
    [
      t(statement.closed ? 'bank.st.closing' : 'bank.st.closingProjected'),
      statement.closingMinutes,
    ],
  ];
  const amount = statement.overage.amount;
  return (
    <TableRegion label={t('bank.statement')}>
      <table className="table table--dense">
        <caption className="table__caption">
          {t('bank.statement')} {statement.closed ? t('bank.closed') : t('bank.open')}
        </caption>
        <tbody>
          {rows.map(([label, minutes]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="numeric">{hoursText(i18n, minutes)}</td>
            </tr>
          ))}
          {amount && (
            <tr>
              <th scope="row">{t('bank.st.overageAmount')}</th>
              <td className="numeric">{formatMoney(i18n.locale, amount)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** The ledger, newest first. */
export function LedgerTable({ entries }: { entries: readonly LedgerEntry[] }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  return (
    <TableRegion label={t('bank.ledger')}>
      <table className="table table--dense ledger">
        <caption className="table__caption">{t('bank.ledger')}</caption>
        <TableHead
          columns={[
            { label: '#', numeric: true },
            t('bank.col.on'),
            t('bank.col.type'),
            t('bank.col.detail'),
            { label: t('bank.col.hours'), numeric: true },
          ]}
        />
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="numeric mono">{entry.id}</td>
              <td className="nowrap">{calendarDate(locale, entry.on)}</td>
              <td>{t(`bank.type.${entry.type}`)}</td>
              <td>{detailOf(entry, i18n)}</td>
              <td className="numeric">
                {'minutes' in entry ? hoursText(i18n, entry.minutes) : t('common.none')}
              </td>
            </tr>
          ))}
          {entries.length === 0 && <EmptyRow columns={5}>{t('bank.noEntries')}</EmptyRow>}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** Loads and shows a contract's whole hour bank; `ledger` adds the ledger entries. */
export function HourBank(props: { contractId: string; canDecide: boolean; ledger: boolean }) {
  const { contractId, ledger } = props;
  const bank = useLoad(
    () =>
      Promise.all([
        desk.balance(contractId),
        desk.statement(contractId),
        ledger ? desk.entries(contractId) : Promise.resolve([]),
      ]),
    [contractId, ledger],
  );
  if (!bank.data) return <ErrorSummary error={bank.error} />;
  const [balance, statement, entries] = bank.data;
  return (
    <div className="hour-bank">
      <ErrorSummary error={bank.error} />
      <BalanceBar balance={balance} statement={statement} />
      <PendingApprovals
        contractId={contractId}
        balance={balance}
        canDecide={props.canDecide}
        onDecided={bank.reload}
      />
      <StatementTable statement={statement} />
      {ledger && <LedgerTable entries={entries} />}
    </div>
  );
}
