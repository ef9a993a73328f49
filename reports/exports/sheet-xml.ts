// The XML of a sheet's data rows, written as exceljs' streaming writer
// writes it, character for character, without its Row and Cell objects.
// exceljs builds several objects per cell (a cell, its value, its model, an
// XML stream of attribute arrays) and renders each through generic code:
// for the national research workbook that was most of the export's time and
// most of its garbage. Here a row is one string built from the cells.
// Decision 011 says why, and tests/exports/sheet-xml.test.ts compares the
// result with exceljs' own.
import { neutraliseFormula } from "./neutralise";
import type { Cell, CellKind } from "./sheet";

/**
 * What a character becomes in XML text, as exceljs' `utils.xmlEncode` does
 * it: markup characters escaped, control characters that XML cannot hold
 * (all below 32 but tab, line feed and carriage return, and DEL) dropped;
 * undefined: the character itself.
 */
function escapeOf(code: number): string | undefined {
  switch (code) {
    case 34:
      return "&quot;";
    case 38:
      return "&amp;";
    case 39:
      return "&apos;";
    case 60:
      return "&lt;";
    case 62:
      return "&gt;";
    case 9:
    case 10:
    case 13:
      return undefined;
    default:
      return code < 32 || code === 127 ? "" : undefined;
  }
}

/** Text as XML content; most texts need nothing and are returned as they are. */
export function xmlText(text: string): string {
  let result = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const replacement = escapeOf(text.charCodeAt(i));
    if (replacement === undefined) continue;
    result += text.slice(copied, i) + replacement;
    copied = i + 1;
  }
  return copied === 0 ? text : result + text.slice(copied);
}

/** `A`, `B`, …, `Z`, `AA`, …: the column's letters in a cell address. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 1 January 1970 as an Excel day number (exceljs' `utils.dateToExcel`). */
const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 24 * 3600 * 1000;

/** An ISO calendar date as the day number exceljs writes for its midnight UTC. */
function excelDay(iso: string): number {
  return EXCEL_EPOCH_DAYS + Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

export interface RowColumn {
  kind: CellKind;
  /** The column's letters. */
  letters: string;
}

export interface RowWords {
  yes: string;
  no: string;
}

/**
 * One data row's XML, as exceljs writes a row whose every cell has its
 * column's style (`styleIds`, 0 for none): a number in `<v>`, a date as
 * its day number, text inline (`t="str"`), an empty cell as its style
 * alone. Empty when every cell is empty: exceljs skips such a row.
 */
export function rowXml(
  number: number,
  cells: readonly Cell[],
  columns: readonly RowColumn[],
  styleIds: readonly number[],
  words: RowWords,
): string {
  let xml = "";
  let hasValue = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] ?? null;
    const column = columns[i] as RowColumn;
    const style = styleIds[i] ?? 0;
    const open = style
      ? `<c r="${column.letters}${number}" s="${style}"`
      : `<c r="${column.letters}${number}"`;
    if (cell === null) {
      if (style) xml += `${open}/>`;
    } else {
      hasValue = true;
      if (typeof cell === "number") xml += `${open}><v>${cell}</v></c>`;
      else if (typeof cell === "boolean")
        xml += `${open} t="str"><v>${xmlText(cell ? words.yes : words.no)}</v></c>`;
      else if (column.kind === "date") xml += `${open}><v>${excelDay(cell)}</v></c>`;
      else xml += `${open} t="str"><v>${xmlText(neutraliseFormula(cell))}</v></c>`;
    }
  }
  if (!hasValue) return "";
  return `<row r="${number}" spans="1:${cells.length}" x14ac:dyDescent="0.25">${xml}</row>`;
}
