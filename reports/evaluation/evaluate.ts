// The evaluation as shared/spec/evaluation.md's machine-readable form gives
// it (`impact evaluate --json`, GET /api/evaluatie): the effect at the budget
// line with its robustness, what each criterion predicts, and funded against
// the comparison group. Pure: the sample and counts come in, the JSON goes out.
import type { EvaluationSample, FollowUpCounts } from "../../core/evaluation-sample";
import { type CriterionAuc, criterionAuc } from "./criterion-auc";
import { type FundedVsComparison, fundedVsComparison } from "./newcombe";
import { estimateAt, type RddEstimate } from "./rdd";
import { editionCutoffs, type LeftOut } from "./sample";

export interface RobustnessJson {
  bandwidth: number;
  itt: number | null;
  itt_low: number | null;
  itt_high: number | null;
  n_below: number;
  n_above: number;
}

export interface RddJson extends RddEstimate {
  editions_used: string[];
  editions_left_out: LeftOut[];
  robustness: RobustnessJson[];
}

export interface EvaluationJson {
  rdd: RddJson;
  criterion_auc: Record<string, CriterionAuc>;
  funded_vs_comparison: FundedVsComparison;
}

/** The bandwidths reported beside h. */
export function robustnessBandwidths(bandwidth: number): number[] {
  return [bandwidth / 2, bandwidth * 2];
}

export function evaluate(
  sample: EvaluationSample,
  counts: FollowUpCounts,
  bandwidth: number,
): EvaluationJson {
  const cutoffs = editionCutoffs(sample.editions, sample.applicants);
  const main = estimateAt(sample.applicants, cutoffs, bandwidth);
  const robustness = robustnessBandwidths(bandwidth).map((h): RobustnessJson => {
    const { itt, itt_low, itt_high, n_below, n_above } = estimateAt(sample.applicants, cutoffs, h);
    return { bandwidth: h, itt, itt_low, itt_high, n_below, n_above };
  });
  return {
    rdd: {
      bandwidth,
      editions_used: [...cutoffs.used.keys()],
      editions_left_out: cutoffs.leftOut,
      n_below: main.n_below,
      n_above: main.n_above,
      itt: main.itt,
      itt_low: main.itt_low,
      itt_high: main.itt_high,
      award_jump: main.award_jump,
      effect_wald: main.effect_wald,
      survival_below: main.survival_below,
      reason: main.reason,
      robustness,
    },
    criterion_auc: criterionAuc(sample.editions, sample.applicants),
    funded_vs_comparison: fundedVsComparison(counts),
  };
}
