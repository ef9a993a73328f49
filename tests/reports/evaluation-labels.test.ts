// How the evaluation names a criterion (reports/evaluation/page.server.ts):
// the label of the rubric, the most recent edition's where editions differ,
// and the key capitalised where no edition gives one.
import { describe, expect, it } from "vitest";
import type { EvaluationEdition } from "../../core/evaluation-sample";
import {
  criterionLabels,
  criterionName,
  criterionStatement,
} from "../../reports/evaluation/page.server";

const edition = (year: number, labels?: Record<string, string>): EvaluationEdition => ({
  edition_id: `e-${year}`,
  municipality: "Ceder",
  year,
  criteria: ["impact", "bereik"],
  labels,
});

describe("criterion names", () => {
  it("take the most recent edition's label, whatever the editions' order", () => {
    const labels = criterionLabels([
      edition(2023, { impact: "Maatschappelijke impact" }),
      edition(2021, { impact: "Impact (oud)", bereik: "Bereik in de wijk" }),
      edition(2022),
    ]);
    expect(labels).toEqual({ impact: "Maatschappelijke impact", bereik: "Bereik in de wijk" });
    expect(criterionName("impact", labels)).toBe("Maatschappelijke impact");
    expect(criterionName("nieuw", labels)).toBe("Nieuw");
  });

  it("appear in the plain sentence", () => {
    const auc = { auc: 0.7, n_active: 40, n_inactive: 12 };
    expect(criterionStatement("bereik", auc, "nl", { bereik: "Bereik in de wijk" })).toBe(
      "Plannen die hoog scoorden op Bereik in de wijk liepen vaker na een jaar nog.",
    );
  });
});
