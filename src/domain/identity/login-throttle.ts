/** How many sign-in attempts are tolerated per key (an email, an IP) within the window. */
export interface ThrottleLimits {
  readonly maxAttempts: number;
  readonly windowMs: number;
}

/** A key's attempts counted in its current window, as the database counted them. */
export interface AttemptCount {
  readonly attempts: number;
  readonly windowStartedAt: Date;
}

/**
 * Milliseconds until a key may try again: 0 while its count (this attempt included) is within
 * the limit. The count is taken before the password is checked, so concurrent guesses cannot all
 * slip through before the first failure is written.
 */
export function retryAfterMs(count: AttemptCount, limits: ThrottleLimits, now: Date): number {
  if (count.attempts <= limits.maxAttempts) return 0;
  return Math.max(1, count.windowStartedAt.getTime() + limits.windowMs - now.getTime());
}
