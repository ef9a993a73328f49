// The selection above the budget line as award rows, on a hand-computed
// edition: budget 5000, max_share 0.5, awarded on 2026-12-03.
//
//   plan  score  start    asked  amount                      total    within  award
//   a       90   3333.33  2000   1666.66 (capped: 1666.665,   1666.66  yes     3333.33 / 1666.66
//                                 rounded down to the cent)
//   b       80   4000     1500   1500                         3166.66  yes     skipped: awarded already
//   c       70   2000     1000   1000                         4166.66  yes     2000 / 1000
//   d       60   3000     1000   1000                         5166.66  no      (below the line)
import { describe, expect, it } from "vitest";
import { selectionAwards } from "../../import/scoring/award-selection";
import { type AwardOutcome, awardMessage } from "../../import/scoring/award-selection.server";
import { budgetLine, type RankedPlan } from "../../reports/selection/budget-line";

const plan = (
  applicant_id: string,
  score: number,
  start_budget_eur: number | null,
  requested_eur: number | null,
): RankedPlan => ({
  applicant_id,
  initiative: applicant_id,
  score,
  start_budget_eur,
  requested_eur,
});

const DAY = "2026-12-03";
const EDITION = "proefstad-2025";
const PLANS = [
  plan("a", 90, 3333.33, 2000),
  plan("b", 80, 4000, 1500),
  plan("c", 70, 2000, 1000),
  plan("d", 60, 3000, 1000),
];

describe("selectionAwards", () => {
  it("awards the plans above the line at the capped amount, to the cent, and skips those awarded", () => {
    const ranking = budgetLine(PLANS, 5000, 0.5);
    expect(ranking.map((r) => [r.applicant_id, r.amount, r.running_total, r.within])).toEqual([
      ["a", 1666.66, 1666.66, true],
      ["b", 1500, 3166.66, true],
      ["c", 1000, 4166.66, true],
      ["d", 1000, 5166.66, false],
    ]);
    expect(selectionAwards(EDITION, ranking, new Set(["b"]), DAY)).toEqual({
      rows: [
        {
          edition_id: EDITION,
          applicant_id: "a",
          start_budget_eur: 3333.33,
          microcredit_eur: 1666.66,
          awarded_on: DAY,
        },
        {
          edition_id: EDITION,
          applicant_id: "c",
          start_budget_eur: 2000,
          microcredit_eur: 1000,
          awarded_on: DAY,
        },
      ],
      skipped: ["b"],
      incomplete: [],
    });
  });

  it("names the plans above the line without a start budget or a request, unless awarded already", () => {
    // e asks 500 without a start budget (uncapped), f and g give no request (0 toward
    // the total): running totals e 500, a 2166.66, f 2166.66, g 2166.66; all above the line.
    const ranking = budgetLine(
      [
        plan("e", 95, null, 500),
        plan("f", 85, 1000, null),
        plan("g", 50, 1000, null),
        plan("a", 90, 3333.33, 2000),
      ],
      5000,
      0.5,
    );
    expect(ranking.every((r) => r.within)).toBe(true);
    const selection = selectionAwards(EDITION, ranking, new Set(["g"]), DAY);
    expect(selection.incomplete).toEqual(["e", "f"]);
    expect(selection.skipped).toEqual(["g"]);
    expect(selection.rows.map((r) => r.applicant_id)).toEqual(["a"]);
  });

  it("awards nothing when no plan is above the line", () => {
    const ranking = budgetLine([plan("d", 60, 3000, 1000)], 500, 0.5);
    expect(selectionAwards(EDITION, ranking, new Set(), DAY)).toEqual({
      rows: [],
      skipped: [],
      incomplete: [],
    });
  });
});

describe("the award's message", () => {
  it("counts one plan in the singular, more in the plural", () => {
    const awarded = (plans: string[]): AwardOutcome => ({
      ok: true,
      importId: 7,
      awarded: plans,
      skipped: [],
    });
    expect(awardMessage(awarded(["a"]), "nl")).toBe("1 plan toegekend (importnummer 7): a.");
    expect(awardMessage(awarded(["a"]), "en")).toBe("1 plan awarded (import number 7): a.");
    expect(awardMessage(awarded(["a", "c"]), "nl")).toBe(
      "2 plannen toegekend (importnummer 7): a, c.",
    );
  });
});
