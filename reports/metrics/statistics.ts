// The statistics SQL does not say simply: a confidence interval for a rate,
// the rank-based AUC, and a median over pooled rows.

/** z for a two-sided 95% interval, as the catalogue fixes it. */
export const Z_95 = 1.959964;

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson score interval for `successes` out of `n`. Unlike the textbook
 * p ± z·se it stays within 0..1 and is honest for the small cohorts of a
 * municipality, including 0 of n and n of n. Null without cases.
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval | null {
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At p = 0 or 1 the bound equals the edge up to rounding; keep it inside.
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * The probability that a random member of `positives` has a higher value
 * than a random member of `negatives`, ties counting half (the area under
 * the ROC curve, Mann–Whitney U / (n1·n0)). Both groups sorted once as
 * typed arrays (a numeric sort without a comparator: the evaluation sorts
 * some 100,000 values per criterion), then one walk counts, for each
 * positive, the negatives below it and those equal to it. O(n log n), never
 * every pair. Null unless both groups have members.
 */
export function aucWithTies(
  positives: readonly number[],
  negatives: readonly number[],
): number | null {
  const n1 = positives.length;
  const n0 = negatives.length;
  if (n1 === 0 || n0 === 0) return null;
  const sortedPositives = Float64Array.from(positives).sort();
  const sortedNegatives = Float64Array.from(negatives).sort();
  // below: negatives < the current positive; upTo: negatives <= it.
  let below = 0;
  let upTo = 0;
  let wins = 0;
  for (const value of sortedPositives) {
    while (below < n0 && (sortedNegatives[below] as number) < value) below++;
    if (upTo < below) upTo = below;
    while (upTo < n0 && (sortedNegatives[upTo] as number) <= value) upTo++;
    wins += below + (upTo - below) / 2;
  }
  return wins / (n1 * n0);
}

/** The middle value; for an even count the mean of the middle two. Null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of values sorted ascending, by linear
 * interpolation between the order statistics (Hyndman & Fan's type 7, R's
 * and PostgreSQL's percentile_cont default): with h = (n − 1)·p, the value at
 * ⌊h⌋ plus (h − ⌊h⌋) of the step to the next. p = 0.5 is the median.
 */
export function quantileOfSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (h - below) * (high - low);
}
