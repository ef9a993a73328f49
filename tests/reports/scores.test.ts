import { describe, expect, it } from "vitest";
import { DEFAULT_RUBRIC } from "../../core/rubric";
import { netPromoterScore, weightedScore } from "../../reports/metrics/scores";

describe("weightedScore", () => {
  it.each([
    // default rubric, every criterion 7 on 10: 100 · 7 · 1.0 / (10 · 1.0)
    [DEFAULT_RUBRIC.map((c) => ({ weight: c.weight, meanScore: 7 })), 10, 70],
    // impact 8, the rest 6: 100 · (0.3·8 + 4·0.175·6) / (10 · 1.0) = 100 · 6.6 / 10
    [
      DEFAULT_RUBRIC.map((c) => ({
        weight: c.weight,
        meanScore: c.criterion === "impact" ? 8 : 6,
      })),
      10,
      66,
    ],
    // own rubric on a 5-point scale, weights 2, 1, 1 and means 4.5, 3.5, 3:
    // 100 · (9 + 3.5 + 3) / (5 · 4) = 100 · 15.5 / 20
    [
      [
        { weight: 2, meanScore: 4.5 },
        { weight: 1, meanScore: 3.5 },
        { weight: 1, meanScore: 3 },
      ],
      5,
      77.5,
    ],
    // weights need not add up to 1: 100 · (0.4·5 + 0.2·0) / (5 · 0.6)
    [
      [
        { weight: 0.4, meanScore: 5 },
        { weight: 0.2, meanScore: 0 },
      ],
      5,
      200 / 3,
    ],
    // every criterion at the top of the scale is 100, at 0 it is 0
    [[{ weight: 1, meanScore: 100 }], 100, 100],
    [[{ weight: 1, meanScore: 0 }], 10, 0],
  ])("case %#", (criteria, scaleMax, expected) => {
    expect(weightedScore(criteria, scaleMax)).toBeCloseTo(expected, 12);
  });

  it("is null without criteria", () => {
    expect(weightedScore([], 10)).toBeNull();
  });
});

describe("netPromoterScore", () => {
  it.each([
    // answers 10, 6, 9: promoters 2, detractors 1 → 100 · (2 − 1) / 3
    [{ promoters: 2, detractors: 1, answers: 3 }, 100 / 3],
    [{ promoters: 4, detractors: 0, answers: 4 }, 100],
    [{ promoters: 0, detractors: 5, answers: 5 }, -100],
    // passives (7 and 8) count in the denominator only: 100 · (1 − 1) / 6
    [{ promoters: 1, detractors: 1, answers: 6 }, 0],
    // 100 · (4 − 5) / 17
    [{ promoters: 4, detractors: 5, answers: 17 }, -100 / 17],
  ])("%j", (counts, expected) => {
    expect(netPromoterScore(counts)).toBeCloseTo(expected, 12);
  });

  it("is null without answers", () => {
    expect(netPromoterScore({ promoters: 0, detractors: 0, answers: 0 })).toBeNull();
  });
});
