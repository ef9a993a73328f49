// /edities/<id>/kalibratie: the calibration of loadCalibration, assessors
// named only for administrators, other municipalities' editions a 404; the
// edition page links to it with the weighted-score agreement.
import { beforeAll, describe, expect, it } from "vitest";
import { loader as editionLoader } from "~/routes/edities.$editionId";
import { loader } from "~/routes/edities.$editionId_.kalibratie";
import type { Role } from "../../core/accounts";
import { insertDataset } from "../../db/insert-dataset.server";
import { loadCalibration } from "../../reports/calibration/report.server";
import { calibrationDataset, EDITION } from "../reports/calibration-edition";
import { loginAs, requestArgs } from "../support/session";
import { useTestDatabase } from "../support/test-db";

describe("the calibration page", () => {
  const test = useTestDatabase();
  const sessions: Partial<Record<Role | "proefstad" | "elders", string>> = {};
  const page = (who: keyof typeof sessions, editionId = EDITION) =>
    loader({
      ...requestArgs(test.db, `http://localhost/edities/${editionId}/kalibratie`, sessions[who]),
      params: { editionId },
    });

  beforeAll(async () => {
    await insertDataset(test.db, calibrationDataset());
    sessions.admin = await loginAs(test.db, "admin");
    sessions.researcher = await loginAs(test.db, "researcher");
    sessions.proefstad = await loginAs(test.db, "municipality", ["Proefstad"]);
    sessions.elders = await loginAs(test.db, "municipality", ["Elders"]);
  });

  it("shows administrators the calibration with the assessors' names", async () => {
    const data = await page("admin");
    const { calibration } = await loadCalibration(test.db, EDITION);
    expect(data.calibration).toEqual(calibration);
    expect(data.namesShown).toBe(true);
    expect(data.agreement.map((a) => a.label)).toEqual(["Impact", "Draagvlak", "Gewogen score"]);
  });

  it("shows the others codes, most lenient first, and the same figures", async () => {
    for (const who of ["researcher", "proefstad"] as const) {
      const data = await page(who);
      expect(data.namesShown).toBe(false);
      expect(data.calibration.assessors.map((a) => [a.assessor, a.leniency])).toEqual([
        ["Beoordelaar 1", 4],
        ["Beoordelaar 2", expect.closeTo(2 / 3, 12)],
        ["Beoordelaar 3", -7],
      ]);
      expect(JSON.stringify(data)).not.toMatch(/Anna|Bram|Cor/);
      expect(data.calibration.flips).toEqual(["p2", "p5"]);
    }
  });

  it("is a 404 for another municipality's edition and for one that does not exist", async () => {
    for (const [who, id] of [
      ["elders", EDITION],
      ["admin", "nergens-2020"],
    ] as const) {
      const refusal = await page(who, id).catch((response: unknown) => response);
      expect(refusal).toBeInstanceOf(Response);
      expect((refusal as Response).status).toBe(404);
    }
  });

  it("is linked from the edition page with the weighted-score agreement", async () => {
    const data = await editionLoader({
      ...requestArgs(test.db, `http://localhost/edities/${EDITION}`, sessions.proefstad),
      params: { editionId: EDITION },
    });
    expect(data.weightedAgreement).toBeCloseTo(1556 / 1815, 12);
  });
});
