import { describe, expect, it } from "vitest";
import { csvLine, csvValue } from "../../reports/exports/csv-writer";

describe("CSV values for Dutch Excel", () => {
  it.each([
    [3000.5, "decimal", "3000,5"],
    [0.1234, "share", "0,1234"],
    [-12.25, "decimal", "-12,25"],
    [1234567.891, "decimal", "1234567,891"],
    [2900, "euro", "2900,00"],
    [2900.5, "euro", "2900,50"],
    [2020, "integer", "2020"],
    [-4, "integer", "-4"],
  ] as const)("writes %s (%s) as %s", (value, kind, text) => {
    expect(csvValue(value, kind, "nl")).toBe(text);
  });

  it("writes yes/no in the file's language, dates as ISO, nothing for null", () => {
    expect(csvValue(true, "bool", "nl")).toBe("ja");
    expect(csvValue(false, "bool", "nl")).toBe("nee");
    expect(csvValue(true, "bool", "en")).toBe("yes");
    expect(csvValue("2020-03-01", "date", "nl")).toBe("2020-03-01");
    expect(csvValue(null, "text", "nl")).toBe("");
  });

  it.each([
    ["Soep; en meer", '"Soep; en meer"'],
    ['Zei "ja"', '"Zei ""ja"""'],
    ["twee\nregels", '"twee\nregels"'],
    [" spatie", '" spatie"'],
    ["=1+1", "'=1+1"],
    ["=A1;B1", '"\'=A1;B1"'],
    ["-5 jaar", "'-5 jaar"],
  ])("quotes and neutralises text: %j", (text, field) => {
    expect(csvValue(text, "text", "nl")).toBe(field);
  });

  it("joins a row with semicolons and ends it with CRLF", () => {
    expect(csvLine(["a", 1.5, true, null], ["text", "decimal", "bool", "text"], "nl")).toBe(
      "a;1,5;ja;\r\n",
    );
  });
});
