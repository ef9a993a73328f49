// Scores that combine several answers into one figure.

export interface CriterionScore {
  weight: number;
  /** The mean over the assessors of their scores on this criterion. */
  meanScore: number;
}

/**
 * An applicant's assessment on 0..100 (metrics.md, "Assessment"):
 * 100 · Σ w_c · mean_c / (score_scale_max · Σ w_c). The database computes it
 * at scale; this is the same formula for one applicant. Null without weight.
 */
export function weightedScore(
  criteria: readonly CriterionScore[],
  scoreScaleMax: number,
): number | null {
  const totalWeight = criteria.reduce((total, c) => total + c.weight, 0);
  if (totalWeight === 0 || scoreScaleMax === 0) return null;
  const weighted = criteria.reduce((total, c) => total + c.weight * c.meanScore, 0);
  return (100 * weighted) / (scoreScaleMax * totalWeight);
}

export interface RecommendCounts {
  /** Answers of 9 or 10. */
  promoters: number;
  /** Answers of 0 through 6. */
  detractors: number;
  /** Every answer to the question (0..10). */
  answers: number;
}

/** Net Promoter Score: 100 · (promoters − detractors) / answers, −100..100. */
export function netPromoterScore({
  promoters,
  detractors,
  answers,
}: RecommendCounts): number | null {
  if (answers === 0) return null;
  return (100 * (promoters - detractors)) / answers;
}
