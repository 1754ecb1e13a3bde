/**
 * A brake on automatic mail to one address: if an auto-responder slips past the loop checks
 * (no Auto-Submitted, a new Message-ID every time), Pacta's acknowledgements and notices to
 * that address stop after a few instead of answering for ever. Personal replies written by an
 * agent are not counted against it.
 */

/** At most `max` automatic messages to one address within `windowMs`. */
export interface OutboundLimit {
  readonly max: number;
  readonly windowMs: number;
}

const minute = 60_000;

/** Five in ten minutes stops a ping-pong quickly; thirty a day bounds a slow one. */
export const defaultOutboundLimits: readonly OutboundLimit[] = [
  { max: 5, windowMs: 10 * minute },
  { max: 30, windowMs: 24 * 60 * minute },
];

/** Whether one more automatic message may go now, or how long until it may and which limit holds it. */
export type OutboundAllowance =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterMs: number; readonly limit: OutboundLimit };

/**
 * Checks the limits against the instants (epoch ms) of the automatic messages already sent to
 * the address. The most restrictive limit decides the wait.
 */
export function outboundAllowance(
  sentAt: readonly number[],
  now: number,
  limits: readonly OutboundLimit[] = defaultOutboundLimits,
): OutboundAllowance {
  let held: { retryAfterMs: number; limit: OutboundLimit } | null = null;
  for (const limit of limits) {
    const recent = sentAt
      .filter((at) => at > now - limit.windowMs && at <= now)
      .sort((a, b) => a - b);
    if (recent.length < limit.max) continue;
    const freedBy = recent[recent.length - limit.max] ?? now;
    const retryAfterMs = freedBy + limit.windowMs - now;
    if (held === null || retryAfterMs > held.retryAfterMs) held = { retryAfterMs, limit };
  }
  return held === null ? { allowed: true } : { allowed: false, ...held };
}
