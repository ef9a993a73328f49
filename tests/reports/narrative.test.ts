import { describe, expect, it } from "vitest";
import { type NarrativeFigures, narrative } from "../../reports/factsheet/narrative";

const groningen2020: NarrativeFigures = {
  year: 2020,
  municipality: "Groningen",
  registrations: 85,
  awarded: 20,
  microcreditTotal: 58200,
  cofundingPerEuro: 1.3195,
  followed12m: 18,
  survival12m: 15 / 18,
  beneficiaries12m: 1240,
  comparison: { year: 2019, registrations: 73 },
  suppressSmallCounts: false,
};

// Amounts keep their euro sign with a no-break space (\u00a0), as Intl writes them.
describe("the factsheet narrative", () => {
  it("tells the year against the year before, with euros and shares in Dutch", () => {
    // (85 - 73) / 73 = 0.1644 -> 16%; 15 / 18 = 0.8333 -> 83%
    expect(narrative(groningen2020, "nl")).toEqual([
      "In 2020 meldden zich 85 ondernemers aan, 16% meer dan in 2019; 20 initiatieven kregen samen €\u00a058.200 microkrediet, en brachten per publieke euro €\u00a01,32 aan eigen en andere financiering mee.",
      "Van de 18 gevolgde initiatieven liep na een jaar nog 83%; samen bereikten ze 1.240 mensen.",
    ]);
  });

  it("says 'fewer' on a decrease and 'as many' when equal, in English", () => {
    const fewer = narrative(
      { ...groningen2020, comparison: { year: 2019, registrations: 100 } },
      "en",
    );
    expect(fewer[0]).toMatch(/^In 2020, 85 entrepreneurs registered, 15% fewer than in 2019; /);
    const same = narrative(
      { ...groningen2020, comparison: { year: 2019, registrations: 85 } },
      "nl",
    );
    expect(same[0]).toMatch(/^In 2020 meldden zich 85 ondernemers aan, evenveel als in 2019;/);
  });

  it("leaves out what a first edition or missing figures cannot say", () => {
    const first = narrative(
      {
        ...groningen2020,
        comparison: null,
        awarded: 0,
        microcreditTotal: 0,
        cofundingPerEuro: null,
        followed12m: 0,
        survival12m: null,
        beneficiaries12m: null,
      },
      "nl",
    );
    expect(first).toEqual([
      "In 2020 meldden zich 85 ondernemers aan.",
      "Metingen na een jaar zijn er voor deze editie nog niet.",
    ]);
  });

  it("shows counts of 1 to 4 as <5 in a public factsheet", () => {
    const small = narrative(
      { ...groningen2020, awarded: 3, followed12m: 3, suppressSmallCounts: true },
      "nl",
    );
    expect(small[0]).toContain("; <5 initiatieven kregen samen");
    expect(small[1]).toMatch(/^Van de <5 gevolgde initiatieven/);
  });
});
