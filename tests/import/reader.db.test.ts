// What the reader's cases mean for an import: the value stored, the error
// for the cell, or one error about the file, never an aborted import.
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { importFile } from "../../import/run.server";
import { useTestDatabase } from "../support/test-db";
import { importOptions, importText } from "./fixtures";
import {
  damagedStream,
  type HandmadeOptions,
  lyingSize,
  workbookParts,
  writeHandmade,
  zipParts,
} from "./handmade";

function fileError(message: string) {
  return [{ dataset: null, sheet: null, row: null, column: null, value: null, message }];
}

const EDITION = "editie_id;gemeente;jaar;budget_eur\r\ngroningen-2020;Groningen;2020;60.000\r\n";

const inline = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;

/** An applicants sheet: the header, then the given cells' XML for row 2 after edition and key. */
function applicants(row2: string, extraHeader: string[] = []): HandmadeOptions {
  const header = ["editie_id", "aanmelding_id", "initiatief", ...extraHeader]
    .map((name, i) => inline(`${String.fromCharCode(65 + i)}1`, name))
    .join("");
  return {
    numFmts: [0, 14],
    sheets: {
      Aanmeldingen: `<row r="1">${header}</row><row r="2">${inline("A2", "groningen-2020")}${inline("B2", "a1")}${row2}</row>`,
    },
  };
}

describe("workbook cells as the reader gives them", () => {
  const test = useTestDatabase();

  async function importHandmade(options: HandmadeOptions, language: "nl" | "en" = "nl") {
    const { file } = await writeHandmade(options);
    return importFile(test.db, file, importOptions({ fileName: "handmade.xlsx", language }));
  }

  it('keeps a required initiative written with xml:space="preserve"', async () => {
    expect((await importText(test.db, "edities.csv", EDITION)).ok).toBe(true);
    const report = await importHandmade({
      ...applicants('<c r="C2" t="s"><v xml:space="preserve">0</v></c>'),
      strings: ['<si><t xml:space="preserve">Buurtkamer </t></si>'],
    });
    expect(report.errors).toEqual([]);
    const row = await test.db.selectFrom("applicants").select("initiative").executeTakeFirst();
    expect(row?.initiative).toBe("Buurtkamer");
  });

  it("imports a workbook whose elements have a prefix and whose shared strings are SharedStrings.xml", async () => {
    expect((await importText(test.db, "edities.csv", EDITION)).ok).toBe(true);
    const options = applicants('<c r="C2" t="s"><v>0</v></c>');
    const report = await importHandmade({
      ...options,
      prefix: "x",
      sharedStringsPart: "xl/SharedStrings.xml",
      strings: ["<{p}si><{p}t>Buurthuis</{p}t></{p}si>"],
      sheets: {
        Aanmeldingen: (options.sheets.Aanmeldingen as string).replace(
          /<(\/?)(row|c|is|t|v)\b/g,
          "<$1{p}$2",
        ),
      },
    });
    expect(report.errors).toEqual([]);
    const row = await test.db.selectFrom("applicants").select("initiative").executeTakeFirst();
    expect(row?.initiative).toBe("Buurthuis");
  });

  it("reports an Excel error in a cell as an error for that cell, in Dutch and English", async () => {
    const options = {
      ...applicants('<c r="C2" t="e"><f>VLOOKUP(1,X:Y,2)</f><v>#N/A</v></c>'),
    };
    const where = { dataset: "applicants", sheet: "Aanmeldingen", row: 2, column: "initiative" };
    expect((await importHandmade(options)).errors).toContainEqual({
      ...where,
      value: "#N/A",
      message: "De cel bevat de Excel-fout #N/A. Vul de waarde zelf in, of maak de cel leeg.",
    });
    expect((await importHandmade(options, "en")).errors).toContainEqual({
      ...where,
      value: "#N/A",
      message:
        "The cell holds the Excel error #N/A. Fill in the value yourself, or empty the cell.",
    });
  });

  it("reports an empty value in a required amount as empty, not as 0,00", async () => {
    const { file } = await writeHandmade({
      sheets: {
        Toekenningen: `<row r="1">${inline("A1", "editie_id")}${inline("B1", "aanmelding_id")}${inline("C1", "startbudget_eur")}${inline("D1", "microkrediet_eur")}</row><row r="2">${inline("A2", "groningen-2020")}${inline("B2", "a1")}<c r="C2"><v></v></c><c r="D2"><v>100</v></c></row>`,
      },
    });
    const report = await importFile(test.db, file, importOptions({ fileName: "t.xlsx" }));
    expect(report.errors).toContainEqual({
      dataset: "awards",
      sheet: "Toekenningen",
      row: 2,
      column: "start_budget_eur",
      value: "",
      message: "Dit veld is verplicht maar leeg.",
    });
  });

  it('stores an ISO date cell (t="d") as the day it says, whatever the server\'s time zone', async () => {
    const zone = process.env.TZ;
    process.env.TZ = "Europe/Amsterdam";
    try {
      expect((await importText(test.db, "edities.csv", EDITION)).ok).toBe(true);
      const report = await importHandmade(
        applicants(`${inline("C2", "Buurtkamer")}<c r="D2" t="d"><v>2020-02-10T00:30:00</v></c>`, [
          "aangemeld_op",
        ]),
      );
      expect(report.errors).toEqual([]);
      const row = await test.db.selectFrom("applicants").select("registered_on").executeTakeFirst();
      expect(row?.registered_on).toBe("2020-02-10");
    } finally {
      process.env.TZ = zone;
    }
  });

  it("refuses a time without a date in a date column with an error for that cell", async () => {
    for (const cell of ['<c r="D2" t="d"><v>12:30:00</v></c>', '<c r="D2" s="1"><v>0.5</v></c>']) {
      const report = await importHandmade(
        applicants(`${inline("C2", "Buurtkamer")}${cell}`, ["aangemeld_op"]),
      );
      expect(report.errors).toEqual([
        {
          dataset: "applicants",
          sheet: "Aanmeldingen",
          row: 2,
          column: "registered_on",
          value: expect.stringMatching(/^12:/),
          message: "Dit is geen geldige datum. Schrijf bijvoorbeeld 1-3-2020 of 2020-03-01.",
        },
      ]);
    }
  });
});

