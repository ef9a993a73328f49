// The Lees mij sheet's texts, which come from the dictionary: the filter in
// words, one edition or more, the version of the data, in either language.
import { describe, expect, it } from "vitest";
import { UserError } from "../../core/i18n/user-error";
import type { Language } from "../../core/language";
import type { EditionFilter } from "../../core/metric-parts";
import { NoGrantsError } from "../../reports/exports/export.server";
import { ExportAbortedError } from "../../reports/exports/output";
import { describeFilter, type ReadmeFacts, readmeSheet } from "../../reports/exports/readme";

const EVERYTHING: EditionFilter = {
  editionIds: ["groningen-2019", "delft-2020"],
  municipalities: ["groningen", "delft"],
  fromYear: 2019,
  toYear: 2020,
  theme: "zorg",
};

async function rows(facts: Partial<ReadmeFacts> & { language: Language }) {
  const sheet = readmeSheet(
    {
      scope: "research",
      filter: {},
      generatedAt: "2026-03-01T09:30:00Z",
      editionCount: 1,
      version: null,
      oneState: true,
      ...facts,
    },
    [{ name: "Edities", description: "Eén Challenge." }],
  );
  const all: unknown[][] = [];
  for await (const batch of sheet.batches()) all.push(...batch.map((row) => [...row]));
  return { sheet, rows: all };
}

describe("the Lees mij sheet", () => {
  it("says the filter in words, in either language", () => {
    expect(describeFilter(EVERYTHING, "nl")).toBe(
      "editie groningen-2019, delft-2020; gemeente groningen, delft; vanaf 2019; tot en met 2020; thema zorg",
    );
    expect(describeFilter(EVERYTHING, "en")).toBe(
      "edition groningen-2019, delft-2020; municipality groningen, delft; from 2019; up to and including 2020; theme zorg",
    );
    expect(describeFilter({}, "nl")).toBe("alle edities");
    expect(describeFilter({}, "en")).toBe("all editions");
  });

  it("counts one edition or more, without a thousands separator", async () => {
    expect((await rows({ language: "nl", editionCount: 1 })).rows[4]).toEqual([
      "Edities",
      "1 editie",
    ]);
    expect((await rows({ language: "nl", editionCount: 1200 })).rows[4]).toEqual([
      "Edities",
      "1200 edities",
    ]);
    expect((await rows({ language: "en", editionCount: 1 })).rows[4]).toEqual([
      "Editions",
      "1 edition",
    ]);
    expect((await rows({ language: "en", editionCount: 3 })).rows[4]).toEqual([
      "Editions",
      "3 editions",
    ]);
  });

  it("names the version of the data, and the other sheets", async () => {
    const version = { import_id: 1234, imported_at: new Date("2025-01-02T03:04:05.678Z") };
    const dutch = await rows({ language: "nl", version });
    expect(dutch.rows[5]).toEqual([
      "Versie van de gegevens",
      "import 1234 van 2025-01-02T03:04:05Z",
    ]);
    expect(dutch.rows.at(-1)).toEqual(["Blad Edities", "Eén Challenge."]);
    expect(dutch.sheet).toMatchObject({ name: "Lees mij", file: "lees-mij" });
    const english = await rows({ language: "en", version, scope: "full", oneState: false });
    expect(english.rows[5]).toEqual(["Version of the data", "import 1234 of 2025-01-02T03:04:05Z"]);
    expect(english.rows[0]).toEqual([
      "SOC Impact Monitor: full file (confidential, with personal data)",
      "",
    ]);
    expect(english.sheet).toMatchObject({ name: "Read me", file: "read-me" });
    expect(english.sheet.columns.map((column) => column.header)).toEqual(["Topic", "Explanation"]);
  });
});

describe("the exports' errors", () => {
  it("carry a dictionary key: Dutch by default, English on request", () => {
    const noGrants = new NoGrantsError();
    expect(noGrants).toBeInstanceOf(UserError);
    expect(noGrants.name).toBe("NoGrantsError");
    expect(noGrants.message).toBe(
      "Deze keuze van edities heeft geen toekenningen; een 360Giving-bestand moet er minstens één hebben.",
    );
    expect(noGrants.in("en")).toBe(
      "This choice of editions has no awards; a 360Giving file needs at least one.",
    );
    const aborted = new ExportAbortedError();
    expect(aborted.name).toBe("ExportAbortedError");
    expect(aborted.message).toBe("De export is afgebroken: de ontvanger is weggevallen.");
  });
});
