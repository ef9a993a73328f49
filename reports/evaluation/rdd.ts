// The effect at the budget line (shared/spec/evaluation.md): local linear
// fits on either side of each edition's cut-off, pooled over the editions.
import type { EvaluationApplicant } from "../../core/evaluation-sample";
import { Z_95 } from "../metrics/statistics";
import { type Cutoffs, rddSample, type SampleMember } from "./sample";
import { weightedLeastSquares } from "./wls";

/** Fewer sample members than this on either side: no estimate. */
export const MIN_PER_SIDE = 30;
/** Below this jump in the chance of an award, itt / award_jump says nothing. */
export const MIN_AWARD_JUMP = 0.2;
/** The default bandwidth h, in score points (0..100). */
export const DEFAULT_BANDWIDTH = 15;

/** Why there is no estimate: too few near the line, or a design without a slope on a side. */
export type NoEstimate = "too_few" | "singular";

export interface RddEstimate {
  bandwidth: number;
  n_below: number;
  n_above: number;
  itt: number | null;
  itt_low: number | null;
  itt_high: number | null;
  award_jump: number | null;
  effect_wald: number | null;
  survival_below: number | null;
  reason: NoEstimate | null;
}

/** The columns [1, T, r, T·r]: T's coefficient is the jump at r = 0. */
function design(member: SampleMember): number[] {
  return [1, member.t, member.r, member.t * member.r];
}

const T = 1;

/** The fits of Y and D at one bandwidth over a sample already cut to it. */
export function fitRdd(members: readonly SampleMember[], bandwidth: number): RddEstimate {
  // Every member has w > 0: rddSample keeps |r| < h only.
  const n_above = members.filter((m) => m.t === 1).length;
  const n_below = members.length - n_above;
  const none = {
    bandwidth,
    n_below,
    n_above,
    itt: null,
    itt_low: null,
    itt_high: null,
    award_jump: null,
    effect_wald: null,
    survival_below: null,
  };
  if (n_below < MIN_PER_SIDE || n_above < MIN_PER_SIDE) return { ...none, reason: "too_few" };
  const x = members.map(design);
  const w = members.map((m) => m.w);
  const outcome = weightedLeastSquares(
    x,
    members.map((m) => m.y),
    w,
  );
  const award = weightedLeastSquares(
    x,
    members.map((m) => m.d),
    w,
  );
  if (!outcome || !award) return { ...none, reason: "singular" };
  const itt = outcome.coefficients[T] as number;
  const se = Math.sqrt((outcome.covariance[T] as number[])[T] as number);
  const award_jump = award.coefficients[T] as number;
  return {
    bandwidth,
    n_below,
    n_above,
    itt,
    itt_low: itt - Z_95 * se,
    itt_high: itt + Z_95 * se,
    award_jump,
    effect_wald: award_jump >= MIN_AWARD_JUMP ? itt / award_jump : null,
    survival_below: outcome.coefficients[0] as number,
    reason: null,
  };
}

/** The estimate at bandwidth h from the applicants and the editions' cut-offs. */
export function estimateAt(
  applicants: readonly EvaluationApplicant[],
  cutoffs: Cutoffs,
  bandwidth: number,
): RddEstimate {
  return fitRdd(rddSample(applicants, cutoffs.used, bandwidth), bandwidth);
}
