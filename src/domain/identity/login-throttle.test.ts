import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './login-throttle.js';

describe('retryAfterMs', () => {
  const limits = { maxAttempts: 3, windowMs: 60_000 };
  const started = new Date('2026-03-02T10:00:00Z');
  const after = (ms: number) => new Date(started.getTime() + ms);

  it.each([
    ['the first attempt', 1, 0, 0],
    ['the last attempt within the limit', 3, 2_000, 0],
    ['the first attempt past the limit waits for the window to end', 4, 3_000, 57_000],
    ['a later attempt waits less', 9, 50_000, 10_000],
    ['an over-limit count at the very end still waits a moment', 4, 60_000, 1],
  ])('%s', (_rule, attempts, elapsed, expected) => {
    expect(retryAfterMs({ attempts, windowStartedAt: started }, limits, after(elapsed))).toBe(
      expected,
    );
  });
});
