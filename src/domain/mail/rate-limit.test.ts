import { describe, expect, it } from 'vitest';
import { type OutboundAllowance, type OutboundLimit, outboundAllowance } from './rate-limit.js';

const minute = 60_000;
const now = Date.UTC(2026, 2, 2, 12, 0);
const ago = (...minutes: number[]) => minutes.map((m) => now - m * minute);
const short: OutboundLimit = { max: 3, windowMs: 10 * minute };
const daily: OutboundLimit = { max: 5, windowMs: 24 * 60 * minute };

describe('automatic mail to one address stops after the limit (no ping-pong)', () => {
  const cases: [string, number[], OutboundAllowance][] = [
    ['nothing sent yet', [], { allowed: true }],
    ['two in ten minutes', ago(1, 2), { allowed: true }],
    [
      'three in ten minutes: wait until the oldest leaves the window',
      ago(9, 5, 1),
      { allowed: false, retryAfterMs: 1 * minute, limit: short },
    ],
    [
      'three, the oldest exactly ten minutes ago, has left the window',
      ago(10, 5, 1),
      { allowed: true },
    ],
    [
      'order of the history does not matter',
      ago(1, 9, 5),
      { allowed: false, retryAfterMs: 1 * minute, limit: short },
    ],
    [
      'five in a day, spread out: the daily limit holds',
      ago(60, 120, 180, 240, 300),
      { allowed: false, retryAfterMs: (24 * 60 - 300) * minute, limit: daily },
    ],
    [
      'both limits hit: the longer wait wins',
      ago(1, 2, 3, 600, 700),
      { allowed: false, retryAfterMs: (24 * 60 - 700) * minute, limit: daily },
    ],
    [
      'sends recorded in the future (clock skew) are not counted',
      [now + minute, now + 2 * minute, now + 3 * minute],
      { allowed: true },
    ],
  ];
  it.each(cases)('%s', (_name, sentAt, expected) => {
    expect(outboundAllowance(sentAt, now, [short, daily])).toEqual(expected);
  });

  it('the default limits allow five in ten minutes, not six', () => {
    expect(outboundAllowance(ago(1, 2, 3, 4), now).allowed).toBe(true);
    expect(outboundAllowance(ago(1, 2, 3, 4, 5), now).allowed).toBe(false);
  });
});
