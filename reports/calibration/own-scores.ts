// s(a, p): each assessor's own weighted score of an applicant on 0..100
// (shared/spec/evaluation.md, "Assessor calibration"), the catalogue's
// score(a) formula over one assessor's scores instead of the mean.
import type { RubricCriterion } from "../../core/rubric";
import { weightedScore } from "../metrics/scores";

export interface CriterionScoreRow {
  applicant_id: string;
  assessor: string;
  criterion: string;
  score: number;
}

export interface OwnScore {
  applicant_id: string;
  assessor: string;
  /** s(a, p) on 0..100. */
  score: number;
}

/**
 * s(a, p) = 100 × Σ_c w_c × score_c / (score_scale_max × Σ_c w_c) over the
 * rubric's criteria the assessor scored (the contract requires them all; a
 * rubric changed afterwards can leave some out, as in applicant_scores).
 * One entry per assessor and applicant, in the order they first appear.
 */
export function ownScores(
  rubric: readonly RubricCriterion[],
  scoreScaleMax: number,
  rows: readonly CriterionScoreRow[],
): OwnScore[] {
  const weights = new Map(rubric.map((c) => [c.criterion, c.weight]));
  const pairs = new Map<
    string,
    { applicant_id: string; assessor: string; criteria: { weight: number; meanScore: number }[] }
  >();
  for (const row of rows) {
    const weight = weights.get(row.criterion);
    if (weight === undefined) continue;
    // NUL separates the parts: no id or name contains one.
    const key = `${row.applicant_id}\u0000${row.assessor}`;
    let pair = pairs.get(key);
    if (!pair) {
      pair = { applicant_id: row.applicant_id, assessor: row.assessor, criteria: [] };
      pairs.set(key, pair);
    }
    pair.criteria.push({ weight, meanScore: row.score });
  }
  return [...pairs.values()].flatMap(({ applicant_id, assessor, criteria }) => {
    const score = weightedScore(criteria, scoreScaleMax);
    return score === null ? [] : [{ applicant_id, assessor, score }];
  });
}

/** The values of each applicant, grouped, in the order applicants first appear. */
export function byApplicant<T extends { applicant_id: string }>(
  rows: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.applicant_id);
    if (group) group.push(row);
    else groups.set(row.applicant_id, [row]);
  }
  return groups;
}
