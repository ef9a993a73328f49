import { describe, expect, it } from "vitest";
import { parseBandwidth } from "../../reports/evaluation/bandwidth";
import { parseEvaluationQuery } from "../../reports/evaluation/query";

describe("parseBandwidth", () => {
  it.each([
    [undefined, 15],
    ["15", 15],
    [" 7,5 ", 7.5],
    ["7.5", 7.5],
    ["100", 100],
    ["0.5", 0.5],
  ])("reads %s as %f", (text, value) => {
    expect(parseBandwidth(text)).toBe(value);
  });

  it.each([["0"], ["0,0"], ["100.01"], ["-5"], ["1e1"], [""], ["vijftien"], ["7,5,1"]])(
    "refuses %s",
    (text) => {
      expect(parseBandwidth(text)).toBeNull();
    },
  );
});

describe("parseEvaluationQuery", () => {
  it("reads the dashboards' filter and the bandwidth", () => {
    expect(
      parseEvaluationQuery(
        new URLSearchParams("municipality=Ceder&municipality=Duin&from=2020&bandwidth=7,5"),
        "nl",
      ),
    ).toEqual({
      ok: true,
      filter: { municipalities: ["Ceder", "Duin"], fromYear: 2020 },
      bandwidth: 7.5,
    });
    expect(parseEvaluationQuery(new URLSearchParams(""), "nl")).toEqual({
      ok: true,
      filter: {},
      bandwidth: 15,
    });
  });
});
