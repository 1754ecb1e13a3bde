/**
 * When campaign mail stops going to an address (issue 17): at once after a hard bounce (a 5.x.x
 * report or an SMTP 5xx refusal), and after soft bounces repeated in a row, as mail platforms do
 * (a mailbox full or a server down on every campaign is as dead as one that does not exist).
 */

/** Why an address is suppressed: a 5.x.x report, an SMTP 5xx refusal, or soft bounces in a row. */
export const suppressionReasons = ['hard_bounce', 'smtp_refusal', 'repeated_soft_bounces'] as const;
/** One of {@link suppressionReasons}. */
export type SuppressionReason = (typeof suppressionReasons)[number];

/** How many campaign messages in a row an address must soft-bounce to be suppressed. */
export const softBounceLimit = 3;

/** What became of one campaign message to an address, as its records say. */
export interface MessageOutcome {
  /** A bounce report came back for it, or the mail server never took it (the bounced figure). */
  readonly bounced: boolean;
  /** It was opened or clicked: it got through, whatever a report said. */
  readonly engaged: boolean;
}

/**
 * Whether an address soft-bounced "in a row": its last {@link softBounceLimit} campaign messages
 * (`newestFirst`, across campaigns, only those queued since an administrator last lifted its
 * suppression) all bounced and none was opened or clicked. A newer message delivered (taken by
 * the server with no report back), opened, clicked or not sent yet breaks the row, so the count
 * starts again after it.
 */
export function softBouncedInARow(newestFirst: readonly MessageOutcome[]): boolean {
  const last = newestFirst.slice(0, softBounceLimit);
  return last.length === softBounceLimit && last.every((m) => m.bounced && !m.engaged);
}
