// Files as users make them, and files that are not what they say.
import { readFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importFile } from "../../import/run.server";
import { useTestDatabase } from "../support/test-db";
import { csv, writeText, writeWorkbook } from "./files";
import {
  everything,
  importOptions,
  importSheets,
  importText,
  tinyLimits,
  validSheets,
} from "./fixtures";

const EDITION = "editie_id;gemeente;jaar;budget_eur\r\ngroningen-2020;Groningen;2020;60.000\r\n";

function fileError(message: string) {
  return [{ dataset: null, sheet: null, row: null, column: null, value: null, message }];
}

describe("CSV files", () => {
  const test = useTestDatabase();

  it("reads Dutch Excel's CSV: semicolons, a BOM, Dutch numbers, quoted fields", async () => {
    expect((await importText(test.db, "edities.csv", `\uFEFF${EDITION}`)).ok).toBe(true);
    const applicants = [
      "editie_id;aanmelding_id;initiatief;organisatie;terugkerend",
      'groningen-2020;a1;"Soep; en meer";"Stichting ""Samen""";ja',
      'groningen-2020;a2;"Twee\nregels";;nee',
    ].join("\r\n");
    const report = await importText(test.db, "Aanmeldingen.csv", `\uFEFF${applicants}\r\n`);
    expect(report.errors).toEqual([]);
    expect(report.counts.applicants).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    const rows = await test.db
      .selectFrom("applicants")
      .select(["applicant_id", "initiative", "organisation", "returning"])
      .orderBy("applicant_id")
      .execute();
    expect(rows).toEqual([
      {
        applicant_id: "a1",
        initiative: "Soep; en meer",
        organisation: 'Stichting "Samen"',
        returning: true,
      },
      { applicant_id: "a2", initiative: "Twee\nregels", organisation: null, returning: false },
    ]);
    const edition = await test.db
      .selectFrom("editions")
      .select("budget_eur")
      .executeTakeFirstOrThrow();
    expect(edition.budget_eur).toBe(60000); // "60.000" in a semicolon file is sixty thousand
  });

  it("reads comma-separated CSV with a decimal point, and takes the dataset from the caller", async () => {
    const content = csv(
      [
        ["edition_id", "applicant_id", "start_budget_eur", "microcredit_eur"],
        ["groningen-2020", "a1", "6000.50", "3000.25"],
      ],
      ",",
    );
    const report = await importText(test.db, "export-2020.csv", content, { dataset: "awards" });
    expect(report.errors).toEqual([]);
    const award = await test.db
      .selectFrom("awards")
      .select(["start_budget_eur", "microcredit_eur"])
      .executeTakeFirstOrThrow();
    expect(award).toEqual({ start_budget_eur: 6000.5, microcredit_eur: 3000.25 });
  });

  it("reports the spreadsheet row of a bad value, counting the header as row 1", async () => {
    const content = csv([
      ["editie_id", "respondent_id", "algemeen"],
      ["groningen-2020", "r1", 8],
      ["groningen-2020", "r2", 11],
    ]);
    const report = await importText(test.db, "enquete.csv", content);
    expect(report.errors).toEqual([
      {
        dataset: "surveys",
        sheet: "enquete.csv",
        row: 3,
        column: "overall",
        value: "11",
        message: "Het getal mag niet groter zijn dan 10.",
      },
    ]);
  });

  it("asks which dataset a CSV file holds when its name does not say", async () => {
    const report = await importText(test.db, "gegevens.csv", EDITION);
    expect(report.errors).toEqual(
      fileError(
        "Niet duidelijk welke gegevens 'gegevens.csv' bevat. Noem het bestand naar de gegevens, zoals aanmeldingen.csv.",
      ),
    );
  });

  it("reads a file that is not UTF-8 as Windows-1252, and warns that it did", async () => {
    const latin1 = Buffer.from(
      "editie_id;gemeente;jaar;budget_eur\ngroningen-2020;Gr\xf6ningen;2020;60000\n",
      "latin1",
    );
    const report = await importText(test.db, "edities.csv", latin1);
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining("gelezen als Windows-1252"),
    ]);
    const edition = await test.db
      .selectFrom("editions")
      .select("municipality")
      .executeTakeFirstOrThrow();
    expect(edition.municipality).toBe("Gr\u00f6ningen");
  });
});

