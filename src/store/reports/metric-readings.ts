import type { MetricReadingRepository } from '../../app/reports/index.js';
import type { MetricKey } from '../../domain/reports/index.js';
import type { Db } from '../database.js';

/** Rows per insert: six parameters each, well under PostgreSQL's 65,535. */
const chunkRows = 1000;

/** A client's platform metrics in PostgreSQL: one row per contract, metric and day. */
export function metricReadingRepository(db: Db): MetricReadingRepository {
  return {
    async save(contractId, readings, by, at) {
      if (readings.length === 0) return { created: 0, changed: 0 };
      const stored = await db
        .selectFrom('metric_readings')
        .select(['metric', 'measured_on', 'hundredths'])
        .where('contract_id', '=', contractId)
        .where('metric', 'in', [...new Set(readings.map((r) => r.metric))])
        .where('measured_on', 'in', [...new Set(readings.map((r) => r.on))])
        .execute();
      const before = new Map(
        stored.map((r) => [`${r.metric}|${r.measured_on}`, Number(r.hundredths)]),
      );
      const fresh = readings.filter((r) => before.get(`${r.metric}|${r.on}`) !== r.hundredths);
      for (let start = 0; start < fresh.length; start += chunkRows) {
        await db
          .insertInto('metric_readings')
          .values(
            fresh.slice(start, start + chunkRows).map((r) => ({
              contract_id: contractId,
              metric: r.metric,
              measured_on: r.on,
              hundredths: r.hundredths,
              recorded_at: at,
              recorded_by: by,
            })),
          )
          .onConflict((oc) =>
            oc.columns(['contract_id', 'metric', 'measured_on']).doUpdateSet((eb) => ({
              hundredths: eb.ref('excluded.hundredths'),
              recorded_at: eb.ref('excluded.recorded_at'),
              recorded_by: eb.ref('excluded.recorded_by'),
            })),
          )
          .execute();
      }
      const created = fresh.filter((r) => !before.has(`${r.metric}|${r.on}`)).length;
      return { created, changed: fresh.length - created };
    },
    async list(contractId, from, to) {
      const rows = await db
        .selectFrom('metric_readings')
        .select(['metric', 'measured_on', 'hundredths'])
        .where('contract_id', '=', contractId)
        .where('measured_on', '>=', from)
        .where('measured_on', '<', to)
        .orderBy('measured_on')
        .orderBy('metric')
        .execute();
      return rows.map((r) => ({
        metric: r.metric as MetricKey,
        on: r.measured_on,
        hundredths: Number(r.hundredths),
      }));
    },
  };
}
