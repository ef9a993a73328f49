// Where the cohort stands on a criterion: its median and quartiles, beside
// which a letter shows the applicant's own score.
import { quantileOfSorted } from "../metrics/statistics";

export interface CohortSpread {
  q1: number;
  median: number;
  q3: number;
  /** How many assessed plans the figures are taken over. */
  n: number;
}

/**
 * The quartiles of the values by one stated method, R's type 7 (linear
 * interpolation between the order statistics; docs/decisions/028). Null
 * without values.
 */
export function cohortSpread(values: readonly number[]): CohortSpread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => quantileOfSorted(sorted, p) as number;
  return { q1: at(0.25), median: at(0.5), q3: at(0.75), n: sorted.length };
}
