/**
 * Any report's model laid out as a document: the one entry point the routes, the archive and
 * the jobs render through, whichever the report's kind.
 */
import type { ReportModel } from '../app/reports/index.js';
import type { Locale } from '../i18n/index.js';
import type { ReportDocument } from './document.js';
import { complianceDocument } from './layouts/compliance.js';
import type { ReportHeading } from './layouts/heading.js';
import { monitoringDocument } from './layouts/monitoring.js';
import { planningDocument } from './layouts/planning.js';
import { statementDocument } from './layouts/statement.js';

/** The document of a report in a language. */
export function reportDocument(
  model: ReportModel,
  locale: Locale,
  heading: ReportHeading,
): ReportDocument {
  switch (model.kind) {
    case 'statement':
      return statementDocument(model.report, locale, heading);
    case 'compliance':
      return complianceDocument(model.report, locale, heading);
    case 'planning':
      return planningDocument(model.report, locale, heading);
    case 'monitoring':
      return monitoringDocument(model.report, locale, heading);
  }
}

/** The file name of a report, without its extension: `statement-2026-03-01`, `…-v2` for a re-issue. */
export function reportFileStem(kind: string, periodStart: string, version?: number): string {
  return `${kind}-${periodStart}${version !== undefined && version > 1 ? `-v${version}` : ''}`;
}
