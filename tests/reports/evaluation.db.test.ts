import { beforeAll, describe, expect, it } from "vitest";
import { insertDataset } from "../../db/insert-dataset.server";
import { loadEvaluationSample } from "../../db/queries/evaluation-sample.server";
import { newcombeDifference } from "../../reports/evaluation/newcombe";
import { loadEvaluation } from "../../reports/evaluation/report.server";
import { editionCutoffs, rddSample } from "../../reports/evaluation/sample";
import { Z_95 } from "../../reports/metrics/statistics";
import { useTestDatabase } from "../support/test-db";
import { evaluationDataset } from "./evaluation-editions";

const CEDER = { municipalities: ["ceder"] };

describe("the evaluation's sample from the database", () => {
  const test = useTestDatabase();

  beforeAll(async () => {
    await insertDataset(test.db, evaluationDataset());
  });

  it("lists the selected editions with their rubric's keys, heaviest first, and its labels", async () => {
    const { editions } = await loadEvaluationSample(test.db, CEDER);
    const defaultKeys = ["impact", "draagvlak", "nieuw", "schaalbaar", "toekomstbestendig"];
    const ceder = (year: number, criteria: string[], labels = {}) => ({
      edition_id: `ceder-${year}`,
      municipality: "Ceder",
      year,
      criteria,
      labels,
    });
    expect(editions).toEqual([
      ceder(2020, defaultKeys),
      ceder(2021, ["impact", "bereik"], { bereik: "Bereik in de wijk" }),
      ceder(2022, defaultKeys),
      ceder(2023, defaultKeys),
    ]);
  });

  it("returns each assessed applicant with score, award, 12-month outcome and scale-free criteria", async () => {
    const { applicants } = await loadEvaluationSample(test.db, CEDER);
    // 1 + 16·4 + 1 unfollowed in 2020 (not "unassessed"), 3 in 2021, none in 2022, 2 in 2023
    expect(applicants).toHaveLength(66 + 3 + 2);
    const byId = new Map(applicants.map((a) => [`${a.edition_id}/${a.applicant_id}`, a]));
    expect(byId.has("ceder-2020/unassessed")).toBe(false);
    expect(byId.get("ceder-2020/s60-01")).toEqual({
      edition_id: "ceder-2020",
      applicant_id: "s60-01",
      score: 60,
      awarded: true,
      active_12m: true,
      criteria: { impact: 60, draagvlak: 60, nieuw: 60, schaalbaar: 60, toekomstbestendig: 60 },
    });
    expect(byId.get("ceder-2020/unfollowed")).toMatchObject({ score: 55, active_12m: null });
    // Without a 12-month row it counts in no predictive value: its criteria stay out.
    expect(byId.get("ceder-2020/unfollowed")?.criteria).toEqual({});
    // 2021, scale 5, weights 2 and 1:
    //   p1: score = 100 · (2 · 4.5 + 1 · 2.5) / (5 · 3) = 76.67; x = 90 and 50
    //   p2: score = 100 · (2 · 2 + 1 · 5) / 15 = 60; x = 40 and 100, nieuw counts nowhere
    expect(byId.get("ceder-2021/p1")).toMatchObject({
      score: expect.closeTo(1150 / 15, 10),
      criteria: { impact: 90, bereik: 50 },
    });
    expect(byId.get("ceder-2021/p2")).toMatchObject({
      score: 60,
      awarded: true,
      active_12m: false,
      criteria: { impact: 40, bereik: 100 },
    });
  });

  it("finds the cut-offs, the editions left out and the triangular weights", async () => {
    const { editions, applicants } = await loadEvaluationSample(test.db, CEDER);
    const cutoffs = editionCutoffs(editions, applicants);
    expect([...cutoffs.used]).toEqual([["ceder-2020", 60]]);
    expect(cutoffs.leftOut).toEqual([
      { edition_id: "ceder-2021", reason: "no_unfunded_assessed" },
      { edition_id: "ceder-2022", reason: "not_assessed" },
      { edition_id: "ceder-2023", reason: "no_funded_assessed" },
    ]);
    // h = 15: r = −10 → 1/3, −5 → 2/3, 0 → 1, +5 → 2/3; the one at r = −40 and
    // the one without a 12-month row are out.
    const weights = new Map<number, number[]>();
    for (const m of rddSample(applicants, cutoffs.used, 15)) {
      weights.set(m.r, [...(weights.get(m.r) ?? []), m.w]);
    }
    expect([...weights.keys()].sort((a, b) => a - b)).toEqual([-10, -5, 0, 5]);
    expect(weights.get(-10)).toEqual(new Array(16).fill(1 - 10 / 15));
    expect(weights.get(-5)).toEqual(new Array(16).fill(1 - 5 / 15));
    expect(weights.get(0)).toEqual(new Array(16).fill(1));
    expect(weights.get(5)).toEqual(new Array(16).fill(1 - 5 / 15));
  });

  it("estimates the effect as computed by hand", async () => {
    // As in evaluation-rdd.test.ts, with everyone at r = 0 awarded:
    //   below: 2 · 10/16 − 8/16 = 0.75; above: 14/16 = 0.875; itt = 0.125
    //   V_TT = 64/60 · (19 + 1.75)/256 = 20.75/240; award_jump = 1, effect_wald = itt.
    const result = await loadEvaluation(test.db, CEDER, 15);
    const se = Math.sqrt(20.75 / 240);
    expect(result.rdd).toEqual({
      bandwidth: 15,
      editions_used: ["ceder-2020"],
      editions_left_out: [
        { edition_id: "ceder-2021", reason: "no_unfunded_assessed" },
        { edition_id: "ceder-2022", reason: "not_assessed" },
        { edition_id: "ceder-2023", reason: "no_funded_assessed" },
      ],
      n_below: 32,
      n_above: 32,
      itt: expect.closeTo(0.125, 12),
      itt_low: expect.closeTo(0.125 - Z_95 * se, 12),
      itt_high: expect.closeTo(0.125 + Z_95 * se, 12),
      award_jump: expect.closeTo(1, 12),
      effect_wald: expect.closeTo(0.125, 12),
      survival_below: expect.closeTo(0.75, 12),
      reason: null,
      robustness: [
        { bandwidth: 7.5, itt: null, itt_low: null, itt_high: null, n_below: 16, n_above: 32 },
        {
          bandwidth: 30,
          itt: expect.closeTo(0.125, 12),
          itt_low: expect.closeTo(0.125 - Z_95 * se, 12),
          itt_high: expect.closeTo(0.125 + Z_95 * se, 12),
          n_below: 32,
          n_above: 32,
        },
      ],
    });
  });

  it("computes what each criterion predicts, over every selected edition and scale", async () => {
    const { criterion_auc } = await loadEvaluation(test.db, CEDER, 15);
    // impact: running 14 × 60, 12 × 65 (2020) and 90 (2021); stopped 2 × 60, 4 × 65, 40.
    //   14 at 60: ties with 2 (14), beat 40 (14); 12 at 65: beat 2 (24), tie 4 (24), beat 40 (12);
    //   90 beats all 7: (28 + 60 + 7) / (27 · 7) = 95/189
    // draagvlak (2020 only): (14 + 24 + 24) / (26 · 6) = 62/156; nieuw the same: p2's
    //   score on it lies outside 2021's rubric. bereik: 50 running, 100 stopped: 0.
    expect(Object.keys(criterion_auc)).toEqual([
      "impact",
      "draagvlak",
      "nieuw",
      "schaalbaar",
      "toekomstbestendig",
      "bereik",
    ]);
    expect(criterion_auc.impact).toEqual({
      auc: expect.closeTo(95 / 189, 12),
      n_active: 27,
      n_inactive: 7,
    });
    expect(criterion_auc.nieuw).toEqual({
      auc: expect.closeTo(62 / 156, 12),
      n_active: 26,
      n_inactive: 6,
    });
    expect(criterion_auc.bereik).toEqual({ auc: 0, n_active: 1, n_inactive: 1 });
  });

  it("compares funded with the comparison group over every followed applicant", async () => {
    // funded: 2020 26 of 32, 2021 1 of 2 → 27 of 34.
    // comparison: 2020 1 + 8 + 10 + 0 (the unassessed one) of 34, 2023 1 of 1 → 20 of 35.
    const { funded_vs_comparison } = await loadEvaluation(test.db, CEDER, 15);
    const expected = newcombeDifference(27, 34, 20, 35);
    expect(funded_vs_comparison).toEqual({ ...expected, n_funded: 34, n_comparison: 35 });
    expect(funded_vs_comparison.difference).toBeCloseTo(27 / 34 - 20 / 35, 12);
  });

  it("keeps a user's scope: another municipality does not exist", async () => {
    const all = await loadEvaluation(test.db, {}, 15);
    expect(all.rdd.editions_used).toEqual(["ceder-2020", "duin-2020"]);
    const scoped = await loadEvaluation(test.db, { visibleMunicipalities: ["Ceder"] }, 15);
    expect(scoped.rdd.editions_used).toEqual(["ceder-2020"]);
    await expect(
      loadEvaluation(test.db, { municipalities: ["Duin"], visibleMunicipalities: ["Ceder"] }, 15),
    ).rejects.toThrow("Geen edities van gemeente Duin.");
    await expect(
      loadEvaluation(test.db, { editionIds: ["duin-2020"], visibleMunicipalities: ["Ceder"] }, 15),
    ).rejects.toThrow("De editie duin-2020 bestaat niet.");
  });
});
