/**
 * A throttled send: messages leave at most `perMinute` a minute from `startAt`, optionally only
 * while a sending window (a business calendar: "not at night, not on holidays") is open. Message
 * `i` goes in minute slot `⌊i / perMinute⌋`, counted in open time when there is a window, so the
 * schedule of any message is computed in O(1) (O(log n) with a window) without listing the
 * others, and the outbox job can take due batches a minute at a time.
 */
import type { Calendar } from '../calendar/calendar.js';
import { invalidInput } from '../errors.js';

/** When and how fast a campaign goes out. */
export interface SendSchedule {
  readonly startAt: number;
  /** From 1 to 10,000 messages a minute. */
  readonly perMinute: number;
  /** Open times of the sending window; null: any time. */
  readonly window: Calendar | null;
}

/** One minute's messages: indexes `first` to `last` (inclusive), due at `at`. */
export interface SendBatch {
  readonly first: number;
  readonly last: number;
  readonly at: number;
}

/** Validates a schedule, failing with invalid_input at `schedule.<field>`. */
export function checkSchedule(schedule: SendSchedule): SendSchedule {
  const rate = schedule.perMinute;
  if (!Number.isInteger(rate) || rate < 1 || rate > 10_000) {
    throw invalidInput('schedule.perMinute', 'whole messages a minute, from 1 to 10000');
  }
  if (!Number.isSafeInteger(schedule.startAt)) {
    throw invalidInput('schedule.startAt', 'expected an instant');
  }
  return schedule;
}

function slotAt(schedule: SendSchedule, slot: number): number {
  const { window, startAt } = schedule;
  if (window === null) return startAt + slot * 60_000;
  return window.nextOpen(window.add(window.nextOpen(startAt), slot * 60));
}

/** When message `index` (from 0) is due. */
export function sendAt(schedule: SendSchedule, index: number): number {
  checkSchedule(schedule);
  return slotAt(schedule, Math.floor(index / schedule.perMinute));
}

/** The batches of a send of `count` messages, lazily, in order. */
export function* sendBatches(schedule: SendSchedule, count: number): Generator<SendBatch> {
  checkSchedule(schedule);
  for (let first = 0; first < count; first += schedule.perMinute) {
    const last = Math.min(count, first + schedule.perMinute) - 1;
    yield { first, last, at: slotAt(schedule, first / schedule.perMinute) };
  }
}
