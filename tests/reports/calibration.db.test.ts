// The calibration's query on a real database: the hand-computed edition of
// calibration-edition.ts loaded as rows gives the same inputs, and so the
// same figures, as calibration.test.ts checks by hand.
import { beforeAll, describe, expect, it } from "vitest";
import { insertDataset } from "../../db/insert-dataset.server";
import { loadCalibrationInputs } from "../../db/queries/calibration-inputs.server";
import { calibrate } from "../../reports/calibration/calibrate";
import { loadCalibration, loadCalibrations } from "../../reports/calibration/report.server";
import { UnknownEditionsError } from "../../reports/metrics/report.server";
import { useTestDatabase } from "../support/test-db";
import { calibrationDataset, calibrationInput, EDITION } from "./calibration-edition";

describe("assessor calibration from the database", () => {
  const test = useTestDatabase();

  beforeAll(async () => {
    const dataset = calibrationDataset();
    // An edition without criteria rows uses the default rubric.
    dataset.editions.push({
      edition_id: "proefstad-2023",
      municipality: "Proefstad",
      year: 2023,
      name: "SOC Proefstad 2023",
      budget_eur: 5000,
    });
    await insertDataset(test.db, dataset);
  });

  it("reads the rubric, the scores as numbers, score(a) and the awards", async () => {
    const [input] = await loadCalibrationInputs(test.db, [EDITION]);
    const expected = calibrationInput();
    expect(input).toEqual({
      ...expected,
      scores: expect.arrayContaining(expected.scores),
    });
    expect(input?.scores).toHaveLength(expected.scores.length);
    expect(typeof input?.applicantScores[0]?.score).toBe("number");
  });

  it("gives the hand-computed figures", async () => {
    const { calibration: result, awards } = await loadCalibration(test.db, EDITION);
    expect(awards).toBe(2);
    expect(result).toEqual(calibrate(calibrationInput()));
    expect(result.flips).toEqual(["p2", "p5"]);
    expect(result.agreement.weighted).toBeCloseTo(1556 / 1815, 12);
  });

  it("uses the default rubric without criteria rows and has nothing to say without scores", async () => {
    const [input] = await loadCalibrationInputs(test.db, ["proefstad-2023"]);
    expect(input?.rubric.map((c) => c.criterion)).toEqual([
      "impact",
      "draagvlak",
      "nieuw",
      "schaalbaar",
      "toekomstbestendig",
    ]);
    expect((await loadCalibration(test.db, "proefstad-2023")).calibration).toEqual({
      edition_id: "proefstad-2023",
      assessors: [],
      agreement: {
        impact: null,
        draagvlak: null,
        nieuw: null,
        schaalbaar: null,
        toekomstbestendig: null,
        weighted: null,
      },
      ranking: [],
      flips: [],
    });
  });

  it("refuses an edition that does not exist, and leaves it out of a list", async () => {
    await expect(loadCalibration(test.db, "nergens-2020")).rejects.toBeInstanceOf(
      UnknownEditionsError,
    );
    const many = await loadCalibrations(test.db, ["nergens-2020", EDITION, "proefstad-2023"]);
    expect(many.map((c) => c.edition_id)).toEqual([EDITION, "proefstad-2023"]);
  });
});
