import { describe, expect, it } from 'vitest';
import {
  type BatchContext,
  checkMetricsBatch,
  checkThresholds,
  metricsBatchSchema,
  type RawReading,
} from './metrics.js';

const rules = [{ key: 'accounts_rut', label: 'Cuentas con RUT' }];
const api: BatchContext = {
  rules,
  contractStart: '2025-01-01',
  today: '2025-03-10',
  decimalSeparator: '.',
  path: 'readings',
};

describe('a metrics batch', () => {
  it('is accepted whole, each value exact in hundredths', () => {
    const rows: RawReading[] = [
      { metric: 'licences_used', on: '2025-03-01', value: 47 },
      { metric: 'licences_available', on: '2025-03-01', value: '3' },
      { metric: 'login_rate', on: '2025-03-01', value: 87.5 },
      { metric: 'storage_used', on: '2025-03-10', value: '91.25' },
      { metric: 'api_calls', on: '2025-03-02', value: 120000 },
      { metric: 'completeness:accounts_rut', on: '2025-03-02', value: '64' },
    ];
    const { readings, issues } = checkMetricsBatch(rows, api);
    expect(issues).toEqual([]);
    expect(readings.map((r) => [r.metric, r.hundredths])).toEqual([
      ['licences_used', 4700],
      ['licences_available', 300],
      ['login_rate', 8750],
      ['storage_used', 9125],
      ['api_calls', 12_000_000],
      ['completeness:accounts_rut', 6400],
    ]);
  });

  it('reports every bad row with the field at fault, and accepts none of them', () => {
    const rows: RawReading[] = [
      { metric: 'cpu_load', on: '2025-03-01', value: 1 },
      { metric: 'completeness:contacts_email', on: '2025-03-01', value: 50 },
      { metric: 'login_rate', on: '2025-02-30', value: 50 },
      { metric: 'login_rate', on: '2024-12-31', value: 50 },
      { metric: 'login_rate', on: '2025-03-11', value: 50 },
      { metric: 'login_rate', on: '2025-03-02', value: 'mucho' },
      { metric: 'login_rate', on: '2025-03-03', value: '50.125' },
      { metric: 'licences_used', on: '2025-03-01', value: 10.5 },
      { metric: 'storage_used', on: '2025-03-01', value: 100.01 },
      { metric: 'api_calls', on: '2025-03-01', value: -1 },
      { metric: '', on: '', value: null },
      { metric: 'api_calls', on: '2025-03-05', value: 1 },
      { metric: 'api_calls', on: '2025-03-05', value: 2 },
    ];
    const { readings, issues } = checkMetricsBatch(rows, api);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['readings[0].metric', 'unknown_metric'],
      ['readings[1].metric', 'unknown_metric'],
      ['readings[2].on', 'not_a_date'],
      ['readings[3].on', 'before_contract'],
      ['readings[4].on', 'in_the_future'],
      ['readings[5].value', 'not_a_number'],
      ['readings[6].value', 'too_many_decimals'],
      ['readings[7].value', 'not_whole'],
      ['readings[8].value', 'out_of_range'],
      ['readings[9].value', 'out_of_range'],
      ['readings[10].metric', 'required'],
      ['readings[10].on', 'required'],
      ['readings[10].value', 'required'],
      ['readings[12]', 'duplicate'],
    ]);
    expect(readings.map((r) => r.on)).toEqual(['2025-03-05']);
    expect(issues.at(-1)?.params).toEqual({ row: 11 });
  });

  it("reads a Spanish CSV's decimal comma and refuses a dot there", () => {
    const csv = { ...api, decimalSeparator: ',' as const, path: 'rows' };
    const { readings, issues } = checkMetricsBatch(
      [
        { metric: 'login_rate', on: '2025-03-01', value: '87,5' },
        { metric: 'storage_used', on: '2025-03-01', value: '87.5' },
      ],
      csv,
    );
    expect(readings.map((r) => r.hundredths)).toEqual([8750]);
    expect(issues.map((i) => [i.path, i.code])).toEqual([['rows[1].value', 'not_a_number']]);
  });

  it('has an API shape that refuses an empty or oversized batch and unknown fields', () => {
    const row = { metric: 'api_calls', on: '2025-03-01', value: 1 };
    expect(metricsBatchSchema.safeParse({ readings: [] }).success).toBe(false);
    expect(metricsBatchSchema.safeParse({ readings: Array(5001).fill(row) }).success).toBe(false);
    expect(metricsBatchSchema.safeParse({ readings: [{ ...row, extra: 1 }] }).success).toBe(false);
    expect(metricsBatchSchema.safeParse({ readings: [row] }).success).toBe(true);
  });
});

describe('thresholds', () => {
  it('must name a metric the contract has, a limit in its range, once per direction', () => {
    const issues = checkThresholds({
      rules,
      thresholds: [
        { metric: 'storage_used', alertWhen: 'above', limit: 8500 },
        { metric: 'storage_used', alertWhen: 'below', limit: 1000 },
        { metric: 'storage_used', alertWhen: 'above', limit: 9000 },
        { metric: 'completeness:nope', alertWhen: 'below', limit: 9000 },
        { metric: 'login_rate', alertWhen: 'below', limit: 10_001 },
        { metric: 'licences_available', alertWhen: 'below', limit: 250 },
      ],
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['thresholds[2]', 'duplicate'],
      ['thresholds[3].metric', 'unknown_metric'],
      ['thresholds[4].limit', 'out_of_range'],
      ['thresholds[5].limit', 'not_whole'],
    ]);
  });
});
