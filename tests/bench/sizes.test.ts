import { describe, expect, it } from "vitest";
import { fractions } from "../../bench/sizes";

describe("benchmark sizes", () => {
  it("runs 10% and 100% in a full run, one size in the quick run", () => {
    expect(fractions(false)).toEqual([0.1, 1]);
    expect(fractions(true)).toEqual([1]);
  });

  it("runs one of the full run's sizes alone with --size", () => {
    expect(fractions(false, "10")).toEqual([0.1]);
    expect(fractions(false, "100")).toEqual([1]);
  });

  it("refuses a size the full run does not have", () => {
    expect(() => fractions(false, "50")).toThrow("--size 50: choose one of 10, 100");
    expect(() => fractions(false, "abc")).toThrow("choose one of 10, 100");
  });
});
