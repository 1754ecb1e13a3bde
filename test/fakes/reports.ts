/** The archive of issued reports in memory: inserted, never changed, one row per version. */
import type { IssuedReportRecord, IssuedReportSummary } from '../../src/app/reports/index.js';
import type { Repositories } from '../../src/store/index.js';
import type { Tables } from './identity.js';
import { uniqueViolation } from './state.js';

function summary({ model: _model, ...rest }: IssuedReportRecord): IssuedReportSummary {
  return rest;
}

/** Issued reports over the tables in memory, with the real table's unique version per report. */
export function issuedReports(tables: Tables): Repositories['issuedReports'] {
  const byVersion = (a: IssuedReportRecord, b: IssuedReportRecord) => a.version - b.version;
  return {
    async add(record) {
      const state = tables();
      const same = (r: IssuedReportRecord) =>
        r.contractId === record.contractId &&
        r.kind === record.kind &&
        r.periodStart === record.periodStart &&
        r.version === record.version;
      if (state.issuedReports.some(same)) throw uniqueViolation('issued_reports_version');
      state.issuedReports.push(structuredClone(record));
    },
    find: async (id) => tables().issuedReports.find((r) => r.id === id),
    list: async (contractId) =>
      tables()
        .issuedReports.filter((r) => r.contractId === contractId)
        .sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime() || b.version - a.version)
        .map(summary),
    versions: async (contractId, kind, periodStart) =>
      tables()
        .issuedReports.filter(
          (r) => r.contractId === contractId && r.kind === kind && r.periodStart === periodStart,
        )
        .sort(byVersion)
        .map(summary),
  };
}
