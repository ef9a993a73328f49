// Assessor calibration (shared/spec/evaluation.md), every figure computed by
// hand. The edition is drawn in calibration-edition.ts:
//
//   s(a, p)    p1  p2  p3  p4  p5      μ_a  σ_a (n − 1)
//   Anna       80  60  40              60   20
//   Bram       72  52      32          52   20
//   Cor                32  12  52      32   20
//   m(p)       76  56  36  22  52
import { describe, expect, it } from "vitest";
import { calibrate } from "../../reports/calibration/calibrate";
import { intervalAlpha } from "../../reports/calibration/krippendorff";
import { leniencies } from "../../reports/calibration/leniency";
import { normalisedScores, zScores } from "../../reports/calibration/normalise";
import { ownScores } from "../../reports/calibration/own-scores";
import { competitionRanks, flips } from "../../reports/calibration/ranks";
import { calibrationInput } from "./calibration-edition";

const input = calibrationInput();
const own = ownScores(input.rubric, input.score_scale_max, input.scores);
const sOf = (assessor: string, applicant: string) =>
  own.find((s) => s.assessor === assessor && s.applicant_id === applicant)?.score;

describe("s(a, p)", () => {
  it("weighs each assessor's own scores by the rubric, on 0..100", () => {
    // Bram on p1: 100 × (3 × 4 + 2 × 3) / (5 × (3 + 2)) = 1800 / 25 = 72
    expect(sOf("Bram", "p1")).toBe(72);
    expect(own.map((s) => [s.applicant_id, s.assessor, s.score])).toEqual([
      ["p1", "Anna", 80],
      ["p1", "Bram", 72],
      ["p2", "Anna", 60],
      ["p2", "Bram", 52],
      ["p3", "Anna", 40],
      ["p3", "Cor", 32],
      ["p4", "Bram", 32],
      ["p4", "Cor", 12],
      ["p5", "Cor", 52],
    ]);
  });

  it("leaves out a score on a criterion outside the rubric", () => {
    const extra = [
      ...input.scores,
      { applicant_id: "p1", assessor: "Anna", criterion: "oud", score: 0 },
    ];
    expect(ownScores(input.rubric, 5, extra)).toEqual(own);
  });
});

describe("leniency", () => {
  it("is the mean difference from m(p) over plans with 2+ assessors, with the plans scored", () => {
    // Anna: p1 80 − 76 = 4, p2 60 − 56 = 4, p3 40 − 36 = 4         → 12 / 3 = 4
    // Bram: p1 72 − 76 = −4, p2 52 − 56 = −4, p4 32 − 22 = 10       → 2 / 3
    // Cor:  p3 32 − 36 = −4, p4 12 − 22 = −10 (p5 alone: left out)  → −14 / 2 = −7
    const result = leniencies(own);
    expect(result.map((a) => [a.assessor, a.plans])).toEqual([
      ["Anna", 3],
      ["Bram", 3],
      ["Cor", 3],
    ]);
    expect(result[0]?.leniency).toBeCloseTo(4, 12);
    expect(result[1]?.leniency).toBeCloseTo(2 / 3, 12);
    expect(result[2]?.leniency).toBeCloseTo(-7, 12);
  });

  it("is null for an assessor who shares no applicant", () => {
    const alone = [{ applicant_id: "q1", assessor: "Dirk", score: 50 }];
    expect(leniencies([...own, ...alone]).at(-1)).toEqual({
      assessor: "Dirk",
      plans: 1,
      leniency: null,
    });
  });
});

describe("z and normalised(p)", () => {
  it("standardises each assessor by own mean and sample standard deviation", () => {
    // Anna: μ 60, σ = sqrt((20² + 0² + 20²) / 2) = 20 → z 1, 0, −1
    // Bram: μ 52, σ 20 → p1 1, p2 0, p4 −1; Cor: μ 32, σ 20 → p3 0, p4 −1, p5 1
    expect(zScores(own).map((z) => z.score)).toEqual([1, 1, 0, 0, -1, 0, -1, -1, 1]);
    // p1 (1 + 1) / 2 = 1, p2 0, p3 (−1 + 0) / 2 = −0.5, p4 (−1 − 1) / 2 = −1, p5 1
    expect([...normalisedScores(own)]).toEqual([
      ["p1", 1],
      ["p2", 0],
      ["p3", -0.5],
      ["p4", -1],
      ["p5", 1],
    ]);
  });

  it("is 0 with fewer than 2 scores or no spread", () => {
    const flat = [
      { applicant_id: "q1", assessor: "Eva", score: 70 },
      { applicant_id: "q1", assessor: "Fred", score: 40 },
      { applicant_id: "q2", assessor: "Fred", score: 40 },
    ];
    expect(zScores(flat).map((z) => z.score)).toEqual([0, 0, 0]);
  });

  it("uses n − 1, not n", () => {
    // 10, 20, 60: μ 30, Σ(v − μ)² = 400 + 100 + 900 = 1400, σ = sqrt(700) = 26.4575…
    const three = [10, 20, 60].map((score, i) => ({
      applicant_id: `q${i}`,
      assessor: "Gijs",
      score,
    }));
    expect(zScores(three)[2]?.score).toBeCloseTo(30 / Math.sqrt(700), 12);
  });
});

