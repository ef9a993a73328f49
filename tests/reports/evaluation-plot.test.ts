// The evaluation chart's drawing (reports/evaluation/plot.ts): which sample
// members fall in which bin of score relative to the budget line, each bin's
// survival, and the fitted lines; numbers worked out by hand.
import { describe, expect, it } from "vitest";
import type { EvaluationApplicant } from "../../core/evaluation-sample";
import { discontinuityPlot } from "../../reports/evaluation/plot";

function applicant(
  id: string,
  score: number | null,
  active: boolean | null,
  edition = "e-2020",
): EvaluationApplicant {
  return {
    edition_id: edition,
    applicant_id: id,
    score,
    awarded: score !== null && score >= 50,
    active_12m: active,
    criteria: {},
  };
}

// Line at 50, bandwidth 10: five bins of 2 points a side, centres -9, -7,
// -5, -3, -1 below and 1, 3, 5, 7, 9 above.
const cutoffs = { used: new Map([["e-2020", 50]]), leftOut: [] };

describe("the discontinuity plot", () => {
  it("bins the sample by score relative to the line, with each bin's survival", () => {
    const plot = discontinuityPlot(
      [
        applicant("a", 41, true), // r = -9: bin [-10, -8), centre -9
        applicant("b", 49.5, false), // r = -0.5: bin [-2, 0), centre -1
        applicant("c", 49, true), // r = -1: same bin; 1 of 2 running
        applicant("d", 50, true), // r = 0: bin [0, 2) above, centre 1
        applicant("e", 51.9, false), // r = 1.9: same bin; 1 of 2 running
        applicant("f", 59.9, true), // r = 9.9: bin [8, 10), centre 9
        applicant("g", 60, true), // r = 10: not within the bandwidth (|r| < h)
        applicant("h", 40, false), // r = -10: not within it either
        applicant("i", 55, null), // no 12-month outcome: not in the sample
        applicant("j", null, true), // no score: no place relative to the line
        applicant("k", 50, true, "other-2020"), // an edition without a line
      ],
      cutoffs,
      10,
      false,
    );
    expect(plot.bandwidth).toBe(10);
    expect(plot.bins).toEqual([
      { side: "below", r: -9, survival: 1, n: 1 },
      { side: "below", r: -1, survival: 0.5, n: 2 },
      { side: "above", r: 1, survival: 0.5, n: 2 },
      { side: "above", r: 9, survival: 1, n: 1 },
    ]);
    expect(plot.lines).toEqual([]);
  });

  it("draws the fit of each side from -h to the line and from the line to h", () => {
    // Every one below still runs, nobody above: the fit is exact, with
    // intercept 1 (b0), jump -1 (b1) and no slope on either side (b2, b3).
    const plot = discontinuityPlot(
      [
        applicant("a", 42, true),
        applicant("b", 46, true),
        applicant("c", 49, true),
        applicant("d", 50, false),
        applicant("e", 53, false),
        applicant("f", 58, false),
      ],
      cutoffs,
      10,
      true,
    );
    const rounded = plot.lines.map((p) => ({ ...p, survival: Number(p.survival.toFixed(9)) }));
    expect(rounded).toEqual([
      { side: "below", r: -10, survival: 1 },
      { side: "below", r: 0, survival: 1 },
      { side: "above", r: 0, survival: 0 },
      { side: "above", r: 10, survival: 0 },
    ]);
  });

  it("draws no line when the fit cannot be made (one side empty)", () => {
    const plot = discontinuityPlot(
      [applicant("a", 52, true), applicant("b", 55, false)],
      cutoffs,
      10,
      true,
    );
    expect(plot.bins.map((b) => b.side)).toEqual(["above", "above"]);
    expect(plot.lines).toEqual([]);
  });
});
