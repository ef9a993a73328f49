// Municipal cohorts are small (metrics.md, "Small numbers"). Two rules, each
// in one place so that every output applies it the same way.

/** Below this, a count in a public output could single out a person. */
export const SMALL_COUNT_LIMIT = 5;
/** Below this many cases, a rate is marked as resting on few cases. */
export const FEW_CASES_LIMIT = 10;

export const SUPPRESSED_COUNT = "<5";

/** A count as a public output shows it: 1–4 become "<5"; 0 and 5+ stay. */
export function publicCount(count: number | null): number | typeof SUPPRESSED_COUNT | null {
  if (count === null) return null;
  return count > 0 && count < SMALL_COUNT_LIMIT ? SUPPRESSED_COUNT : count;
}

/** True when a rate rests on fewer than 10 cases: say so next to it. */
export function restsOnFewCases(n: number): boolean {
  return n < FEW_CASES_LIMIT;
}
