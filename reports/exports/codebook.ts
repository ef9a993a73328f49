// The codebook: every column of every sheet, described from the same column
// definitions that write the sheets (the contract and the metric catalogue),
// so it cannot fall behind them.
import type { Language } from "../../core/language";
import { type Cell, columnWidth, type ExportSheet, type SheetColumn } from "./sheet";
import { exportWords } from "./words";

export interface CodebookEntry {
  description: string;
  unit: string;
  type: string;
  allowed: string;
  source: string;
}

export interface DescribedColumn extends SheetColumn {
  codebook: CodebookEntry;
}

export interface DescribedSheet extends ExportSheet {
  /** One line on what the sheet holds, for the Lees mij sheet. */
  description: string;
  columns: readonly DescribedColumn[];
}

/** A text column of one of the export's own sheets (Lees mij, Codeboek). */
export function ownTextColumn(
  header: string,
  description: string,
  language: Language,
  longText = false,
): DescribedColumn {
  const words = exportWords(language);
  return {
    header,
    kind: "text",
    width: columnWidth(header, "text", longText),
    codebook: {
      description,
      unit: "",
      type: words.types.text,
      allowed: "",
      source: words.sources.export,
    },
  };
}

function describe(sheet: DescribedSheet): Cell[][] {
  return sheet.columns.map((column) => [
    sheet.name,
    column.header,
    column.codebook.description,
    column.codebook.unit,
    column.codebook.type,
    column.codebook.allowed,
    column.codebook.source,
  ]);
}

/** The codebook, placed between `before` and `after`: it describes itself too. */
export function codebookSheet(
  before: readonly DescribedSheet[],
  after: readonly DescribedSheet[],
  language: Language,
): DescribedSheet {
  const words = exportWords(language);
  const c = words.codebook;
  const column = (header: string, description: string, longText = false) =>
    ownTextColumn(header, description, language, longText);
  const sheet: DescribedSheet = {
    name: words.sheets.codebook,
    file: words.files.codebook,
    layout: "table",
    description: words.readme.codebookSheet,
    columns: [
      column(c.sheet, c.columns.sheet),
      column(c.column, c.columns.column),
      column(c.description, c.columns.description, true),
      column(c.unit, c.columns.unit),
      column(c.type, c.columns.type),
      column(c.allowed, c.columns.allowed),
      column(c.source, c.columns.source, true),
    ],
    async *batches() {
      for (const described of [...before, sheet, ...after]) yield describe(described);
    },
  };
  return sheet;
}
