import { describe, expect, it } from "vitest";
import { coverageNote, followUpCoverage } from "../../reports/metrics/coverage";

/** The figures of an edition with `awarded` awards of which `followed` followed, `active` active. */
function figures(awarded: number, followed: number, active: number) {
  return {
    awarded,
    followed_12m: followed,
    followup_rate_12m: awarded === 0 ? null : followed / awarded,
    survival_12m_bound_low: awarded === 0 ? null : active / awarded,
    survival_12m_bound_high: awarded === 0 ? null : (active + awarded - followed) / awarded,
  };
}

describe("followUpCoverage", () => {
  it("says how many were followed, and below 80% the bounds in words", () => {
    expect(followUpCoverage(figures(20, 12, 9), "nl")).toBe(
      "12 van 20 gevolgd (60%); tussen 45% en 85%: van 8 van de 20 initiatieven weten we het niet",
    );
    expect(followUpCoverage(figures(20, 12, 9), "en")).toBe(
      "12 of 20 followed up (60%); between 45% and 85%: for 8 of the 20 initiatives we do not know",
    );
  });

  it("leaves the bounds out from 80% followed", () => {
    expect(followUpCoverage(figures(20, 16, 12), "nl")).toBe("16 van 20 gevolgd (80%)");
    expect(followUpCoverage(figures(20, 20, 12), "en")).toBe("20 of 20 followed up (100%)");
    // 15 of 19 is 78.9%: shown as 79%, and below the line
    expect(followUpCoverage(figures(19, 15, 10), "nl")).toBe(
      "15 van 19 gevolgd (79%); tussen 53% en 74%: van 4 van de 19 initiatieven weten we het niet",
    );
  });

  it("says nothing without awards", () => {
    expect(followUpCoverage(figures(0, 0, 0), "nl")).toBeNull();
    expect(followUpCoverage({}, "nl")).toBeNull();
  });

  it("covers an edition where nobody was followed: survival anywhere from 0% to 100%", () => {
    expect(followUpCoverage(figures(6, 0, 0), "nl")).toBe(
      "0 van 6 gevolgd (0%); tussen 0% en 100%: van 6 van de 6 initiatieven weten we het niet",
    );
  });

  it("shows counts of 1 to 4 as <5 in public outputs, percentages as every rate", () => {
    expect(followUpCoverage(figures(19, 15, 10), "nl", { suppressSmallCounts: true })).toBe(
      "15 van 19 gevolgd (79%); tussen 53% en 74%: van <5 van de 19 initiatieven weten we het niet",
    );
    expect(followUpCoverage(figures(6, 3, 2), "en", { suppressSmallCounts: true })).toBe(
      "<5 of 6 followed up (50%); between 33% and 83%: for <5 of the 6 initiatives we do not know",
    );
  });
});

describe("coverageNote", () => {
  it("belongs to survival_12m only", () => {
    expect(coverageNote("survival_12m", figures(10, 9, 6), "nl")).toBe("9 van 10 gevolgd (90%)");
    expect(coverageNote("survival_12m_low", figures(10, 9, 6), "nl")).toBeNull();
    expect(coverageNote("awarded", figures(10, 9, 6), "nl")).toBeNull();
  });
});
