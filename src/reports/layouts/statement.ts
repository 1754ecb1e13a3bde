/**
 * The monthly statement laid out for reading (PDF) and for Excel (CSV): the summary that
 * reconciles opening to closing, then the detail behind each figure and what is billed.
 */

import { currencies } from '../../domain/money.js';
import type {
  GrantShare,
  HourStatement,
  InvoiceLine,
  WorkLine,
} from '../../domain/reports/index.js';
import { addDays } from '../../domain/time/index.js';
import type { Locale } from '../../i18n/index.js';
import { moneyText, reasonText } from '../../i18n/index.js';
import {
  type Block,
  type Cell,
  cell,
  type Fact,
  type ReportDocument,
  type Section,
} from '../document.js';
import { dateText, minutesText } from '../format.js';
import { periodText, rangeText, type Translator as T, translator } from '../words.js';
import { condensedWork } from './condense.js';
import { issueFacts, note, type ReportHeading, table } from './heading.js';

function sourceText(t: T, source: GrantShare['source']): string {
  return t(`reports.source.${source}`);
}

function workTable(
  t: T,
  locale: Locale,
  lines: readonly WorkLine[],
  empty: string,
  approved: boolean,
): Block {
  const headers = [
    t('reports.col.date'),
    t('reports.col.ticket'),
    t('reports.col.requester'),
    t('reports.col.kind'),
    t('reports.col.worked'),
    t('reports.col.charged'),
    t('reports.col.reason'),
    ...(approved ? [t('reports.col.approvedOn')] : []),
  ];
  const rows = lines.map((line): Cell[] => [
    cell.date(line.workedOn),
    cell.text(line.title ? `${line.ticketLabel} · ${line.title}` : line.ticketLabel),
    cell.text(line.requester),
    cell.text(t(`kind.${line.kind}`)),
    cell.minutes(line.workedMinutes),
    cell.minutes(line.chargedMinutes),
    cell.text(line.reasons.map((reason) => reasonText(locale, reason)).join(' ')),
    ...(approved ? [cell.date(line.approvedOn)] : []),
  ]);
  return table(headers, rows, empty);
}

function grantTable(
  t: T,
  shares: readonly GrantShare[],
  empty: string,
  until: 'expiresOn' | 'usableUntil',
): Block {
  return table(
    [
      t('reports.col.grantedIn'),
      t('reports.col.source'),
      t(`reports.col.${until}`),
      t('reports.col.hours'),
    ],
    shares.map((share) => [
      cell.date(share.fromPeriodKey),
      cell.text(
        share.projected
          ? t('reports.projected', { value: sourceText(t, share.source) })
          : sourceText(t, share.source),
      ),
      cell.date(
        share.expiresOn === null
          ? null
          : until === 'expiresOn'
            ? share.expiresOn
            : addDays(share.expiresOn, -1),
      ),
      cell.minutes(share.minutes),
    ]),
    empty,
  );
}

function invoiceRow(t: T, locale: Locale, line: InvoiceLine): Cell[] {
  const [concept, detail] = ((): [string, string] => {
    switch (line.kind) {
      case 'fee': {
        const range = { from: dateText(line.from, locale), to: dateText(line.to, locale) };
        return [t('reports.statement.fee'), t(`reports.statement.fee.${line.timing}`, range)];
      }
      case 'overage': {
        const rate = moneyText(line.ratePerHour, locale);
        const hours = minutesText(line.minutes);
        return [
          t('reports.statement.overage'),
          t('reports.statement.overageDetail', { hours, rate }),
        ];
      }
      case 'prepaid': {
        const bought = { hours: minutesText(line.minutes), date: dateText(line.on, locale) };
        return [t('reports.statement.prepaidLine'), t('reports.statement.prepaidDetail', bought)];
      }
    }
  })();
  return [cell.text(concept), cell.text(detail), cell.money(line.amount)];
}

function summary(t: T, s: HourStatement): Fact[] {
  return [
    { label: t('reports.statement.opening'), value: cell.minutes(s.openingMinutes) },
    { label: t('reports.statement.allotment'), value: cell.minutes(s.granted.allotment) },
    { label: t('reports.statement.growth'), value: cell.minutes(s.granted.growth) },
    { label: t('reports.statement.prepaid'), value: cell.minutes(s.granted.prepaid) },
    { label: t('reports.statement.adjusted'), value: cell.minutes(s.adjustedMinutes) },
    { label: t('reports.statement.consumed'), value: cell.minutes(-s.consumedMinutes) },
    { label: t('reports.statement.uncovered'), value: cell.minutes(s.overage.minutes) },
    { label: t('reports.statement.expired'), value: cell.minutes(-s.expiredMinutes) },
    { label: t('reports.statement.closing'), value: cell.minutes(s.closingMinutes), strong: true },
    {
      label: t('reports.statement.pending'),
      value: cell.minutes(s.pending.reduce((sum, l) => sum + l.chargedMinutes, 0)),
    },
    {
      label: t('reports.statement.pendingEarlier'),
      value: cell.minutes(s.pendingFromEarlier.reduce((sum, l) => sum + l.chargedMinutes, 0)),
    },
  ];
}

