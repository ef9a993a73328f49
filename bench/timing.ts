// Clocks for the benchmarks: one timed run, and the median of a few.

export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - started) / 1000 };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) throw new Error("median of nothing");
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Seconds of the median of `runs` runs after one warm-up run: a server
 * answers warm, with its code compiled and the data in the cache.
 */
export async function warmMedian(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) seconds.push((await timed(work)).seconds);
  return median(seconds);
}

/** The q-quantile (0..1) of some values, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) throw new Error("quantile of nothing");
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}
