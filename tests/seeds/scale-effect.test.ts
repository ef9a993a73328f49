import { describe, expect, it } from "vitest";
import type {
  EvaluationApplicant,
  EvaluationEdition,
  EvaluationSample,
} from "../../core/evaluation-sample";
import { DEFAULT_RUBRIC } from "../../core/rubric";
import { evaluate } from "../../reports/evaluation/evaluate";
import { DEFAULT_SCALE, scaleDatasets } from "../../seeds/scale";

// 80 municipalities, 2 years: the first year's editions (2023) are followed
// at 12 months by the generator's as-of day, the second's (2024) not yet.
const OPTIONS = { ...DEFAULT_SCALE, municipalities: 80, years: 2 };
const NO_COUNTS = {
  followed_12m: 0,
  active_12m: 0,
  followed_12m_unfunded: 0,
  active_12m_unfunded: 0,
};

/**
 * The evaluation's sample straight from the generated rows, with score(a)
 * as metrics.md defines it (the database's applicant_scores does the same;
 * evaluation.db.test.ts checks that path).
 */
function sampleOf(effect: number): EvaluationSample & { unfollowedPlans: number } {
  const editions: EvaluationEdition[] = [];
  const applicants: EvaluationApplicant[] = [];
  let unfollowedPlans = 0;
  for (const d of scaleDatasets({ ...OPTIONS, effect })) {
    const edition = d.editions[0];
    if (!edition) continue;
    const scale = Number(edition.score_scale_max ?? 10);
    const rubric = d.criteria.length
      ? d.criteria.map((c) => ({ criterion: c.criterion, weight: Number(c.weight) }))
      : DEFAULT_RUBRIC;
    const total = rubric.reduce((sum, c) => sum + c.weight, 0);
    editions.push({
      edition_id: edition.edition_id,
      municipality: edition.municipality,
      year: edition.year,
      criteria: rubric.map((c) => c.criterion),
    });
    const scores = new Map<string, Map<string, number[]>>();
    for (const s of d.assessment_scores) {
      const own = scores.get(s.applicant_id) ?? new Map<string, number[]>();
      own.set(s.criterion, [...(own.get(s.criterion) ?? []), Number(s.score)]);
      scores.set(s.applicant_id, own);
    }
    const awarded = new Set(d.awards.map((a) => a.applicant_id));
    const active = new Map(
      d.outcomes.filter((o) => o.months === 12).map((o) => [o.applicant_id, o.active]),
    );
    if (active.size > 0) {
      unfollowedPlans += d.applicants.filter(
        (a) => a.plan_submitted && !awarded.has(a.applicant_id) && !active.has(a.applicant_id),
      ).length;
    }
    for (const [applicant_id, own] of scores) {
      const mean = (criterion: string) => {
        const values = own.get(criterion) ?? [];
        return values.reduce((sum, v) => sum + v, 0) / values.length;
      };
      applicants.push({
        edition_id: edition.edition_id,
        applicant_id,
        score:
          (100 * rubric.reduce((sum, c) => sum + c.weight * mean(c.criterion), 0)) /
          (scale * total),
        awarded: awarded.has(applicant_id),
        active_12m: active.get(applicant_id) ?? null,
        criteria: {},
      });
    }
  }
  return { editions, applicants, unfollowedPlans };
}

describe("national-scale data with a known effect", () => {
  // The award raises the chance to run after a year by `effect`; at the line
  // the chance of an award jumps by award_jump (juries deliberate, so not by
  // 1): the true itt is effect · award_jump, and effect_wald estimates effect.
  // With about 550 applicants below and 1,700 above the line the itt's
  // standard error is about 0.045 and effect_wald's about 0.08: "roughly"
  // means the interval covers the truth and effect_wald is within 0.15.
  it.each([[0.1], [0.3]])("recovers an effect of %f roughly", (effect) => {
    const { unfollowedPlans, ...sample } = sampleOf(effect);
    expect(unfollowedPlans).toBe(0);
    const { rdd } = evaluate(sample, NO_COUNTS, 15);
    expect(rdd.reason).toBeNull();
    expect(rdd.n_below).toBeGreaterThan(300);
    const jump = rdd.award_jump ?? 0;
    expect(jump).toBeGreaterThan(0.4);
    expect(rdd.itt_low).toBeLessThanOrEqual(effect * jump);
    expect(rdd.itt_high).toBeGreaterThanOrEqual(effect * jump);
    expect(Math.abs((rdd.effect_wald ?? Number.NaN) - effect)).toBeLessThan(0.15);
  });
});