describe("files that cannot be read, said so", () => {
  const test = useTestDatabase();
  const DAMAGED = fileError(
    "Het bestand is beschadigd of onvolledig, bijvoorbeeld doordat het downloaden of kopiëren is afgebroken. Download of kopieer het opnieuw; lukt dat niet, open het dan in Excel en sla het opnieuw op.",
  );
  const options = applicants(inline("C2", "Buurtkamer"));

  it("reports a cut-off download, a lying size and a damaged stream as a damaged file", async () => {
    const zip = await zipParts(workbookParts(options));
    const sheet = "xl/worksheets/sheet1.xml";
    for (const bytes of [
      zip.subarray(0, Math.floor(zip.length / 2)),
      lyingSize(zip, sheet),
      damagedStream(zip, sheet),
    ]) {
      const report = await importText(test.db, "stuk.xlsx", bytes);
      expect(report.errors).toEqual(DAMAGED);
    }
  });

  it("says which part of a workbook is not XML", async () => {
    const parts = workbookParts(options);
    parts["xl/worksheets/sheet1.xml"] = "<worksheet><sheetData><row><c><v>1</c></row>";
    const report = await importText(test.db, "stuk.xlsx", await zipParts(parts));
    expect(report.errors).toEqual([
      expect.objectContaining({
        row: null,
        message: expect.stringContaining(
          "Een onderdeel van de werkmap (xl/worksheets/sheet1.xml) is onleesbaar",
        ),
      }),
    ]);
  });

  it("tells a password-protected workbook from an old .xls file", async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, "EncryptionInfo", Buffer.alloc(200, 1));
    XLSX.CFB.utils.cfb_add(cfb, "EncryptedPackage", Buffer.alloc(5000, 2));
    const encrypted = Buffer.from(XLSX.CFB.write(cfb, { type: "buffer" }));
    const protectedMessage = fileError(
      "Deze werkmap is met een wachtwoord beveiligd en kan daardoor niet worden gelezen. Open hem in Excel, haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord, en maak het wachtwoord leeg) en sla hem opnieuw op.",
    );
    expect((await importText(test.db, "beveiligd.xlsx", encrypted)).errors).toEqual(
      protectedMessage,
    );
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([["a"]]), "Blad1");
    const xls = XLSX.write(workbook, { type: "buffer", bookType: "biff8" }) as Buffer;
    expect((await importText(test.db, "oud.xlsx", xls)).errors).toEqual(
      fileError(
        "Oude Excel-bestanden (.xls) worden niet gelezen. Sla het bestand op als Excel-werkmap (.xlsx).",
      ),
    );
  });

  it("says a UTF-16 text file named .xlsx is text", async () => {
    const text = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EDITION, "utf16le")]);
    expect((await importText(test.db, "edities.xlsx", text)).errors).toEqual(
      fileError(
        "Dit bestand is een tekstbestand (UTF-16, Unicode), geen Excel-werkmap, ook al heet het .xlsx. Geef het de extensie .txt of .csv, of open het in Excel en sla het op als Excel-werkmap (.xlsx).",
      ),
    );
  });
});

