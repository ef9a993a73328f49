// Scores normalised per assessor (shared/spec/evaluation.md, "Assessor
// calibration"): each assessor's scores as z-scores against that assessor's
// own mean and spread, so a strict and a mild jury member weigh alike.
import { byApplicant, type OwnScore } from "./own-scores";

/** μ and the sample standard deviation (n − 1) of `values`; σ null with fewer than 2. */
function meanAndSd(values: readonly number[]): { mean: number; sd: number | null } {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  if (values.length < 2) return { mean, sd: null };
  const squares = values.reduce((sum, v) => sum + (v - mean) ** 2, 0);
  return { mean, sd: Math.sqrt(squares / (values.length - 1)) };
}

/**
 * z(a, p) = (s(a, p) − μ_a) / σ_a over a's scores in the edition; 0 where a
 * has fewer than 2 scores or σ_a = 0 (nothing to stand out from).
 */
export function zScores(scores: readonly OwnScore[]): OwnScore[] {
  const perAssessor = new Map<string, number[]>();
  for (const s of scores) {
    const values = perAssessor.get(s.assessor);
    if (values) values.push(s.score);
    else perAssessor.set(s.assessor, [s.score]);
  }
  const moments = new Map(
    [...perAssessor].map(([assessor, values]) => [assessor, meanAndSd(values)]),
  );
  return scores.map((s) => {
    const { mean, sd } = moments.get(s.assessor) ?? { mean: s.score, sd: null };
    return { ...s, score: sd === null || sd === 0 ? 0 : (s.score - mean) / sd };
  });
}

/** normalised(p): the mean of z(·, p) over p's assessors, per applicant. */
export function normalisedScores(scores: readonly OwnScore[]): Map<string, number> {
  return new Map(
    [...byApplicant(zScores(scores))].map(([applicantId, z]) => [
      applicantId,
      z.reduce((sum, s) => sum + s.score, 0) / z.length,
    ]),
  );
}
