// Title rows above the header (issue 18): the header is the first row among
// the first ten with the most cells that name the dataset's columns (at least
// one required); the rows above it are skipped, with a warning naming them.
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/test-db";
import { csv } from "./files";
import { importSheets, importText, type Sheets, validSheets } from "./fixtures";

function withTitle(sheets: Sheets, sheet: string, title: (string | null)[][]): Sheets {
  return { ...sheets, [sheet]: [...title, ...(sheets[sheet] ?? [])] };
}

describe("title rows above the header", () => {
  const test = useTestDatabase();

  it("skips a title and a note above the header, and says so", async () => {
    const sheets = withTitle(validSheets(), "AANMELDINGEN", [
      ["Aanmeldingen SOC Leeuwarden 2025"],
      [null],
      ["Bijgewerkt op 1 maart", null, "door de gemeente"],
    ]);
    const report = await importSheets(test.db, sheets, { dryRun: true });
    expect(report.errors).toEqual([]);
    expect(report.counts.applicants).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
    expect(report.warnings).toEqual([
      {
        dataset: "applicants",
        sheet: "AANMELDINGEN",
        row: 1,
        column: null,
        value: null,
        message: expect.stringContaining("rij 1, 3"),
      },
    ]);
    expect(report.warnings[0]?.message).toContain("(rij 4)");
  });

  it("reports a row below the header by its spreadsheet row", async () => {
    const sheets = withTitle(validSheets(), "Toekenningen", [["Toekenningen 2020"]]);
    (sheets.Toekenningen as (string | number | null)[][])[2] = [
      "groningen-2020",
      "a1",
      6000,
      "veel",
      1500,
      "prijs",
    ];
    const report = await importSheets(test.db, sheets, { dryRun: true, language: "en" });
    expect(report.errors).toMatchObject([
      { dataset: "awards", row: 3, column: "microcredit_eur", value: "veel" },
    ]);
    expect(report.warnings[0]?.message).toContain("(row 2): row 1");
  });

  it("finds the header of a CSV file below a title", async () => {
    expect((await importSheets(test.db, validSheets())).errors).toEqual([]);
    const text = csv([
      ["Programma 2020"],
      ["editie_id", "activiteit_id", "soort"],
      ["groningen-2020", "w9", "workshop"],
    ]);
    const report = await importText(test.db, "programma.csv", text, { dryRun: true });
    expect(report.errors).toEqual([]);
    expect(report.counts.activities).toMatchObject({ inserted: 1 });
    expect(report.warnings).toHaveLength(1);
  });

  it("takes the row that names the most columns, not a title that names one", async () => {
    const text = csv([
      ["editie_id"],
      ["editie_id", "activiteit_id", "soort"],
      ["groningen-2020", "w9", "workshop"],
    ]);
    const report = await importText(test.db, "programma.csv", text, { dryRun: true });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toHaveLength(1);
  });

  it("without a header, reports the missing columns once, not every row as a duplicate key", async () => {
    const sheets = withTitle(validSheets(), "AANMELDINGEN", [["Aanmeldingen SOC Leeuwarden 2025"]]);
    // The header names no column: the first row is taken for it.
    (sheets.AANMELDINGEN as unknown[][]).splice(1, 1, ["id", "naam", "wie"]);
    const report = await importSheets(test.db, sheets, { dryRun: true });
    const applicants = report.errors.filter((e) => e.dataset === "applicants");
    expect(applicants.map((e) => [e.dataset, e.row, e.column])).toEqual([
      ["applicants", 1, "edition_id"],
      ["applicants", 1, "applicant_id"],
      ["applicants", 1, "initiative"],
    ]);
  });

  it("with a key column missing, reports it once, not each row as a duplicate key", async () => {
    const sheets = validSheets();
    const rows = sheets.AANMELDINGEN as unknown[][];
    sheets.AANMELDINGEN = rows.map((r) => r.filter((_, i) => i !== 1)) as Sheets[string];
    sheets.Beoordelingen = [["editie_id", "aanmelding_id", "beoordelaar"]];
    sheets.Toekenningen = [["editie_id", "aanmelding_id", "startbudget_eur", "microkrediet_eur"]];
    sheets.Resultaten = [["editie_id", "aanmelding_id", "maanden", "actief"]];
    sheets.Enquete = [["editie_id", "respondent_id"]];
    sheets.Cases = [["editie_id", "aanmelding_id", "titel", "samenvatting"]];
    const report = await importSheets(test.db, sheets, { dryRun: true });
    expect(report.errors.map((e) => [e.dataset, e.row, e.column, e.message])).toEqual([
      ["applicants", 1, "applicant_id", "Deze verplichte kolom ontbreekt."],
    ]);
  });
});
