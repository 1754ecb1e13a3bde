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

/** Platform metrics in memory: one value per contract, metric and day, like the real table's key. */
export function metricReadings(tables: Tables): Repositories['metricReadings'] {
  return {
    async save(contractId, readings) {
      const rows = tables().metricReadings;
      let created = 0;
      let changed = 0;
      for (const reading of readings) {
        const at = rows.findIndex(
          (r) => r.contractId === contractId && r.metric === reading.metric && r.on === reading.on,
        );
        if (at === -1) {
          rows.push({ contractId, ...reading });
          created++;
        } else if (rows[at]?.hundredths !== reading.hundredths) {
          rows[at] = { contractId, ...reading };
          changed++;
        }
      }
      return { created, changed };
    },
    list: async (contractId, from, to) =>
      tables()
        .metricReadings.filter((r) => r.contractId === contractId && r.on >= from && r.on < to)
        .sort((a, b) => a.on.localeCompare(b.on) || a.metric.localeCompare(b.metric))
        .map(({ contractId: _contract, ...reading }) => reading),
  };
}

/** Monitoring recommendations in memory: one text per contract and window. */
export function recommendations(tables: Tables): Repositories['recommendations'] {
  const same =
    (contractId: string, windowStart: string) => (r: { contractId: string; windowStart: string }) =>
      r.contractId === contractId && r.windowStart === windowStart;
  return {
    async set(contractId, windowStart, text) {
      const rows = tables().recommendations;
      const at = rows.findIndex(same(contractId, windowStart));
      if (at === -1) rows.push({ contractId, windowStart, text });
      else rows[at] = { contractId, windowStart, text };
    },
    find: async (contractId, windowStart) =>
      tables().recommendations.find(same(contractId, windowStart))?.text,
  };
}

/** Estimates of planned work in memory: one per ticket. */
export function ticketEstimates(tables: Tables): Repositories['ticketEstimates'] {
  const rows = () => tables().ticketEstimates;
  return {
    async set(estimate) {
      const at = rows().findIndex((e) => e.ticketId === estimate.ticketId);
      if (at === -1) rows().push({ ...estimate });
      else rows()[at] = { ...estimate };
    },
    async clear(ticketId) {
      const at = rows().findIndex((e) => e.ticketId === ticketId);
      if (at !== -1) rows().splice(at, 1);
      return at !== -1;
    },
    find: async (ticketId) => rows().find((e) => e.ticketId === ticketId),
    planned: async (contractId, from, to) =>
      rows()
        .filter((e) => e.contractId === contractId && e.plannedFor >= from && e.plannedFor < to)
        .sort(
          (a, b) =>
            a.plannedFor.localeCompare(b.plannedFor) || a.ticketId.localeCompare(b.ticketId),
        ),
  };
}
