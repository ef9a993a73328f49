import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatEuro,
  formatFixed,
  formatNumber,
  formatPercent,
  MISSING,
} from "../../core/format";

// Intl puts a no-break space between the euro sign and the amount.
const nbsp = "\u00a0";

describe("Dutch formatting", () => {
  it.each([
    [3000, `€${nbsp}3.000,00`],
    [1234567.5, `€${nbsp}1.234.567,50`],
    [0, `€${nbsp}0,00`],
  ])("formats %d euro as %s", (value, expected) => {
    expect(formatEuro(value, "nl")).toBe(expected);
  });

  it("formats euros without cents when asked", () => {
    expect(formatEuro(100000, "nl", false)).toBe(`€${nbsp}100.000`);
  });

  it("formats decimals with a comma, percentages and long dates", () => {
    expect(formatNumber(1.5, "nl")).toBe("1,5");
    expect(formatNumber(85, "nl")).toBe("85");
    expect(formatPercent(0.235, "nl")).toBe("24%");
    expect(formatDate("2021-04-14", "nl")).toBe("14 april 2021");
  });

  it("formats fixed decimals, and moments in Dutch time (summer and winter)", () => {
    expect(formatFixed(6000, "nl")).toBe("6.000,00");
    expect(formatFixed(2.5, "nl", 0)).toBe("3");
    // 07:30 UTC is 09:30 in Amsterdam in summer (UTC+2), 08:30 in winter (UTC+1)
    expect(formatDateTime("2021-04-14T07:30:00Z", "nl")).toBe("14 apr 2021, 09:30");
    expect(formatDateTime(new Date("2021-12-14T07:30:00Z"), "nl")).toBe("14 dec 2021, 08:30");
  });

  it("shows a dash for figures that cannot be computed", () => {
    expect(formatEuro(null, "nl")).toBe(MISSING);
    expect(formatNumber(null, "nl")).toBe(MISSING);
    expect(formatPercent(null, "en")).toBe(MISSING);
    expect(formatDate(null, "nl")).toBe(MISSING);
  });
});

describe("English formatting", () => {
  it("uses English separators and month names", () => {
    expect(formatEuro(3000, "en")).toBe("€3,000.00");
    expect(formatNumber(1.5, "en")).toBe("1.5");
    expect(formatDate("2021-04-14", "en")).toBe("14 April 2021");
    expect(formatFixed(6000, "en")).toBe("6,000.00");
    expect(formatDateTime("2021-04-14T07:30:00Z", "en")).toBe("14 Apr 2021, 09:30");
  });
});
