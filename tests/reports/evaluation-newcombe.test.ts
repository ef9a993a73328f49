import { describe, expect, it } from "vitest";
import { fundedVsComparison, newcombeDifference } from "../../reports/evaluation/newcombe";

describe("newcombeDifference (method 10)", () => {
  // Newcombe (1998), Statistics in Medicine 17:873–890, table II, method 10
  // ("score interval for each proportion, hybrid").
  //
  // (a) 56/70 − 48/80 by hand, z = 1.959964, z² = 3.841459:
  //   56/70: p1 = 0.8, 1 + z²/70 = 1.054878; centre = (0.8 + z²/140)/1.054878 = 0.784391,
  //          half = z·√(0.16/70 + z²/19600)/1.054878 = 0.092561 → l1 = 0.691830, u1 = 0.876952
  //   48/80: p0 = 0.6, 1 + z²/80 = 1.048018; centre = (0.6 + z²/160)/1.048018 = 0.595418,
  //          half = z·√(0.24/80 + z²/25600)/1.048018 = 0.104966 → l0 = 0.490452, u0 = 0.700384
  //   d = 0.2; low = 0.2 − √(0.108170² + 0.100384²) = 0.2 − 0.147569 = 0.0524
  //            high = 0.2 + √(0.076952² + 0.109548²) = 0.2 + 0.133873 = 0.3339
  // The paper gives 0.0524 to 0.3339. (The difference is 0.2000: 56/70 = 0.8
  // and 48/80 = 0.6.)
  it.each([
    [56, 70, 48, 80, 0.2, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.6, 0.1705, 0.809],
    [6, 7, 2, 7, 0.5714, 0.0582, 0.8062],
    [5, 56, 0, 29, 0.0893, -0.0381, 0.1926],
    [0, 10, 0, 20, 0, -0.1611, 0.2775],
    [0, 10, 0, 10, 0, -0.2775, 0.2775],
    [10, 10, 0, 20, 1, 0.6791, 1],
    [10, 10, 0, 10, 1, 0.6075, 1],
  ])("%i/%i − %i/%i = %f (%f to %f), as in the paper", (x1, n1, x0, n0, d, low, high) => {
    const result = newcombeDifference(x1, n1, x0, n0);
    expect(result?.difference).toBeCloseTo(d, 4);
    expect(result?.low).toBeCloseTo(low, 4);
    expect(result?.high).toBeCloseTo(high, 4);
  });

  it("is null where either group is empty", () => {
    expect(newcombeDifference(3, 4, 0, 0)).toBeNull();
    expect(newcombeDifference(0, 0, 3, 4)).toBeNull();
  });
});

describe("fundedVsComparison", () => {
  it("compares pooled 12-month survival of the funded with the comparison group", () => {
    expect(
      fundedVsComparison({
        followed_12m: 70,
        active_12m: 56,
        followed_12m_unfunded: 80,
        active_12m_unfunded: 48,
      }),
    ).toEqual({
      difference: expect.closeTo(0.2, 12),
      low: expect.closeTo(0.0524, 4),
      high: expect.closeTo(0.3339, 4),
      n_funded: 70,
      n_comparison: 80,
    });
    expect(
      fundedVsComparison({
        followed_12m: 5,
        active_12m: 4,
        followed_12m_unfunded: 0,
        active_12m_unfunded: 0,
      }),
    ).toEqual({ difference: null, low: null, high: null, n_funded: 5, n_comparison: 0 });
  });
});
