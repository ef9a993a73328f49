// Writes sheets as a zip of CSV files, one per sheet, the way Dutch Excel
// reads them without a wizard: semicolon-separated, UTF-8 with a byte order
// mark, a decimal comma, CRLF line ends. Streamed: each CSV is compressed
// while it is written.
import type { Writable } from "node:stream";
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import { neutraliseFormula } from "./neutralise";
import type { Cell, CellKind, ExportSheet } from "./sheet";
import { writeZip } from "./zip-writer";

const BOM = "\uFEFF";
const SEPARATOR = ";";
const LINE_END = "\r\n";

// No thousands separators: `3000,5` is a number to Dutch Excel and to
// read.csv2 alike; `3.000,5` is not to every program.
const DECIMAL = new Intl.NumberFormat("nl-NL", { useGrouping: false, maximumFractionDigits: 10 });
const EURO = new Intl.NumberFormat("nl-NL", {
  useGrouping: false,
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** A field, quoted when it holds the separator, a quote, a line break or edge spaces. */
function field(text: string): string {
  return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One value as CSV text: dates stay ISO (`2020-03-01`), which Excel reads as a date. */
export function csvValue(cell: Cell, kind: CellKind, language: Language): string {
  if (cell === null) return "";
  if (typeof cell === "boolean" && kind === "logical") return cell ? "true" : "false";
  if (typeof cell === "boolean") return translator(language)(cell ? "workbook.yes" : "workbook.no");
  if (typeof cell === "number") {
    if (kind === "integer") return String(cell);
    return (kind === "euro" ? EURO : DECIMAL).format(cell);
  }
  return field(neutraliseFormula(cell));
}

export function csvLine(
  cells: readonly Cell[],
  kinds: readonly CellKind[],
  language: Language,
): string {
  return (
    cells.map((cell, i) => csvValue(cell, kinds[i] ?? "text", language)).join(SEPARATOR) + LINE_END
  );
}

/** One sheet as CSV lines, header first, a batch at a time. */
export async function* csvChunks(sheet: ExportSheet, language: Language): AsyncIterable<string> {
  const kinds = sheet.columns.map((column) => column.kind);
  const headers = sheet.columns.map((column) => column.header);
  yield BOM + csvLine(headers, [], language);
  for await (const batch of sheet.batches()) {
    yield batch.map((row) => csvLine(row, kinds, language)).join("");
  }
}

/** Writes one `<file>.csv` per sheet into a zip on `output`, and ends it. */
export async function writeCsvZip(
  sheets: readonly ExportSheet[],
  output: Writable,
  language: Language,
  modified: Date,
): Promise<void> {
  await writeZip(
    sheets.map((sheet) => ({ name: `${sheet.file}.csv`, chunks: csvChunks(sheet, language) })),
    output,
    modified,
  );
}
