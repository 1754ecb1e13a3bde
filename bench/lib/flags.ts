/** Command-line flags of the benchmarks (a folder of its own: `bench/run.ts` runs only `bench/*.ts`). */

/** A positive integer command-line flag (`--name N`), or its default. */
export function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} wants a positive integer`);
  return value;
}
