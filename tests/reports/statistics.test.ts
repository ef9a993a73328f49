import { describe, expect, it } from "vitest";
import { aucWithTies, median, wilsonInterval, Z_95 } from "../../reports/metrics/statistics";

describe("wilsonInterval", () => {
  // z = 1.959964, z² = 3.841458881296.
  // centre = (p + z²/2n) / (1 + z²/n); half = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n)
  it.each([
    // 2 of 3: p = 0.6667, 1 + z²/3 = 2.280486; centre = (0.6667 + 0.640243) / 2.280486 = 0.573084,
    // half = 1.959964 · √(0.074074 + 0.106707) / 2.280486 = 0.365424
    [2, 3, 0.207659598808, 0.938508055979],
    // 5 of 10: centre 0.5 exactly; half = 1.959964 · √(0.025 + 0.009604) / 1.384146 = 0.263407
    [5, 10, 0.236593089011, 0.763406910989],
    // 4 of 5: 1 + z²/5 = 1.768292; centre = (0.8 + 0.384146) / 1.768292 = 0.669655, half 0.294121
    [4, 5, 0.37553462703, 0.963775891774],
    // 16 of 19: centre = (0.842105 + 0.101091) / 1.202182 = 0.784570, half 0.160225
    [16, 19, 0.624345245355, 0.944795284046],
    // 45 of 50: centre = (0.9 + 0.038415) / 1.076829 = 0.871461, half 0.085063
    [45, 50, 0.786397684514, 0.956524235343],
  ])("%i of %i lies in [%f, %f]", (successes, n, low, high) => {
    const interval = wilsonInterval(successes, n);
    expect(interval?.low).toBeCloseTo(low, 10);
    expect(interval?.high).toBeCloseTo(high, 10);
  });

  it.each([
    // 0 of 10: centre = half = (z²/20) / 1.384146 = 0.138766: the bound is 0, not below
    [0, 10, 0, 0.277532803026],
    // 10 of 10: the mirror image
    [10, 10, 0.722467196974, 1],
    // 1 of 1: centre = (1 + 1.920729) / 4.841459 = 0.603275, half 0.396725
    [1, 1, 0.206549311792, 1],
    [0, 1, 0, 0.793450688208],
  ])("stays within 0..1 at the edges: %i of %i", (successes, n, low, high) => {
    const interval = wilsonInterval(successes, n);
    expect(interval?.low).toBeCloseTo(low, 10);
    expect(interval?.high).toBeCloseTo(high, 10);
    expect(interval?.low).toBeGreaterThanOrEqual(0);
    expect(interval?.high).toBeLessThanOrEqual(1);
  });

  it("is null without cases and uses the catalogue's z", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(Z_95).toBe(1.959964);
  });
});

describe("aucWithTies", () => {
  it.each([
    // every positive above every negative: 4 of 4 pairs
    [[3, 4], [1, 2], 1],
    // every positive below: 0 of 4 pairs
    [[1, 2], [3, 4], 0],
    // all equal: every pair a tie, 1/2 each
    [[5, 5], [5, 5, 5], 0.5],
    // pairs (66,70): 0, (70,70): ½ → ½ of 2
    [[66, 70], [70], 0.25],
    // pairs vs 70: 66 → 0, 70 → ½, 77.5 → 1, 60 → 0: 1½ of 4
    [[66, 70, 77.5, 60], [70], 0.375],
    // positives 2, 4, 4; negatives 1, 4: 2 beats 1 → 1, 2 < 4 → 0; each 4 beats 1 and
    // ties 4 → 1½, twice → 3. Together 4 of 6
    [[2, 4, 4], [1, 4], 4 / 6],
    // positives 0.9, 0.8, 0.4; negatives 0.7, 0.3, 0.8:
    // 0.9 beats 3 → 3; 0.8 beats 0.7 and 0.3, ties 0.8 → 2½; 0.4 beats 0.3 → 1: 6½ of 9
    [[0.9, 0.8, 0.4], [0.7, 0.3, 0.8], 6.5 / 9],
  ])("positives %j against negatives %j: %f", (positives, negatives, expected) => {
    expect(aucWithTies(positives, negatives)).toBeCloseTo(expected, 12);
  });

  it("is null without both groups", () => {
    expect(aucWithTies([], [1])).toBeNull();
    expect(aucWithTies([1], [])).toBeNull();
  });

  it("handles national numbers of cases quickly and agrees with counting pairs", () => {
    // 60,000 × 40,000 pairs would take minutes one by one; ranks take milliseconds.
    const positives = Array.from({ length: 60_000 }, (_, i) => (i % 100) + 1);
    const negatives = Array.from({ length: 40_000 }, (_, i) => i % 100);
    // Each value v in 1..100 of the positives (600 each) beats v of the 100
    // negative values (400 each) and ties one (value v, if v ≤ 99):
    // Σ_v 600·400·(v + ½·[v ≤ 99]) / (60,000·40,000) = (5050 + 49.5) / 10,000
    const started = performance.now();
    expect(aucWithTies(positives, negatives)).toBeCloseTo(0.50995, 12);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("median", () => {
  it.each([
    [[7], 7],
    [[3, 1, 2], 2],
    // even count: mean of the middle two, (1000.2 + 1200) / 2
    [[1200, 1000.2], 1100.1],
    // sorted 900, 1000.1, 1000.2, 1200, 1500, 2000: (1000.2 + 1200) / 2
    [[2000, 1500, 1000.1, 1000.2, 1200, 900], 1100.1],
    [[5, 5, 5, 5], 5],
    // numbers, not text: 10 sorts after 9
    [[9, 10, 1], 9],
  ])("of %j is %f", (values, expected) => {
    expect(median(values)).toBeCloseTo(expected, 12);
  });

  it("is null without values and leaves its input alone", () => {
    expect(median([])).toBeNull();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
