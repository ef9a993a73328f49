import { describe, expect, it } from "vitest";
import type { EvaluationApplicant } from "../../core/evaluation-sample";
import { criterionAuc } from "../../reports/evaluation/criterion-auc";
import { evaluate } from "../../reports/evaluation/evaluate";
import { editionCutoffs, rddSample } from "../../reports/evaluation/sample";
import { Z_95 } from "../../reports/metrics/statistics";

let serial = 0;

/** `count` applicants of one edition at one score; the first `active` of them active. */
function group(
  edition_id: string,
  score: number | null,
  count: number,
  {
    awarded = 0,
    active = 0,
    followed = true,
  }: { awarded?: number; active?: number; followed?: boolean },
): EvaluationApplicant[] {
  return Array.from({ length: count }, (_, i) => ({
    edition_id,
    applicant_id: `x${++serial}`,
    score,
    awarded: i < awarded,
    active_12m: followed ? i < active : null,
    criteria: {},
  }));
}

const EDITIONS = ["e1", "e2", "e3", "e4"].map((edition_id, i) => ({
  edition_id,
  municipality: "M",
  year: 2020 + i,
  criteria: ["impact"],
}));

// e1, cut-off 60 (the lowest awarded score), h = 15:
//
//   score   r   n   awarded  active   T   w (h = 15)
//     20  −40   3      0        3     0   out
//     50  −10  16      0        8     0   1/3
//     55   −5  16      0       10     0   2/3
//     60    0  16     12       14     1   1     (4 without an award tie with the cut-off: above)
//     65   +5  16     16       12     1   2/3
//    100  +40   3      3        0     1   out
//   plus one at 55 without a 12-month row and one without a score: neither counts.
//
// Two values of r on each side: each side's line runs through the two groups'
// means, whatever the weights (equal within a group).
//   below: at 0, 2·(10/16) − 8/16 = 0.75 (survival_below); above: 14/16 = 0.875.
//   itt = 0.875 − 0.75 = 0.125.
// Each intercept is Σ c_i y_i: below c = 2/16 at r = −5, −1/16 at r = −10; above c = 1/16
// at r = 0, 0 at r = +5. With Σe² = n·p(1 − p) in a group:
//   below: (4·16·0.625·0.375 + 16·0.5·0.5)/256 = (15 + 4)/256 = 19/256
//   above: 16·0.875·0.125/256 = 1.75/256
//   V_TT = 64/60 · 20.75/256 = 20.75/240 = 0.0864583…, se = 0.2940380
//   itt ∓ 1.959964 · se = −0.451304 to 0.701304
// The award: 0 below; above 12/16 at r = 0: award_jump = 0.75, effect_wald = 0.125/0.75 = 1/6.
// At h/2 = 7.5 only r = −5 is below: 16 < 30, too few. At 2h = 30 the same
// members (weights 2/3, 5/6, 1, 5/6): the same saturated fit, the same numbers.
//
// e2: only awarded applicants; e3: none awarded; e4: nobody assessed.
const APPLICANTS: EvaluationApplicant[] = [
  ...group("e1", 20, 3, { active: 3 }),
  ...group("e1", 50, 16, { active: 8 }),
  ...group("e1", 55, 16, { active: 10 }),
  ...group("e1", 55, 1, { followed: false }),
  ...group("e1", null, 1, { active: 1 }),
  ...group("e1", 60, 16, { awarded: 12, active: 14 }),
  ...group("e1", 65, 16, { awarded: 16, active: 12 }),
  ...group("e1", 100, 3, { awarded: 3 }),
  ...group("e2", 70, 5, { awarded: 5, active: 5 }),
  ...group("e3", 40, 5, { active: 1 }),
  ...group("e4", null, 2, {}),
];

const COUNTS = { followed_12m: 0, active_12m: 0, followed_12m_unfunded: 0, active_12m_unfunded: 0 };

describe("the sample at the budget line", () => {
  it("finds each edition's cut-off and leaves out, with the reason, those without both sides", () => {
    const { used, leftOut } = editionCutoffs(EDITIONS, APPLICANTS);
    expect([...used]).toEqual([["e1", 60]]);
    expect(leftOut).toEqual([
      { edition_id: "e2", reason: "no_unfunded_assessed" },
      { edition_id: "e3", reason: "no_funded_assessed" },
      { edition_id: "e4", reason: "not_assessed" },
    ]);
  });

  it("keeps |r| < h with triangular weights, a tie with the cut-off above the line", () => {
    // cut-off 10, h = 4: r = −4 is out (|r| < h), −3 → 1/4, −0.5 → 7/8, 0 → 1 (T = 1), 3.9 → 0.025
    const applicants = [
      ...group("e1", 6, 1, { active: 1 }),
      ...group("e1", 7, 1, { active: 1 }),
      ...group("e1", 9.5, 1, {}),
      ...group("e1", 10, 2, { awarded: 1, active: 2 }),
      ...group("e1", 13.9, 1, { awarded: 1 }),
      ...group("e1", 14, 1, { awarded: 1 }),
    ];
    const sample = rddSample(applicants, new Map([["e1", 10]]), 4);
    expect(sample.map(({ r, t, d, y, w }) => ({ r, t, d, y, w }))).toEqual([
      { r: -3, t: 0, d: 0, y: 1, w: 0.25 },
      { r: -0.5, t: 0, d: 0, y: 0, w: 0.875 },
      { r: 0, t: 1, d: 1, y: 1, w: 1 },
      { r: 0, t: 1, d: 0, y: 1, w: 1 },
      { r: expect.closeTo(3.9, 12), t: 1, d: 1, y: 0, w: expect.closeTo(0.025, 12) },
    ]);
  });
});

