import type { Principal } from '../../domain/identity/policy.js';
import { type DeflectionReport, deflectionReport } from '../../domain/knowledge/index.js';
import { authorise } from '../shared/index.js';
import type { KnowledgeDeps } from './ports.js';

/**
 * The dashboard's deflection figures (provider staff): drafts whose outcome falls in
 * `[from, to)` (epoch ms), each counted once however many marks it got, optionally of one client.
 */
export async function deflectionFigures(
  options: Pick<KnowledgeDeps, 'deflections'> & {
    actor: Principal;
    from: number;
    to: number;
    clientId?: string | undefined;
  },
): Promise<DeflectionReport> {
  authorise(options.actor, 'knowledge.manage');
  const { from, to, clientId } = options;
  const events = await options.deflections.eventsOfDraftsActiveIn({ from, to, clientId });
  return deflectionReport(events, { from, to, ...(clientId === undefined ? {} : { clientId }) });
}
