/** What the customer-success forms share: wall times in the contract's zone, line lists, the runner. */
import { instantOfWallTime } from '../format.js';

/** A wall time `YYYY-MM-DDTHH:MM` in `timeZone` as an ISO instant (right on the days clocks change); empty stays empty. */
export function instantAt(wall: string, timeZone: string): string {
  return wall === '' ? '' : instantOfWallTime(wall, timeZone);
}

/** The non-empty lines of a text, trimmed. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Runs an API call, showing `done` when it succeeds. */
export type Run = (call: () => Promise<unknown>, done: string) => Promise<void>;
