// How mild or strict each assessor is compared with the others who scored
// the same plans (shared/spec/evaluation.md, "Assessor calibration").
import { byApplicant, type OwnScore } from "./own-scores";

export interface AssessorLeniency {
  assessor: string;
  /** How many applicants the assessor scored. */
  plans: number;
  /** Mean of s(a, p) − m(p) over the assessor's applicants with 2+ assessors; null without any. */
  leniency: number | null;
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** m(p): the mean of s(·, p) over p's assessors, per applicant. */
export function applicantMeans(scores: readonly OwnScore[]): Map<string, number> {
  return new Map(
    [...byApplicant(scores)].map(([applicantId, own]) => [
      applicantId,
      mean(own.map((s) => s.score)),
    ]),
  );
}

/** Every assessor with `plans` and `leniency`, by name. */
export function leniencies(scores: readonly OwnScore[]): AssessorLeniency[] {
  const means = applicantMeans(scores);
  const assessorsOf = byApplicant(scores);
  const perAssessor = new Map<string, { plans: number; differences: number[] }>();
  for (const s of scores) {
    let entry = perAssessor.get(s.assessor);
    if (!entry) {
      entry = { plans: 0, differences: [] };
      perAssessor.set(s.assessor, entry);
    }
    entry.plans += 1;
    // Alone on a plan, an assessor's difference from the mean is 0 by definition: it says nothing.
    if ((assessorsOf.get(s.applicant_id)?.length ?? 0) >= 2) {
      entry.differences.push(s.score - (means.get(s.applicant_id) ?? s.score));
    }
  }
  return [...perAssessor]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([assessor, { plans, differences }]) => ({
      assessor,
      plans,
      leniency: differences.length > 0 ? mean(differences) : null,
    }));
}
