import { InvalidFields } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import { checkMetricsBatch, type RawReading, reportError } from '../../domain/reports/index.js';
import { laterOf } from '../../domain/time/index.js';
import { loadContractContext } from '../contracts/index.js';
import { authorOf, type Origin, recordChange } from '../shared/index.js';
import type { ReportsDeps } from './ports.js';

/** What a batch of metrics did: values new to the store, values replaced, values already there. */
export interface RecordedMetrics {
  created: number;
  changed: number;
  unchanged: number;
}

/**
 * Records a batch of the client's platform metrics for the monitoring report (seed 002,
 * "Monitoreo periódico"; the API's `POST …/metrics` and the web app's CSV upload). The batch is
 * checked whole against the monitoring terms in force today: every refused row is named by its
 * field, and nothing is stored unless every row is accepted. A value of a metric and day already
 * stored is replaced, so a batch sent twice stores nothing twice. A contract whose plan has no
 * monitoring accepts none: they would never be reported.
 */
export async function recordMetrics(
  options: Pick<ReportsDeps, 'clock' | 'contracts' | 'calendars' | 'transact'> & {
    actor: Principal;
    origin: Origin;
    contractId: string;
    rows: readonly RawReading[];
    /** `.` for JSON and English CSV, `,` for a Spanish CSV. */
    decimalSeparator: '.' | ',';
    /** Where the rows sit in the input: `readings` for the API, `rows` for an upload. */
    path: string;
  },
): Promise<RecordedMetrics> {
  const context = await loadContractContext({ ...options, action: 'reports.issue' });
  const { contract } = context.record;
  const terms = context.versionAt(laterOf(context.today, contract.start)).plan.monitoring;
  if (terms === null)
    throw reportError(
      'monitoring_not_included',
      {},
      'the contract’s plan includes no monitoring',
      options.path,
    );
  const { readings, issues } = checkMetricsBatch(options.rows, {
    rules: terms.rules,
    contractStart: contract.start,
    today: context.today,
    decimalSeparator: options.decimalSeparator,
    path: options.path,
  });
  if (issues.length > 0) throw new InvalidFields(issues);
  return options.transact(async (tx) => {
    const at = options.clock.now();
    const saved = await tx.metricReadings.save(contract.id, readings, authorOf(options.actor), at);
    if (saved.created + saved.changed > 0)
      await recordChange(tx, {
        ...options,
        at,
        resourceType: 'metric_readings',
        resourceId: contract.id,
      });
    return { ...saved, unchanged: readings.length - saved.created - saved.changed };
  });
}