describe("files that are not what they say, and limits", () => {
  const test = useTestDatabase();

  it("refuses a workbook renamed to .csv and a text file renamed to .xlsx", async () => {
    const workbook = await writeWorkbook(validSheets());
    const bytes = await readFile(workbook.file);
    expect((await importText(test.db, "edities.csv", bytes)).errors).toEqual(
      fileError("Dit bestand is geen CSV-tekstbestand, ook al heet het zo."),
    );
    expect((await importText(test.db, "gegevens.xlsx", EDITION)).errors).toEqual(
      fileError(
        "Dit bestand is een tekstbestand (UTF-8), geen Excel-werkmap, ook al heet het .xlsx. Geef het de extensie .txt of .csv, of open het in Excel en sla het op als Excel-werkmap (.xlsx).",
      ),
    );
    expect((await importText(test.db, "gegevens.xlsx", "%PDF-1.4\x01\x02")).errors).toEqual(
      fileError("Dit bestand is geen Excel-werkmap (.xlsx), ook al heet het zo."),
    );
  });

  it("refuses old Excel files and other types with a way out", async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await importText(test.db, "oud.xls", ole)).errors).toEqual(
      fileError(
        "Oude Excel-bestanden (.xls) worden niet gelezen. Sla het bestand op als Excel-werkmap (.xlsx).",
      ),
    );
    expect((await importText(test.db, "gegevens.xlsx", ole)).errors).toEqual(
      fileError(
        "Oude Excel-bestanden (.xls) worden niet gelezen. Sla het bestand op als Excel-werkmap (.xlsx).",
      ),
    );
    expect((await importText(test.db, "gegevens.pdf", "%PDF-1.4")).errors).toEqual(
      fileError(
        "Alleen Excel-werkmappen (.xlsx), tekstbestanden (.csv of .txt) en zip-bestanden met CSV-bestanden (.zip, zoals de CSV-export) kunnen worden geïmporteerd.",
      ),
    );
  });

  it("refuses a workbook that unpacks to more than the limit (zip bombs)", async () => {
    const report = await importSheets(test.db, validSheets(), {
      limits: tinyLimits({ maxUnpackedBytes: 10_000 }),
    });
    expect(report.errors).toEqual(
      fileError(
        "Het bestand is uitgepakt te groot (een werkmap of zip met CSV-bestanden): hoogstens 0,0095 MB.",
      ),
    );
  });

  it("refuses a sheet with more rows than the limit, and writes nothing", async () => {
    const before = await everything(test.db);
    const report = await importSheets(test.db, validSheets(), {
      limits: tinyLimits({ maxRows: 2 }),
    });
    expect(report.errors).toEqual(fileError("Het werkblad heeft te veel rijen: hoogstens 2."));
    expect(await everything(test.db)).toEqual(before);
  });

  it("skips formatted empty rows after the data (borders drawn down a range)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Edities");
    sheet.addRow(["editie_id", "gemeente", "jaar", "budget_eur"]);
    sheet.addRow(["groningen-2020", "Groningen", 2020, 60000]);
    // styled but empty cells: what a range with borders holds
    for (let row = 3; row <= 12_002; row += 1) {
      sheet.getCell(`A${row}`).border = { bottom: { style: "thin" } };
    }
    const { file } = await writeText("leeg.xlsx", "");
    await workbook.xlsx.writeFile(file);
    const report = await importFile(test.db, file, importOptions({ fileName: "leeg.xlsx" }));
    expect(report.errors).toEqual([]);
    expect(report.counts.editions).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    // the row limit still counts them
    const limited = await importFile(
      test.db,
      file,
      importOptions({ fileName: "leeg.xlsx", limits: tinyLimits({ maxRows: 10_000 }) }),
    );
    expect(limited.errors).toEqual(
      fileError("Het werkblad heeft te veel rijen: hoogstens 10.000."),
    );
  });

  it("says so when no sheet has a known name, and when a dataset has two sheets", async () => {
    const none = await importSheets(test.db, { Blad1: [["a"], [1]] });
    expect(none.errors).toEqual(
      fileError(
        "Het bestand bevat geen werkblad met een bekende naam (zoals Aanmeldingen of Toekenningen).",
      ),
    );
    expect(none.ignored.sheets).toEqual(["Blad1"]);
    const sheets = validSheets();
    const twice = await importSheets(test.db, { ...sheets, applicants: sheets.AANMELDINGEN ?? [] });
    expect(twice.errors).toEqual([
      {
        dataset: "applicants",
        sheet: "applicants",
        row: null,
        column: null,
        value: null,
        message: "Deze gegevens staan in twee werkbladen; laat er één over.",
      },
    ]);
  });
});

describe("a workbook saved by LibreOffice", () => {
  const test = useTestDatabase();

  it("imports as the exceljs original does, date cells included", async () => {
    const file = path.join(import.meta.dirname, "fixtures-files/libreoffice.xlsx");
    const report = await importFile(test.db, file, importOptions({ fileName: "libreoffice.xlsx" }));
    expect(report.errors).toEqual([]);
    expect(report.counts.awards).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    expect(report.ignored.sheets).toEqual(["Notities"]);
    const awards = await test.db
      .selectFrom("awards")
      .select(["applicant_id", "microcredit_eur", "awarded_on", "instrument"])
      .orderBy("applicant_id")
      .execute();
    expect(awards).toEqual([
      { applicant_id: "a1", microcredit_eur: 3000, awarded_on: "2020-11-01", instrument: "prize" },
      { applicant_id: "a2", microcredit_eur: 2500.5, awarded_on: "2020-11-02", instrument: "loan" },
    ]);
    const edition = await test.db
      .selectFrom("editions")
      .select(["themes", "finale_on"])
      .executeTakeFirstOrThrow();
    expect(edition).toEqual({ themes: ["Armoede", "Eenzaamheid"], finale_on: "2020-11-01" });
  });
});
