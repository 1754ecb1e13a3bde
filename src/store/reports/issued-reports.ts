import type { Selectable } from 'kysely';
import type { IssuedReportRepository, IssuedReportSummary } from '../../app/reports/index.js';
import type { IssueReason, ReportKind } from '../../domain/reports/index.js';
import type { Db } from '../database.js';
import type { IssuedReportsTable } from '../schema.js';
import { decodeSnapshot, encodeSnapshot } from './snapshot.js';

const summaryColumns = [
  'id',
  'contract_id',
  'client_id',
  'kind',
  'period_start',
  'period_last_day',
  'version',
  'replaces_id',
  'reason',
  'issued_on',
  'issued_at',
  'issued_by',
  'contract_name',
  'client_name',
  'time_zone',
] as const;

function toSummary(row: Omit<Selectable<IssuedReportsTable>, 'model'>): IssuedReportSummary {
  return {
    id: row.id,
    contractId: row.contract_id,
    clientId: row.client_id,
    kind: row.kind as ReportKind,
    periodStart: row.period_start,
    periodLastDay: row.period_last_day,
    version: row.version,
    replacesId: row.replaces_id,
    reason: row.reason as IssueReason,
    issuedOn: row.issued_on,
    issuedAt: row.issued_at,
    issuedBy: row.issued_by,
    contractName: row.contract_name,
    clientName: row.client_name,
    timeZone: row.time_zone,
  };
}

/** The archive of issued reports in PostgreSQL: inserted, never updated (the table refuses it). */
export function issuedReportRepository(db: Db): IssuedReportRepository {
  return {
    async add(record) {
      await db
        .insertInto('issued_reports')
        .values({
          id: record.id,
          contract_id: record.contractId,
          client_id: record.clientId,
          kind: record.kind,
          period_start: record.periodStart,
          period_last_day: record.periodLastDay,
          version: record.version,
          replaces_id: record.replacesId,
          reason: record.reason,
          issued_on: record.issuedOn,
          issued_at: record.issuedAt,
          issued_by: record.issuedBy,
          model: encodeSnapshot(record.model),
          contract_name: record.contractName,
          client_name: record.clientName,
          time_zone: record.timeZone,
        })
        .execute();
    },
    async find(id) {
      const row = await db
        .selectFrom('issued_reports')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && { ...toSummary(row), model: decodeSnapshot(row.model) };
    },
    async list(contractId) {
      const rows = await db
        .selectFrom('issued_reports')
        .select(summaryColumns)
        .where('contract_id', '=', contractId)
        .orderBy('issued_at', 'desc')
        .orderBy('version', 'desc')
        .execute();
      return rows.map(toSummary);
    },
    async versions(contractId, kind, periodStart) {
      const rows = await db
        .selectFrom('issued_reports')
        .select(summaryColumns)
        .where('contract_id', '=', contractId)
        .where('kind', '=', kind)
        .where('period_start', '=', periodStart)
        .orderBy('version')
        .execute();
      return rows.map(toSummary);
    },
  };
}