describe("ranks and flips", () => {
  it("gives ties the best place and skips the next", () => {
    expect(competitionRanks([50, 70, 70, 10, 70, 20])).toEqual([4, 1, 1, 6, 1, 5]);
    expect(competitionRanks([3, 2, 2, 1])).toEqual([1, 2, 2, 4]);
  });

  it("lists who is in the first k by one ranking only, by applicant_id; none for k = 0", () => {
    const ranking = [
      { applicant_id: "c", rank: 1, rank_normalised: 2 },
      { applicant_id: "b", rank: 2, rank_normalised: 4 },
      { applicant_id: "a", rank: 3, rank_normalised: 1 },
      { applicant_id: "d", rank: 4, rank_normalised: 2 },
    ];
    expect(flips(ranking, 2)).toEqual(["a", "b", "d"]);
    expect(flips(ranking, 3)).toEqual(["b", "d"]);
    expect(flips(ranking, 0)).toEqual([]);
  });
});

describe("Krippendorff's interval alpha", () => {
  it("gives the textbook value on Krippendorff's reliability data (0.849)", () => {
    // Krippendorff (2011), "Computing Krippendorff's alpha-reliability": 4
    // observers, 12 units, values 1..5, empty cells missing; unit 12 has one
    // value and is not pairable, leaving n = 40 values in 11 units.
    //   D_o: unit 6 {1,2,3,4}: 2 × (1+4+9+1+4+1) / 3 = 40/3; units 2 {2,2,3,2}
    //        and 8 {1,1,2,1}: 2 × 3 × 1 / 3 = 2 each; the rest agree.
    //        (40/3 + 4) / 40 = 13/30
    //   D_e: value counts 1:9, 2:13, 3:10, 4:5, 5:3; Σ_{c<k} n_c n_k (c − k)²
    //        = 117 + 360 + 405 + 432 + 130 + 260 + 351 + 50 + 120 + 15 = 2240,
    //        ordered pairs twice that: 4480 / (40 × 39) = 112/39
    //   alpha = 1 − (13/30) / (112/39) = 1 − 507/3360 = 0.849107…
    const table = [
      [1, 1, 1],
      [2, 2, 3, 2],
      [3, 3, 3, 3],
      [3, 3, 3, 3],
      [2, 2, 2, 2],
      [1, 2, 3, 4],
      [4, 4, 4, 4],
      [1, 1, 2, 1],
      [2, 2, 2, 2],
      [5, 5, 5],
      [1, 1],
      [3],
    ];
    expect(intervalAlpha(table)).toBeCloseTo(2853 / 3360, 12);
    expect(intervalAlpha(table)).toBeCloseTo(0.849, 3);
  });

  it("is 1 for full agreement and null where D_e = 0 or fewer than 2 units pair", () => {
    expect(
      intervalAlpha([
        [1, 1],
        [3, 3],
      ]),
    ).toBe(1);
    expect(
      intervalAlpha([
        [2, 2],
        [2, 2, 2],
      ]),
    ).toBeNull();
    expect(intervalAlpha([[1, 5], [3]])).toBeNull();
    expect(intervalAlpha([])).toBeNull();
  });
});

describe("calibrate: the edition's JSON", () => {
  const result = calibrate(input);

  it("has the agreement per criterion in rubric order, then on the weighted score", () => {
    // Units p1..p4 (p5 has one value), n = 8, each unit m = 2, so D_o = Σ 2 (v1 − v2)² / 8.
    // impact    {4,4} {3,3} {2,2} {2,1}: D_o = 2/8 = 0.25; values 4,4,3,3,2,2,2,1 (mean 2.625),
    //           Σ(v − mean)² = 7.875, D_e = 2 × 8 × 7.875 / 56 = 2.25 → alpha = 1 − 1/9 = 8/9
    // draagvlak {4,3} {3,2} {2,1} {1,0}: D_o = 8/8 = 1; values mean 2, Σ(v − mean)² = 12,
    //           D_e = 192 / 56 → alpha = 1 − 56/192 = 17/24
    // weighted  {80,72} {60,52} {40,32} {32,12}: D_o = (3 × 128 + 800) / 8 = 148;
    //           values mean 47.5, Σ(v − mean)² = 3630, D_e = 16 × 3630 / 56 →
    //           alpha = 1 − 148 × 56 / 58080 = 1556/1815 = 0.857300…
    expect(Object.keys(result.agreement)).toEqual(["impact", "draagvlak", "weighted"]);
    expect(result.agreement.impact).toBeCloseTo(8 / 9, 12);
    expect(result.agreement.draagvlak).toBeCloseTo(17 / 24, 12);
    expect(result.agreement.weighted).toBeCloseTo(1556 / 1815, 12);
  });

  it("ranks by score and by normalised score, and flips the awards they disagree on", () => {
    // score: p1 76, p2 56, p5 52, p3 36, p4 22 → 1, 2, 3, 4, 5
    // normalised: p1 1, p5 1, p2 0, p3 −0.5, p4 −1 → 1, 1, 3, 4, 5
    // k = 2: by score {p1, p2}, normalised {p1, p5} → flips p2, p5
    expect(result.ranking).toEqual([
      { applicant_id: "p1", score: 76, normalised: 1, rank: 1, rank_normalised: 1 },
      { applicant_id: "p2", score: 56, normalised: 0, rank: 2, rank_normalised: 3 },
      { applicant_id: "p5", score: 52, normalised: 1, rank: 3, rank_normalised: 1 },
      { applicant_id: "p3", score: 36, normalised: -0.5, rank: 4, rank_normalised: 4 },
      { applicant_id: "p4", score: 22, normalised: -1, rank: 5, rank_normalised: 5 },
    ]);
    expect(result.flips).toEqual(["p2", "p5"]);
    expect(calibrate({ ...input, awards: 0 }).flips).toEqual([]);
  });

  it("has the spec's keys in the spec's order", () => {
    expect(Object.keys(result)).toEqual([
      "edition_id",
      "assessors",
      "agreement",
      "ranking",
      "flips",
    ]);
    expect(Object.keys(result.assessors[0] ?? {})).toEqual(["assessor", "plans", "leniency"]);
  });
});
