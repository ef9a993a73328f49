import { describe, expect, it } from "vitest";
import { emptyParts, type MetricParts } from "../../core/metric-parts";
import { addHundredths, addMeasured, sumParts } from "../../reports/metrics/parts";

describe("addHundredths", () => {
  it.each([
    // 0.1 + 0.2 is 0.30000000000000004 in floating point
    [0.1, 0.2, 0.3],
    // 1000.1 + 1000.2 is 2000.3000000000002
    [1000.1, 1000.2, 2000.3],
    [4500.1, 2200.2, 6700.3],
    [0, 0, 0],
  ])("%f + %f = %f exactly", (a, b, sum) => {
    expect(addHundredths(a, b)).toBe(sum);
  });
});

describe("addMeasured", () => {
  it.each([
    [null, null, null],
    [null, 2.5, 2.5],
    [1.25, null, 1.25],
    [1.25, 0, 1.25],
    [0.1, 0.2, 0.3],
  ])("%s + %s = %s: null only when nothing was measured", (a, b, sum) => {
    expect(addMeasured(a, b)).toBe(sum);
  });
});

function partsWith(change: (parts: MetricParts) => void, budget = 0): MetricParts {
  const parts = emptyParts(budget);
  change(parts);
  return parts;
}

describe("sumParts", () => {
  it("adds counts, cents exactly, keeps null where nothing was measured, pools rows", () => {
    const first = partsWith((p) => {
      p.counts.registrations = 6;
      p.amounts.microcredit_total = 1000.1;
      p.measured.jobs_fte_12m = 1.5;
      p.scoreSums.spread_sum = 2;
      p.pooled.microcredits = [1000.1];
    }, 10_000);
    const second = partsWith((p) => {
      p.counts.registrations = 4;
      p.amounts.microcredit_total = 1000.2;
      p.measured.follow_on_funding_12m = 0;
      p.scoreSums.spread_sum = 0.5;
      p.pooled.microcredits = [1000.2, 900];
    }, 5_000);
    const total = sumParts([first, second]);
    expect(total.counts.registrations).toBe(10);
    expect(total.amounts.budget).toBe(15_000);
    // 1000.1 + 1000.2 to the cent, not 2000.3000000000002
    expect(total.amounts.microcredit_total).toBe(2000.3);
    // measured once (1.5) stays 1.5; measured as 0 stays 0; never measured stays null
    expect(total.measured.jobs_fte_12m).toBe(1.5);
    expect(total.measured.follow_on_funding_12m).toBe(0);
    expect(total.measured.revenue_12m).toBeNull();
    expect(total.scoreSums.spread_sum).toBe(2.5);
    expect(total.pooled.microcredits).toEqual([1000.1, 1000.2, 900]);
    // the inputs are left as they were
    expect(first.pooled.microcredits).toEqual([1000.1]);
  });

  it("of no editions is the parts of an empty edition", () => {
    expect(sumParts([])).toEqual(emptyParts());
  });
});
