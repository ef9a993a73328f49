import { describe, expect, it } from "vitest";
import {
  publicCount,
  restsOnFewCases,
  SUPPRESSED_COUNT,
} from "../../reports/metrics/small-numbers";

describe("publicCount", () => {
  it.each([
    [0, 0],
    [1, "<5"],
    [2, "<5"],
    [4, "<5"],
    [5, 5],
    [85, 85],
    [null, null],
  ])("shows %s as %s", (count, shown) => {
    expect(publicCount(count)).toBe(shown);
  });

  it("suppresses with one fixed text", () => {
    expect(SUPPRESSED_COUNT).toBe("<5");
  });
});

describe("restsOnFewCases", () => {
  it.each([
    [0, true],
    [1, true],
    [9, true],
    [10, false],
    [85, false],
  ])("n = %i: %s", (n, few) => {
    expect(restsOnFewCases(n)).toBe(few);
  });
});
