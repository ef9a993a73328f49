// The codebook: every column of every sheet, described from the same column
// definitions that write the sheets (the contract and the metric catalogue),
// so it cannot fall behind them.
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import { type Cell, columnWidth, type ExportSheet, type SheetColumn } from "./sheet";

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
  const t = translator(language);
  return {
    header,
    kind: "text",
    width: columnWidth(header, "text", longText),
    codebook: {
      description,
      unit: "",
      type: t("workbook.type.text"),
      allowed: "",
      source: t("workbook.source.export"),
    },
  };
}

/** The codebook's own columns, in order: the sheet, the column, then its entry. */
type CodebookField = "sheet" | "column" | keyof CodebookEntry;

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
  const t = translator(language);
  const column = (name: CodebookField, longText = false) =>
    ownTextColumn(
      t(`workbook.codebook.${name}`),
      t(`workbook.codebook.about.${name}`),
      language,
      longText,
    );
  const sheet: DescribedSheet = {
    name: t("workbook.sheet.codebook"),
    file: t("workbook.file.codebook"),
    layout: "table",
    description: t("workbook.readme.codebookSheet"),
    columns: [
      column("sheet"),
      column("column"),
      column("description", true),
      column("unit"),
      column("type"),
      column("allowed"),
      column("source", true),
    ],
    async *batches() {
      for (const described of [...before, sheet, ...after]) yield describe(described);
    },
  };
  return sheet;
}
