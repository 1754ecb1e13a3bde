/**
 * A project's tables laid out for the reports' renderers (CSV with a BOM, formula escaping and
 * the locale's decimal mark; PDF): the product backlog, the RACI matrix and the roadmap's plan
 * against its actual dates. Headers and codes are translated here, values stay typed.
 */
import type { CsvColumn, CsvTable, CsvValue, PhaseProgress } from '../../domain/projects/index.js';
import type { LocalDate } from '../../domain/time/index.js';
import { catalogs, type Locale } from '../../i18n/index.js';
import { type Cell, cell, type ReportDocument } from '../document.js';
import { translator } from '../words.js';
import { table } from './heading.js';

/** Whose project and on which day the document is made. */
export interface ProjectHeading {
  readonly projectName: string;
  readonly contractName: string;
  readonly issuedOn: LocalDate;
}

/** A message of the catalog by a key the projects domain names (every one has a message). */
function message(locale: Locale, key: string): string {
  const text = (catalogs[locale] as Readonly<Record<string, string>>)[key];
  if (text === undefined) throw new Error(`no ${locale} message for ${key}`);
  return text;
}

/** A value as a typed cell: codes translated, decimal hours ("2.50") in exact hundredths. */
function valueCell(locale: Locale, column: CsvColumn, value: CsvValue): Cell {
  if (value === null || value === '') return cell.empty;
  switch (column.values) {
    case 'code': {
      const prefix = column.key === 'phase' ? 'projects.phase.' : 'projects.code.';
      return cell.text(message(locale, `${prefix}${value}`));
    }
    case 'number':
      return typeof value === 'number'
        ? cell.count(value)
        : cell.hundredths(Number(value.replace('.', '')), false);
    case 'date':
      return cell.date(String(value));
    case 'text':
      return cell.text(String(value));
  }
}

function document(
  locale: Locale,
  heading: ProjectHeading,
  title: string,
  blocks: ReportDocument['sections'][number]['blocks'],
): ReportDocument {
  const t = translator(locale);
  return {
    locale,
    title: `${title} — ${heading.projectName}`,
    subtitle: heading.contractName,
    facts: [{ label: t('reports.issuedOn'), value: cell.date(heading.issuedOn) }],
    sections: [{ heading: title, blocks }],
    footer: `${heading.contractName} · ${heading.projectName}`,
  };
}

/** The backlog or the RACI matrix as a document, its headers in the reader's language. */
export function projectTableDocument(
  locale: Locale,
  heading: ProjectHeading,
  kind: 'backlog' | 'raci',
  source: CsvTable,
): ReportDocument {
  const headers = source.columns.map((column) =>
    'code' in column.header ? message(locale, column.header.code) : column.header.name,
  );
  const rows = source.rows.map((row) =>
    source.columns.map((column, index) => valueCell(locale, column, row[index] ?? null)),
  );
  const title = message(locale, `projects.${kind}.title`);
  return document(locale, heading, title, [table(headers, rows, '—')]);
}

function delayCell(delay: number | null): Cell {
  return delay === null ? cell.empty : cell.count(delay);
}

/** The roadmap: each phase planned and as it really went, with its delay and expected results. */
export function roadmapDocument(
  locale: Locale,
  heading: ProjectHeading,
  phases: readonly PhaseProgress[],
): ReportDocument {
  const t = translator(locale);
  const headers = [
    t('projects.roadmap.phase'),
    t('projects.roadmap.planned_start'),
    t('projects.roadmap.planned_end'),
    t('projects.roadmap.business_days'),
    t('projects.roadmap.actual_start'),
    t('projects.roadmap.actual_end'),
    t('projects.roadmap.delay'),
    t('projects.roadmap.results'),
  ];
  const rows = phases.map(({ phase, actual, endDelay, startDelay }) => [
    cell.text(t(`projects.phase.${phase.key}`)),
    cell.date(phase.start),
    cell.date(phase.end),
    cell.count(phase.businessDays),
    cell.date(actual.start),
    cell.date(actual.end),
    delayCell(endDelay ?? startDelay),
    cell.text(phase.expectedResults.map((r) => t(`projects.result.${r}`)).join('; ')),
  ]);
  const title = t('projects.roadmap.title');
  return document(locale, heading, title, [table(headers, rows, t('projects.roadmap.none'))]);
}
