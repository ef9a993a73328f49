// What each criterion predicts (shared/spec/evaluation.md, "Predictive value
// per criterion"): whether awarded initiatives that still run after a year
// had scored higher on it than those that stopped.
import type { EvaluationApplicant, EvaluationEdition } from "../../core/evaluation-sample";
import { aucWithTies } from "../metrics/statistics";

export interface CriterionAuc {
  auc: number | null;
  n_active: number;
  n_inactive: number;
}

/**
 * For each criterion key of the selected editions' rubrics (in the order
 * they first appear), over awarded applicants with a 12-month row and a
 * score on it: the probability that a random active one has a higher
 * x(a) = 100 × mean score_c / score_scale_max than a random inactive one,
 * ties counting half. x is scale-free, so editions with different scales pool.
 */
export function criterionAuc(
  editions: readonly Pick<EvaluationEdition, "criteria">[],
  applicants: readonly EvaluationApplicant[],
): Record<string, CriterionAuc> {
  const keys = [...new Set(editions.flatMap((edition) => edition.criteria))];
  const active = new Map<string, number[]>(keys.map((key) => [key, []]));
  const inactive = new Map<string, number[]>(keys.map((key) => [key, []]));
  for (const a of applicants) {
    if (!a.awarded || a.active_12m === null) continue;
    const group = a.active_12m ? active : inactive;
    for (const [key, x] of Object.entries(a.criteria)) group.get(key)?.push(x);
  }
  return Object.fromEntries(
    keys.map((key) => {
      const positives = active.get(key) ?? [];
      const negatives = inactive.get(key) ?? [];
      return [
        key,
        {
          auc: aucWithTies(positives, negatives),
          n_active: positives.length,
          n_inactive: negatives.length,
        },
      ];
    }),
  );
}
