import type { Fate } from '../../domain/mail/fate.js';
import type { MailDeps } from './ports.js';
import { processMail } from './process-mail.js';

/** After this many failed attempts a message stays unprocessed, its error shown to admins. */
export const maxProcessingAttempts = 10;

/** What one pass over the stored, unprocessed messages did. */
export interface PendingReport {
  processed: number;
  failed: number;
}

/**
 * Processes every stored message that has no fate yet, oldest first: what the listener accepted
 * just now, and what a crash left between receipt and processing. A message that fails is
 * counted, its error kept, and tried again on the next pass.
 */
export async function processPendingMail(
  options: MailDeps & { limit?: number; onFate?: (mailId: string, fate: Fate) => void },
): Promise<PendingReport> {
  const ids = await options.mailMessages.pending(options.limit ?? 500, maxProcessingAttempts);
  const report: PendingReport = { processed: 0, failed: 0 };
  for (const mailId of ids) {
    try {
      const fate = await processMail({ ...options, mailId });
      if (fate) options.onFate?.(mailId, fate);
      report.processed++;
    } catch (error) {
      report.failed++;
      await options.mailMessages.recordFailure(
        mailId,
        error instanceof Error ? error.message : String(error),
      );
    }
  }
  return report;
}
