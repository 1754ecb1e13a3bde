/** How many failed sign-ins are tolerated per key within the window. */
export interface ThrottleLimits {
  readonly maxFailures: number;
  readonly windowMs: number;
}

/**
 * Slows password guessing: counts failed sign-ins per key (an email, an IP) in a sliding window.
 * Pure: time is an argument. Per process, which suits one node; several nodes each keep their own.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limits: ThrottleLimits) {}

  /** Milliseconds until the key may try again; 0 when it may try now. */
  retryAfter(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.limits.maxFailures) return 0;
    const oldest = recent[recent.length - this.limits.maxFailures] ?? now;
    return Math.max(0, oldest + this.limits.windowMs - now);
  }

  /** Counts one failed attempt. */
  recordFailure(key: string, now: number): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  /** Forgets the key's failures after a successful sign-in. */
  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((at) => at > now - this.limits.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }
}