describe("text files as Dutch offices write them", () => {
  const test = useTestDatabase();
  const EDITIONS =
    "editie_id\tgemeente\tjaar\tbudget_eur\r\ngroningen-2020\tCafé € 1\t2020\t3.000,50\r\n";

  async function stored() {
    return test.db
      .selectFrom("editions")
      .select(["municipality", "budget_eur"])
      .executeTakeFirstOrThrow();
  }

  it("reads Excel's Unicode text (.txt, UTF-16 LE with BOM, tab-separated)", async () => {
    const text = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EDITIONS, "utf16le")]);
    const report = await importText(test.db, "edities.txt", text);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(await stored()).toEqual({ municipality: "Café € 1", budget_eur: 3000.5 });
  });

  it("reads UTF-16 BE with a BOM, and UTF-8 with a BOM and tabs", async () => {
    const be = Buffer.from(EDITIONS, "utf16le").swap16();
    const report = await importText(
      test.db,
      "edities.csv",
      Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
    );
    expect(report.errors).toEqual([]);
    expect(await stored()).toEqual({ municipality: "Café € 1", budget_eur: 3000.5 });
    const utf8 = await importText(test.db, "edities.txt", `\uFEFF${EDITIONS}`);
    expect(utf8.errors).toEqual([]);
    expect(utf8.counts.editions).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
  });

  it("reads Dutch Excel's plain CSV (Windows-1252, semicolons) with a warning that says so", async () => {
    const cp1252 = Buffer.from(
      "editie_id;gemeente;jaar;budget_eur\r\ngroningen-2020;Caf\xe9 \x80 1 \x93ja\x94;2020;3.000,50\r\n",
      "latin1",
    );
    const report = await importText(test.db, "edities.csv", cp1252);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([
      {
        dataset: null,
        sheet: null,
        row: null,
        column: null,
        value: null,
        message:
          "Het bestand is geen UTF-8-tekst en is daarom gelezen als Windows-1252 (West-Europees, wat Excel 'CSV (gescheiden door lijstscheidingsteken)' schrijft). Controleer letters als é, ë en het euroteken; sla het bestand bij twijfel op als 'CSV UTF-8'.",
      },
    ]);
    expect(await stored()).toEqual({ municipality: "Café € 1 “ja”", budget_eur: 3000.5 });
  });

  it("still refuses a file that is no text at all", async () => {
    const report = await importText(test.db, "edities.csv", Buffer.from([1, 0, 2, 3, 0, 0, 7]));
    expect(report.errors).toEqual(
      fileError("Dit bestand is geen CSV-tekstbestand, ook al heet het zo."),
    );
  });
});
