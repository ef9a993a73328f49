// The difference between two rates with Newcombe's hybrid score interval
// (his method 10, Statistics in Medicine 1998;17:873–890), built from the
// two Wilson intervals as shared/spec/evaluation.md fixes it:
//   low  = d − √((p1 − l1)² + (u0 − p0)²)
//   high = d + √((u1 − p1)² + (p0 − l0)²)
import type { FollowUpCounts } from "../../core/evaluation-sample";
import { wilsonInterval, Z_95 } from "../metrics/statistics";

export interface RateDifference {
  difference: number;
  low: number;
  high: number;
}

/** p1 − p0 for x1 of n1 against x0 of n0; null where either group is empty. */
export function newcombeDifference(
  x1: number,
  n1: number,
  x0: number,
  n0: number,
  z = Z_95,
): RateDifference | null {
  const one = wilsonInterval(x1, n1, z);
  const zero = wilsonInterval(x0, n0, z);
  if (!one || !zero) return null;
  const p1 = x1 / n1;
  const p0 = x0 / n0;
  const difference = p1 - p0;
  return {
    difference,
    low: difference - Math.hypot(p1 - one.low, zero.high - p0),
    high: difference + Math.hypot(one.high - p1, p0 - zero.low),
  };
}

export interface FundedVsComparison {
  difference: number | null;
  low: number | null;
  high: number | null;
  n_funded: number;
  n_comparison: number;
}

/**
 * Survival after 12 months of the funded minus that of the comparison group
 * (survival_12m − survival_12m_unfunded), from counts pooled over the
 * selected editions.
 */
export function fundedVsComparison(counts: FollowUpCounts): FundedVsComparison {
  const result = newcombeDifference(
    counts.active_12m,
    counts.followed_12m,
    counts.active_12m_unfunded,
    counts.followed_12m_unfunded,
  );
  return {
    difference: result?.difference ?? null,
    low: result?.low ?? null,
    high: result?.high ?? null,
    n_funded: counts.followed_12m,
    n_comparison: counts.followed_12m_unfunded,
  };
}
