/**
 * A share as an exact fraction with its percentage to one decimal, for dashboards (deflection
 * rate, campaign open rate …): the counts stay exact, the percentage is for display.
 */

/** `numerator / denominator`, and the percentage rounded half up to one decimal. */
export interface Rate {
  readonly numerator: number;
  readonly denominator: number;
  readonly percent: number;
}

/** `numerator / denominator` as a {@link Rate}, or null for an empty denominator. */
export function rateOf(numerator: number, denominator: number): Rate | null {
  if (denominator === 0) return null;
  return { numerator, denominator, percent: Math.round((numerator * 1000) / denominator) / 10 };
}
