// The workbook writer renders data rows itself (decision 011). What it
// writes must be what exceljs writes for the same cells: here the same
// sheets go through exceljs' own rows and cells (as the writer did before),
// and every part of the two files must be identical.
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type Cell, type ExportSheet, fixedRows } from "../../reports/exports/sheet";
import { columnLetters, xmlText } from "../../reports/exports/sheet-xml";
import { cellValue, writeWorkbook } from "../../reports/exports/xlsx-writer";
import { readWorkbook, sheetOf, unzip, written } from "./export-files";

const CREATED = new Date("2026-03-01T09:30:00Z");

const ROWS: Cell[][] = [
  ["gewoon", 12, 1234.5, 0.125, "2024-02-29", true, -0.5],
  ["<b>&'\"", 0, -3, 1, "1970-01-01", false, 1e21],
  ["=1+1", null, null, null, null, null, 3],
  ["-min", 1e-7, 99999999.99, 0, "2100-12-31", true, null],
  ["\ttab\r\nregels", 7, 0.1, 0.3333, "1900-03-01", null, 2],
  // Control characters that XML cannot hold, DEL, and text outside the BMP.
  ["\u0001\u0008\u000b\u001f\u007f€ 😀 ë", 1, 2, 3, "2024-01-01", false, 4],
  [null, null, null, null, null, null, null],
  ["", 5, 6, 0.5, null, null, "<5"],
  ["@kop", null, 1, null, "2020-06-15", true, null],
];

function sheets(): ExportSheet[] {
  return [
    {
      name: "Lees mij",
      file: "lees-mij",
      layout: "notes",
      columns: [{ header: "Titel", kind: "text", width: 80 }],
      batches: fixedRows([["Een & ander <regel>"], [null], ["+31 tekst"]]),
    },
    {
      name: "Gegevens",
      file: "gegevens",
      layout: "table",
      columns: [
        { header: "tekst", kind: "text", width: 18 },
        { header: "aantal", kind: "integer", width: 10 },
        { header: "bedrag_eur", kind: "euro", width: 14 },
        { header: "aandeel", kind: "share", width: 10 },
        { header: "datum", kind: "date", width: 12 },
        { header: "ja_nee", kind: "bool", width: 8 },
        { header: "getal", kind: "decimal", width: 12 },
      ],
      // Two batches, so that rows continue over a batch's end.
      batches: async function* () {
        yield ROWS.slice(0, 4);
        yield ROWS.slice(4);
      },
    },
  ];
}

/** The same workbook through exceljs' own rows and cells: the writer's code before decision 011. */
async function throughExcelJs(exportSheets: ExportSheet[], output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "SOC Impactmonitor";
  workbook.created = CREATED;
  workbook.modified = CREATED;
  for (const sheet of exportSheets) {
    const table = sheet.layout === "table";
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: table ? [{ state: "frozen", ySplit: 1 }] : [],
    });
    const formats: Record<string, string> = {
      integer: "0",
      euro: '"€" #,##0.00;-"€" #,##0.00',
      share: "0.0%",
      date: "d-m-yyyy",
    };
    const styles = sheet.columns.map((column): Partial<ExcelJS.Style> => {
      const numFmt = formats[column.kind];
      const alignment: Partial<ExcelJS.Alignment> = { vertical: "top", wrapText: !table };
      return numFmt ? { numFmt, alignment } : { alignment };
    });
    worksheet.columns = sheet.columns.map((column, i) => ({
      width: column.width,
      style: styles[i],
    }));
    const header = worksheet.addRow(sheet.columns.map((column) => column.header));
    header.eachCell((cell) => {
      cell.font = table ? { bold: true, color: { argb: "FFFFFFFF" } } : { bold: true, size: 13 };
      if (table) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF154273" } };
    });
    header.commit();
    let rows = 1;
    for await (const batch of sheet.batches()) {
      for (const cells of batch) {
        const row = worksheet.addRow(
          cells.map((cell, i) => cellValue(cell, sheet.columns[i]?.kind ?? "text", "nl")),
        );
        styles.forEach((style, i) => {
          const cell = row.findCell(i + 1);
          if (cell) cell.style = style;
        });
        row.commit();
        rows += 1;
      }
    }
    if (table) {
      worksheet.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: rows, column: sheet.columns.length },
      };
    }
    worksheet.commit();
  }
  await workbook.commit();
}

describe("the workbook writer's own row XML", () => {
  it("writes every part of the workbook exactly as exceljs' rows and cells do", async () => {
    const ours = await unzip(
      await written((output) => writeWorkbook(sheets(), output, "nl", CREATED)),
    );
    const theirs = await unzip(await written((output) => throughExcelJs(sheets(), output)));
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    for (const [name, content] of theirs) {
      expect(ours.get(name)?.toString("utf8"), name).toBe(content.toString("utf8"));
    }
    // The comparison means something: the rows are there.
    expect(ours.get("xl/worksheets/sheet2.xml")?.toString("utf8")).toContain(
      '<c r="A3" s="3" t="str"><v>&lt;b&gt;&amp;&apos;&quot;</v></c><c r="B3" s="4"><v>0</v></c>',
    );
  });

  it("gives exceljs back the values", async () => {
    const workbook = await readWorkbook(
      await written((output) => writeWorkbook(sheets(), output, "nl", CREATED)),
    );
    const data = sheetOf(workbook, "Gegevens");
    expect(data.getRow(2).values).toEqual([
      undefined,
      "gewoon",
      12,
      1234.5,
      0.125,
      new Date("2024-02-29T00:00:00Z"),
      "ja",
      -0.5,
    ]);
    expect(data.getRow(4).getCell(1).value).toBe("'=1+1");
    expect(data.getRow(7).getCell(1).value).toBe("€ 😀 ë");
    expect(data.getRow(10).getCell(5).value).toEqual(new Date("2020-06-15T00:00:00Z"));
  });

  it("names columns as spreadsheets do", () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });

  it("escapes markup and drops what XML cannot hold", () => {
    expect(xmlText("plain")).toBe("plain");
    expect(xmlText("a<b>&'\"c")).toBe("a&lt;b&gt;&amp;&apos;&quot;c");
    expect(xmlText("\u0000x\u0007\ty\n\r\u007f")).toBe("x\ty\n\r");
  });
});