describe("evaluate", () => {
  const se = Math.sqrt(20.75 / 240);

  it("estimates the jump at the line as computed by hand", () => {
    const { rdd } = evaluate({ editions: EDITIONS, applicants: APPLICANTS }, COUNTS, 15);
    expect(rdd).toMatchObject({
      bandwidth: 15,
      editions_used: ["e1"],
      n_below: 32,
      n_above: 32,
      reason: null,
    });
    expect(rdd.editions_left_out.map((e) => e.reason)).toEqual([
      "no_unfunded_assessed",
      "no_funded_assessed",
      "not_assessed",
    ]);
    expect(rdd.itt).toBeCloseTo(0.125, 12);
    expect(se).toBeCloseTo(0.294038, 6);
    expect(rdd.itt_low).toBeCloseTo(0.125 - Z_95 * se, 12);
    expect(rdd.itt_high).toBeCloseTo(0.125 + Z_95 * se, 12);
    expect(rdd.itt_low).toBeCloseTo(-0.451304, 6);
    expect(rdd.award_jump).toBeCloseTo(0.75, 12);
    expect(rdd.effect_wald).toBeCloseTo(1 / 6, 12);
    expect(rdd.survival_below).toBeCloseTo(0.75, 12);
  });

  it("reports h/2 and 2h beside it, null where too few", () => {
    const { rdd } = evaluate({ editions: EDITIONS, applicants: APPLICANTS }, COUNTS, 15);
    expect(rdd.robustness).toEqual([
      { bandwidth: 7.5, itt: null, itt_low: null, itt_high: null, n_below: 16, n_above: 32 },
      {
        bandwidth: 30,
        itt: expect.closeTo(0.125, 12),
        itt_low: expect.closeTo(0.125 - Z_95 * se, 12),
        itt_high: expect.closeTo(0.125 + Z_95 * se, 12),
        n_below: 32,
        n_above: 32,
      },
    ]);
  });

  it("gives every estimate null with reason too_few below 30 on a side", () => {
    const { rdd } = evaluate({ editions: EDITIONS, applicants: APPLICANTS }, COUNTS, 7.5);
    expect(rdd).toMatchObject({
      n_below: 16,
      n_above: 32,
      itt: null,
      itt_low: null,
      itt_high: null,
      award_jump: null,
      effect_wald: null,
      survival_below: null,
      reason: "too_few",
    });
  });

  it("leaves effect_wald null where the award jumps less than 0.2", () => {
    // The same survival, but at r = 0 only 3 of 16 are awarded (the lowest of
    // them sets the cut-off): award_jump = 3/16 = 0.1875 < 0.2.
    const applicants = APPLICANTS.filter((a) => a.edition_id !== "e1" || a.score !== 60).concat(
      group("e1", 60, 16, { awarded: 3, active: 14 }),
    );
    const { rdd } = evaluate({ editions: EDITIONS, applicants }, COUNTS, 15);
    expect(rdd.itt).toBeCloseTo(0.125, 12);
    expect(rdd.award_jump).toBeCloseTo(0.1875, 12);
    expect(rdd.effect_wald).toBeNull();
  });

  it("says singular where a side has one value of r only", () => {
    const applicants = [
      ...group("e1", 50, 40, { active: 20 }),
      ...group("e1", 60, 20, { awarded: 20, active: 15 }),
      ...group("e1", 65, 20, { awarded: 20, active: 15 }),
    ];
    const { rdd } = evaluate({ editions: EDITIONS.slice(0, 1), applicants }, COUNTS, 15);
    expect(rdd).toMatchObject({ n_below: 40, n_above: 40, itt: null, reason: "singular" });
  });
});

describe("criterionAuc", () => {
  it("pools the scale-free scores of awarded applicants followed at 12 months, ties half", () => {
    const applicant = (
      awarded: boolean,
      active_12m: boolean | null,
      criteria: Record<string, number>,
    ): EvaluationApplicant => ({
      edition_id: "e",
      applicant_id: `x${++serial}`,
      score: 50,
      awarded,
      active_12m,
      criteria,
    });
    // impact: active 80, 60 against inactive 60, 40:
    //   80>60, 80>40, 60=60 (½), 60>40 → 3.5 of 4 = 0.875
    // haalbaar: active 60 against inactive 70, 60: 0 + ½ → 0.5 of 2 = 0.25
    // nieuw: nobody scored on it → null
    const auc = criterionAuc(
      [{ criteria: ["impact", "haalbaar"] }, { criteria: ["impact", "nieuw"] }],
      [
        applicant(true, true, { impact: 80, haalbaar: 60 }),
        applicant(true, true, { impact: 60 }),
        applicant(true, false, { impact: 60, haalbaar: 70 }),
        applicant(true, false, { impact: 40, haalbaar: 60 }),
        // not awarded, or not followed: left out
        applicant(false, true, { impact: 10, haalbaar: 0 }),
        applicant(true, null, { impact: 0, haalbaar: 100 }),
      ],
    );
    expect(auc).toEqual({
      impact: { auc: 0.875, n_active: 2, n_inactive: 2 },
      haalbaar: { auc: 0.25, n_active: 1, n_inactive: 2 },
      nieuw: { auc: null, n_active: 0, n_inactive: 0 },
    });
    expect(Object.keys(auc)).toEqual(["impact", "haalbaar", "nieuw"]);
  });
});
