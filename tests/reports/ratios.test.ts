import { describe, expect, it } from "vitest";
import { delta, deltaPct, safeRatio } from "../../reports/metrics/ratios";

describe("safeRatio", () => {
  it.each([
    [20, 85, 20 / 85],
    [0, 8000, 0],
    [4500.1, 9500, 4500.1 / 9500],
  ])("%f / %f", (numerator, denominator, expected) => {
    expect(safeRatio(numerator, denominator)).toBe(expected);
  });

  it.each([
    [0, 0],
    [5, 0],
    [null, 3],
    [3, null],
    [null, null],
  ])("%s / %s cannot be computed: null, never 0, Infinity or NaN", (numerator, denominator) => {
    expect(safeRatio(numerator, denominator)).toBeNull();
  });
});

describe("delta and deltaPct", () => {
  it.each([
    // 85 − 73 = 12; 12 / 73
    [85, 73, 12, 12 / 73],
    // 4 − 6 = −2; −2 / 6
    [4, 6, -2, -1 / 3],
    // 0.85 − 0.8 is 0.04999999999999993 in floating point: shown as 0.05; 0.05 / 0.8
    [0.85, 0.8, 0.05, 0.0625],
    // 2200.2 − 4500.1 = −2299.9 to the cent
    [2200.2, 4500.1, -2299.9, -2299.9 / 4500.1],
    [10, 10, 0, 0],
  ])("%f against %f: delta %f, delta_pct %f", (current, previous, expectedDelta, expectedPct) => {
    expect(delta(current, previous)).toBe(expectedDelta);
    expect(deltaPct(current, previous)).toBeCloseTo(expectedPct, 12);
  });

  it("is null without a previous value, and delta_pct is null where it was 0", () => {
    expect(delta(5, null)).toBeNull();
    expect(delta(null, 5)).toBeNull();
    expect(deltaPct(5, null)).toBeNull();
    expect(deltaPct(null, 5)).toBeNull();
    // 1 − 0 = 1, but 1 / 0 is no percentage
    expect(delta(1, 0)).toBe(1);
    expect(deltaPct(1, 0)).toBeNull();
  });
});
