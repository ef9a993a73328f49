// Writes sheets as an .xlsx workbook with exceljs' streaming writer: each row
// is committed as soon as it is written, so the workbook is never held in
// memory whole. Real types: numbers as numbers (euros with a euro format,
// shares as percentages), dates as dates, yes/no as words; a frozen, styled
// header row with a filter on every table.
import type { EventEmitter } from "node:events";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import { neutraliseFormula } from "./neutralise";
import { abortWhenClosed, drained, drainedWhenFull, finishing } from "./output";
import type { Cell, CellKind, ExportSheet } from "./sheet";
import { type RowWords, SheetRowsXml } from "./sheet-xml";

export const XLSX_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FF154273" },
};
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: "FFFFFFFF" } };
const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 13 };

// Format codes are stored language-neutral; Excel shows them with the
// reader's own separators (`€ 3.000,00` on a Dutch machine).
const NUMBER_FORMATS: Partial<Record<CellKind, string>> = {
  integer: "0",
  euro: '"€" #,##0.00;-"€" #,##0.00',
  share: "0.0%",
};
// Dates are the exception: their format is the language's (`d-m-yyyy`).
function numberFormat(kind: CellKind, language: Language): string | undefined {
  return kind === "date" ? translator(language)("workbook.dateFormat") : NUMBER_FORMATS[kind];
}

/** How yes and no are written in `language`. */
function rowWords(language: Language): RowWords {
  const t = translator(language);
  return { yes: t("workbook.yes"), no: t("workbook.no") };
}

/** A cell as exceljs writes it; every text passes the formula guard. */
export function cellValue(cell: Cell, kind: CellKind, language: Language): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell === "boolean" && kind === "logical") return cell;
  if (typeof cell === "boolean") return translator(language)(cell ? "workbook.yes" : "workbook.no");
  if (typeof cell === "number") return cell;
  // Midnight UTC: exceljs turns a Date into a day number in UTC.
  if (kind === "date") return new Date(`${cell}T00:00:00Z`);
  return neutraliseFormula(cell);
}

type ZipInput = EventEmitter & { _writableState?: { needDrain?: boolean } };

/**
 * What exceljs' worksheet writer writes its XML to (its StreamBuf, public
 * in the code but not in the typings): rows written here land after the
 * rows exceljs wrote itself. `pipes` are its destinations, the zip's input.
 */
interface SheetStream {
  write(xml: string): unknown;
  pipes?: ZipInput[];
}

function sheetStream(worksheet: ExcelJS.Worksheet): SheetStream {
  return (worksheet as unknown as { stream: SheetStream }).stream;
}

/** The workbook's styles, which give a style object its id (`s="…"`) in styles.xml. */
interface WorkbookStyles {
  addStyleModel(style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType): number;
}

function stylesOf(workbook: ExcelJS.stream.xlsx.WorkbookWriter): WorkbookStyles {
  return (workbook as unknown as { styles: WorkbookStyles }).styles;
}

/**
 * Waits until the zip has compressed what the sheet handed it. exceljs
 * passes each sheet's XML on to the compressor without waiting, so when rows
 * come faster than they are compressed the backlog grows (by some 50 MB
 * on a busy machine). The compressor itself waits for the output,
 * so this also carries a slow reader's pace back to the rows.
 */
async function compressed(stream: SheetStream, signal: AbortSignal): Promise<void> {
  // The zip's input is a stream of archiver's own copy of readable-stream,
  // which has the state but not `writableNeedDrain`.
  for (const pipe of stream.pipes ?? [])
    await drainedWhenFull(pipe, pipe._writableState?.needDrain ?? false, signal);
}

/** Pieces of row XML (some 10 characters each) per write to the sheet's stream. */
const XML_PIECES = 8192;

async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: ExportSheet,
  language: Language,
  output: Writable,
  signal: AbortSignal,
): Promise<void> {
  const table = sheet.layout === "table";
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: table ? [{ state: "frozen", ySplit: 1 }] : [],
  });
  const styles = sheet.columns.map((column): Partial<ExcelJS.Style> => {
    const numFmt = numberFormat(column.kind, language);
    const alignment: Partial<ExcelJS.Alignment> = { vertical: "top", wrapText: !table };
    return numFmt ? { numFmt, alignment } : { alignment };
  });
  worksheet.columns = sheet.columns.map((column, i) => ({ width: column.width, style: styles[i] }));
  const header = worksheet.addRow(sheet.columns.map((column) => neutraliseFormula(column.header)));
  header.eachCell((cell) => {
    cell.font = table ? HEADER_FONT : TITLE_FONT;
    if (table) cell.fill = HEADER_FILL;
  });
  header.commit();
  // The data rows go straight into the sheet's stream, after the header that
  // exceljs wrote (with the columns and the opening of the sheet data).
  const stream = sheetStream(worksheet);
  // The ids exceljs gave the column styles when it wrote the columns (a
  // style object it has seen keeps its id): the data cells share them.
  const rowsXml = new SheetRowsXml(
    sheet.columns.map((column, i) => ({
      kind: column.kind,
      styleId: stylesOf(workbook).addStyleModel(styles[i] ?? {}, ExcelJS.ValueType.Number),
    })),
    rowWords(language),
  );
  let rows = 1;
  for await (const batch of sheet.batches()) {
    for (const cells of batch) {
      rows += 1;
      rowsXml.add(rows, cells);
      // Handed on in pieces about the size the sheet's stream buffers (64 KB).
      if (rowsXml.pending >= XML_PIECES) stream.write(rowsXml.take());
    }
    stream.write(rowsXml.take());
    await drained(output, signal);
    await compressed(stream, signal);
  }
  if (table) {
    worksheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: rows, column: sheet.columns.length },
    };
  }
  worksheet.commit();
}

/** Writes the sheets to `output` and ends it. */
export async function writeWorkbook(
  sheets: readonly ExportSheet[],
  output: Writable,
  language: Language,
  created: Date,
): Promise<void> {
  const signal = abortWhenClosed(output);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    // Shared strings would keep every distinct text in memory until the end.
    useSharedStrings: false,
  });
  workbook.creator = "SOC Impactmonitor";
  workbook.created = created;
  workbook.modified = created;
  for (const sheet of sheets) await writeSheet(workbook, sheet, language, output, signal);
  await finishing(workbook.commit(), signal);
}