/** The statement as a document in `locale`. */
export function statementDocument(
  s: HourStatement,
  locale: Locale,
  heading: ReportHeading,
): ReportDocument {
  const t = translator(locale);
  const period = periodText(locale, s.period);
  const invoice = table(
    [t('reports.col.concept'), t('reports.col.detail'), t('reports.col.amount')],
    [
      ...s.invoice.map((line) => invoiceRow(t, locale, line)),
      ...(s.invoiceTotal
        ? [[cell.text(t('reports.statement.total')), cell.empty, cell.money(s.invoiceTotal)]]
        : []),
    ],
    t('reports.statement.invoiceEmpty'),
  );
  const sections: Section[] = [
    {
      heading: t('reports.statement.summary'),
      blocks: [{ kind: 'facts', facts: summary(t, s) }],
    },
    {
      heading: t('reports.statement.carriedOver'),
      blocks: [grantTable(t, s.carriedOver, t('reports.statement.carriedOverEmpty'), 'expiresOn')],
    },
    {
      heading: t('reports.statement.grants'),
      blocks: [
        table(
          [
            t('reports.col.date'),
            t('reports.col.source'),
            t('reports.col.expiresOn'),
            t('reports.col.hours'),
          ],
          s.grants.map((g) => [
            cell.date(g.on),
            cell.text(sourceText(t, g.source)),
            cell.date(g.expiresOn),
            cell.minutes(g.minutes),
          ]),
          '',
        ),
      ],
    },
    {
      heading: t('reports.statement.consumption'),
      blocks: [workTable(t, locale, s.consumption, t('reports.statement.consumptionEmpty'), true)],
      condensed: condensedWork(t, s.consumption),
    },
    ...optionalWork(t, locale, t('reports.statement.uncharged'), s.uncharged),
    ...optionalWork(t, locale, t('reports.statement.pendingTitle'), s.pending),
    ...optionalWork(t, locale, t('reports.statement.pendingEarlierTitle'), s.pendingFromEarlier),
    ...optionalWork(t, locale, t('reports.statement.rejected'), s.rejected),
    ...optional(t('reports.statement.adjustments'), s.adjustments, (lines) =>
      table(
        [t('reports.col.date'), t('reports.col.detail'), t('reports.col.hours')],
        lines.map((a) => [cell.date(a.on), cell.text(a.reason), cell.minutes(a.minutes)]),
        '',
      ),
    ),
    {
      heading: t('reports.statement.expiries'),
      blocks: [grantTable(t, s.expiries, t('reports.statement.expiriesEmpty'), 'expiresOn')],
    },
    {
      heading: t('reports.statement.closingGrants'),
      blocks: [grantTable(t, s.closingGrants, t('reports.statement.closingEmpty'), 'usableUntil')],
    },
    {
      heading: t('reports.statement.invoice'),
      blocks: [invoice, ...(s.overage.ratePerHour ? [] : [note(t('reports.statement.noRate'))])],
    },
  ];
  return {
    locale,
    title: t('reports.statement.title'),
    subtitle: `${heading.clientName} · ${heading.contractName} · ${period}`,
    facts: [
      {
        label: t('reports.period'),
        value: cell.text(rangeText(locale, s.period.start, s.period.lastDay)),
      },
      {
        label: t('reports.state'),
        value: cell.text(t(s.closed ? 'reports.state.closed' : 'reports.state.open')),
      },
      ...issueFacts(t, heading),
      {
        label: t('reports.currency'),
        value: cell.text(`${currencies[s.currency].label} (${s.currency})`),
      },
    ],
    sections,
    footer: t('reports.footer', { contract: heading.contractName, period }),
  };
}

/** A section of work lines only when it has some, condensed when too long to print. */
function optionalWork(
  t: T,
  locale: Locale,
  heading: string,
  lines: readonly WorkLine[],
): Section[] {
  const block = (shown: readonly WorkLine[]) => workTable(t, locale, shown, '', false);
  return optional(heading, lines, block).map((section) => ({
    ...section,
    condensed: condensedWork(t, lines),
  }));
}

/** A section only when it has lines. */
function optional<L>(
  heading: string,
  lines: readonly L[],
  block: (lines: readonly L[]) => Block,
): Section[] {
  return lines.length === 0 ? [] : [{ heading, blocks: [block(lines)] }];
}
