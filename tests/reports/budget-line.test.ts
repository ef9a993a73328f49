// The ranking against the budget on a hand-computed edition: budget 5000,
// max_share 0.5.
//
//   plan  score  start  asked  amount (capped)  total  within
//   a       80    2000   1500   1000 (capped)    1000   yes   (ties with b: by id, a first)
//   b       80    4000   1500   1500             2500   yes
//   c       70    6000   2000   2000             4500   yes
//   d       60    3000   1000   1000             5500   no    (the line falls above d)
//   e       50    1000    400    400             5900   no    (fits alone, but stays below the line)
//   f       40    null    300    300             6200   no    (no start budget: uncapped)
//   g       30    5000   null   null             6200   no
import { describe, expect, it } from "vitest";
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

describe("budgetLine", () => {
  it("ranks by score, caps each request and draws the line where the budget runs out", () => {
    const lines = budgetLine(
      [
        plan("g", 30, 5000, null),
        plan("d", 60, 3000, 1000),
        plan("b", 80, 4000, 1500),
        plan("f", 40, null, 300),
        plan("a", 80, 2000, 1500),
        plan("e", 50, 1000, 400),
        plan("c", 70, 6000, 2000),
      ],
      5000,
      0.5,
    );
    expect(
      lines.map((l) => [l.applicant_id, l.amount, l.capped, l.running_total, l.within]),
    ).toEqual([
      ["a", 1000, true, 1000, true],
      ["b", 1500, false, 2500, true],
      ["c", 2000, false, 4500, true],
      ["d", 1000, false, 5500, false],
      ["e", 400, false, 5900, false],
      ["f", 300, false, 6200, false],
      ["g", null, false, 6200, false],
    ]);
  });

  it("counts a total exactly at the budget as within, to the cent", () => {
    const lines = budgetLine([plan("a", 90, 1000.2, 500.1), plan("b", 80, 1000, 499.9)], 1000, 0.5);
    expect(lines.map((l) => [l.running_total, l.within])).toEqual([
      [500.1, true],
      [1000, true],
    ]);
  });
});
