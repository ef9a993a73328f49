import { describe, expect, it } from "vitest";
import { neutraliseFormula } from "../../reports/exports/neutralise";

describe("neutraliseFormula", () => {
  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ['=HYPERLINK("http://evil.example","klik")', '\'=HYPERLINK("http://evil.example","klik")'],
    ["+31 6 1234 5678", "'+31 6 1234 5678"],
    ["-2+3", "'-2+3"],
    ["@SUM(1)", "'@SUM(1)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("puts a quote before %j", (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  it.each([
    ["Buurtkeuken Indische Buurt"],
    ["<5"],
    ["2020-03-01"],
    ["a=b"],
    [" =1+1"],
    ["'=al veilig"],
    [""],
  ])("leaves %j as it is", (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});
