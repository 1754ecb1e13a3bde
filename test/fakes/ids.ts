import type { Ids } from '../../src/app/shared/index.js';

/** The n-th id {@link sequentialIds} gives: `00000000-0000-4000-8000-00000000000n`. */
export function fixedId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** Ids 1, 2, 3… as valid UUIDs, so a use-case test knows every id it will see. */
export function sequentialIds(): Ids & { readonly issued: number } {
  let issued = 0;
  return {
    newId: () => fixedId(++issued),
    get issued() {
      return issued;
    },
  };
}
