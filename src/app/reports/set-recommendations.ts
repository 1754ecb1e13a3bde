import type { Principal } from '../../domain/identity/policy.js';
import { reportError, windowOf } from '../../domain/reports/index.js';
import type { LocalDate } from '../../domain/time/index.js';
import { type ContractContext, loadContractContext } from '../contracts/index.js';
import { authorOf, type Origin, rebasePath, recordChange } from '../shared/index.js';
import type { ReportsDeps } from './ports.js';

/** A monitoring window's recommendations. */
export interface WindowRecommendations {
  periodStart: LocalDate;
  periodLastDay: LocalDate;
  text: string;
}

type Asking = Pick<ReportsDeps, 'clock' | 'contracts' | 'calendars'> & {
  actor: Principal;
  contractId: string;
  /** Any day of the window (today, in the contract's zone, by default). */
  date?: LocalDate | undefined;
};

/** The 15-day window holding the day asked for, on a contract whose plan includes monitoring. */
async function monitoredWindow(options: Asking, action: 'reports.read' | 'reports.issue') {
  const context: ContractContext = await loadContractContext({ ...options, action });
  const { contract } = context.record;
  const window = rebasePath(
    () => windowOf(contract.start, options.date ?? context.today),
    'date',
    'period',
  );
  if (context.versionAt(window.lastDay).plan.monitoring === null)
    throw reportError('monitoring_not_included', {}, 'the contract’s plan includes no monitoring');
  return { contractId: contract.id, window };
}

/** The account manager's recommendations for a monitoring window ('' when none were written). */
export async function readRecommendations(
  options: Asking & Pick<ReportsDeps, 'recommendations'>,
): Promise<WindowRecommendations> {
  const { contractId, window } = await monitoredWindow(options, 'reports.read');
  const text = await options.recommendations.find(contractId, window.start);
  return { periodStart: window.start, periodLastDay: window.lastDay, text: text ?? '' };
}

/**
 * Writes the account manager's recommendations for a monitoring window (seed 002, "sugerencias
 * para mejorar la explotación de la plataforma"), replacing the ones before. The report reads
 * them when it is computed, and an issue keeps them in its snapshot: a change after the issue
 * reaches only a re-issue.
 */
export async function setRecommendations(
  options: Asking & Pick<ReportsDeps, 'transact'> & { origin: Origin; text: string },
): Promise<WindowRecommendations> {
  const { contractId, window } = await monitoredWindow(options, 'reports.issue');
  const text = options.text.trim();
  return options.transact(async (tx) => {
    const at = options.clock.now();
    await tx.recommendations.set(contractId, window.start, text, authorOf(options.actor), at);
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'monitoring_recommendations',
      resourceId: contractId,
    });
    return { periodStart: window.start, periodLastDay: window.lastDay, text };
  });
}
