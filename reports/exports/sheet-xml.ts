// The XML of a sheet's data rows, written as exceljs' streaming writer
// writes it, character for character, without its Row and Cell objects.
// exceljs builds several objects per cell (a cell, its value, its model, an
// XML stream of attribute arrays) and renders each through generic code:
// for the national research workbook that was the largest part of the
// export's time and most of its garbage. Here a row is a few pieces of text
// per cell, most of them made once per column.
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
  /** The id of the column's style in the workbook (`s="…"`); 0: none. */
  styleId: number;
}

export interface RowWords {
  yes: string;
  no: string;
}

/** The fixed pieces of one column's cells, around the row number and the value. */
interface CellPieces {
  kind: CellKind;
  /** `<c r="B`: the row number follows. */
  start: string;
  /** After the row number, up to the value of a number or date. */
  number: string;
  /** After the row number, up to the value of a text. */
  text: string;
  /** After the row number, up to the value of a TRUE/FALSE cell. */
  logical: string;
  /** After the row number, all of an empty cell; "" when an empty cell is not written. */
  empty: string;
}

const VALUE_END = "</v></c>";

/**
 * The data rows of one sheet as XML, as exceljs writes a row whose every
 * cell has its column's style: a number in `<v>`, a date as its day number,
 * text inline (`t="str"`), an empty cell as its style alone, and no row
 * at all when every cell is empty. The rows are collected as pieces and
 * joined once per `take`: building the text by concatenation made a
 * string object per piece and per join, several kilobytes of garbage per row.
 */
export class SheetRowsXml {
  readonly #columns: readonly CellPieces[];
  readonly #words: RowWords;
  readonly #pieces: string[] = [];

  constructor(columns: readonly RowColumn[], words: RowWords) {
    this.#words = words;
    this.#columns = columns.map((column, i) => {
      const style = column.styleId ? `" s="${column.styleId}"` : '"';
      return {
        kind: column.kind,
        start: `<c r="${columnLetters(i + 1)}`,
        number: `${style}><v>`,
        text: `${style} t="str"><v>`,
        logical: `${style} t="b"><v>`,
        empty: column.styleId ? `${style}/>` : "",
      };
    });
  }

  /** Pieces collected since the last `take`: a measure of how much is waiting. */
  get pending(): number {
    return this.#pieces.length;
  }

  /** Adds row `number` (1 is the first row of the sheet). */
  add(number: number, cells: readonly Cell[]): void {
    const pieces = this.#pieces;
    const start = pieces.length;
    const row = String(number);
    pieces.push('<row r="', row, '" spans="1:', String(cells.length), '" x14ac:dyDescent="0.25">');
    let hasValue = false;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] ?? null;
      const column = this.#columns[i] as CellPieces;
      if (cell === null) {
        if (column.empty) pieces.push(column.start, row, column.empty);
        continue;
      }
      hasValue = true;
      if (typeof cell === "number") {
        pieces.push(column.start, row, column.number, String(cell), VALUE_END);
      } else if (typeof cell === "boolean" && column.kind === "logical") {
        pieces.push(column.start, row, column.logical, cell ? "1" : "0", VALUE_END);
      } else if (typeof cell === "boolean") {
        pieces.push(
          column.start,
          row,
          column.text,
          xmlText(cell ? this.#words.yes : this.#words.no),
          VALUE_END,
        );
      } else if (column.kind === "date") {
        pieces.push(column.start, row, column.number, String(excelDay(cell)), VALUE_END);
      } else {
        pieces.push(column.start, row, column.text, xmlText(neutraliseFormula(cell)), VALUE_END);
      }
    }
    if (hasValue) pieces.push("</row>");
    else pieces.length = start;
  }

  /** The XML of the rows added since the last call. */
  take(): string {
    const xml = this.#pieces.join("");
    this.#pieces.length = 0;
    return xml;
  }
}
