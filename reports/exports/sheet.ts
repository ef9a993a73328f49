// What every export writes, whatever the format: sheets of typed columns,
// their rows coming in batches. The workbook writer and the CSV writer both
// take this, so a column means the same in either.

/**
 * How a column's values are typed: text; whole numbers; other numbers;
 * euros; shares (0..1, shown as a percentage); calendar dates (ISO text in
 * the rows); yes/no.
 */
/** `bool` is written as the words yes/no of the language; `logical` as a spreadsheet TRUE/FALSE. */
export type CellKind =
  | "text"
  | "integer"
  | "decimal"
  | "euro"
  | "share"
  | "date"
  | "bool"
  | "logical";

/** One value; a suppressed count (`<5`) is text in a number column. */
export type Cell = string | number | boolean | null;

export interface SheetColumn {
  header: string;
  kind: CellKind;
  /** In characters, as spreadsheet programs count column widths. */
  width: number;
}

export interface ExportSheet {
  /** The sheet's name in a workbook. */
  name: string;
  /** The file name of its CSV, without extension. */
  file: string;
  /** `table`: a frozen header row with a filter; `notes`: text to read (Lees mij). */
  layout: "table" | "notes";
  columns: readonly SheetColumn[];
  /** The rows, in batches; each row has one cell per column. */
  batches: () => AsyncIterable<readonly (readonly Cell[])[]>;
}

/** The rows of a sheet that are known in advance, as one batch. */
export function fixedRows(rows: readonly (readonly Cell[])[]): ExportSheet["batches"] {
  return async function* () {
    if (rows.length > 0) yield rows;
  };
}

/** A width that fits the header and the kind of values below it. */
export function columnWidth(header: string, kind: CellKind, longText = false): number {
  const byKind: Record<CellKind, number> = {
    text: longText ? 50 : 18,
    integer: 10,
    decimal: 12,
    euro: 14,
    share: 10,
    date: 12,
    bool: 8,
    logical: 8,
  };
  return Math.min(60, Math.max(byKind[kind], header.length + 3));
}
