/**
 * A memo that keeps at most `capacity` entries, dropping the least recently used: the calendar
 * engine's caches answer repeated questions fast without growing with every year or region a
 * request has ever asked about.
 */
export interface BoundedMemo<V> {
  /** The remembered value, or a fresh one from `make` (remembered, evicting the oldest if full). */
  get(key: string, make: () => V): V;
  readonly size: number;
}

/** A least-recently-used memo of at most `capacity` entries. */
export function boundedMemo<V>(capacity: number): BoundedMemo<V> {
  const entries = new Map<string, V>();
  return {
    get(key, make) {
      const known = entries.get(key);
      if (known !== undefined || entries.has(key)) {
        entries.delete(key);
        entries.set(key, known as V);
        return known as V;
      }
      const value = make();
      if (entries.size >= capacity) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      entries.set(key, value);
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}
