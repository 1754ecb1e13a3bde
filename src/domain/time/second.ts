/** Clocks count whole seconds: an instant truncated to its second (10:00:00.700 counts as 10:00:00). */
export function toSecond(atMs: number): number {
  return Math.floor(atMs / 1000) * 1000;
}
