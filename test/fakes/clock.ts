import type { Clock } from '../../src/app/shared/index.js';

/** A clock tests move by hand: fixed at Monday 2 March 2026, 09:00 UTC unless told otherwise. */
export class TestClock implements Clock {
  constructor(private current: Date = new Date('2026-03-02T09:00:00Z')) {}

  now(): Date {
    return new Date(this.current);
  }

  /** Moves time forward. */
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
