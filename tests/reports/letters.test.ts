// The feedback letters' pure parts, against numbers worked out by hand:
// quartiles by R's type 7 (h = (n − 1)·p, interpolate between the order
// statistics around h), the comments' numbering and the zip's file names.
import { describe, expect, it } from "vitest";
import { cohortSpread } from "../../reports/letters/cohort";
import { numberComments } from "../../reports/letters/comments";
import { letterFileNames } from "../../reports/letters/zip.server";
import { quantileOfSorted } from "../../reports/metrics/statistics";

describe("the cohort's median and quartiles (R type 7)", () => {
  it.each([
    // odd: [1, 2, 3]; Q1 h = 0.5 → 1 + 0.5·1; median h = 1 → 2; Q3 h = 1.5 → 2 + 0.5·1
    { name: "odd", values: [3, 1, 2], q1: 1.5, median: 2, q3: 2.5 },
    // even: [1, 2, 3, 4]; Q1 h = 0.75 → 1.75; median h = 1.5 → 2.5; Q3 h = 2.25 → 3.25
    { name: "even", values: [4, 2, 1, 3], q1: 1.75, median: 2.5, q3: 3.25 },
    // one value: h = 0 for every p
    { name: "single", values: [7], q1: 7, median: 7, q3: 7 },
    // ties: [2, 2, 2, 5]; Q1 h = 0.75 → 2; median h = 1.5 → 2; Q3 h = 2.25 → 2 + 0.25·3
    { name: "ties", values: [2, 5, 2, 2], q1: 2, median: 2, q3: 2.75 },
    // five plans: [1.5, 2, 3, 3, 4]; h = 1, 2, 3 fall on order statistics
    { name: "five", values: [4, 3, 2, 1.5, 3], q1: 2, median: 3, q3: 3 },
  ])("$name", ({ values, q1, median, q3 }) => {
    expect(cohortSpread(values)).toEqual({ q1, median, q3, n: values.length });
  });

  it("has none without values, and the extremes at p = 0 and 1", () => {
    expect(cohortSpread([])).toBeNull();
    expect(quantileOfSorted([], 0.5)).toBeNull();
    expect(quantileOfSorted([1, 5, 9], 0)).toBe(1);
    expect(quantileOfSorted([1, 5, 9], 1)).toBe(9);
    // h = 2·0.1 = 0.2 → 1 + 0.2·4
    expect(quantileOfSorted([1, 5, 9], 0.1)).toBeCloseTo(1.8, 12);
  });
});

describe("the assessors' comments", () => {
  it("are numbered in the order of their text, whatever order they came in, without empty ones", () => {
    const expected = [
      { number: 1, text: "Goed plan." },
      { number: 2, text: "Maak de begroting concreter." },
    ];
    expect(numberComments(["Maak de begroting concreter.", "  ", "Goed plan. "])).toEqual(expected);
    expect(numberComments(["Goed plan.", "", "Maak de begroting concreter."])).toEqual(expected);
    expect(numberComments([])).toEqual([]);
  });

  it("carry nothing but a number and the text: no name can come through", () => {
    for (const comment of numberComments(["b", "a", "c"])) {
      expect(Object.keys(comment).sort()).toEqual(["number", "text"]);
    }
  });
});

describe("the letters' file names", () => {
  it("are the applicant id with .pdf, made safe, and never the same twice", () => {
    expect(letterFileNames(["p1", "a/b", "a_b", "../x", "café 2", ".hidden"])).toEqual([
      "p1.pdf",
      "a_b.pdf",
      "a_b-2.pdf",
      "_._x.pdf",
      "caf__2.pdf",
      "_hidden.pdf",
    ]);
  });
});
