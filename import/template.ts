// The import template: one sheet per dataset with the contract's Dutch
// headers, an instructions sheet, drop-down lists for enums and booleans,
// euro and date formats, and one example row per sheet that imports as it
// is. Everything comes from the contract description in core/contract.
import ExcelJS from "exceljs";
import {
  type ColumnSpec,
  columnDescription,
  DATASETS,
  type DatasetSpec,
  nameIn,
} from "../core/contract/datasets";
import { type MessageKey, translator } from "../core/i18n/messages";
import type { Language } from "../core/language";
import { DEFAULT_RUBRIC } from "../core/rubric";

/** Rows that get drop-down lists and formats; enough for any cohort. */
const PREPARED_ROWS = 1000;

const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FF154273" },
};
const EXAMPLE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: "FF4A4A4A" } };

/** The instructions' lines, in order. */
const LINES = [
  "template.line.sheets",
  "template.line.example",
  "template.line.empty",
  "template.line.required",
  "template.line.values",
  "template.line.key",
  "template.line.errors",
] as const satisfies readonly MessageKey[];

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Sheets are named after the dataset in the template's language; both names import. */
function sheetName(dataset: DatasetSpec, language: Language): string {
  return capitalised(nameIn(language, dataset));
}

function allowedValues(column: ColumnSpec, language: Language): string[] | null {
  const t = translator(language);
  if (column.type.kind === "bool") return [t("template.yes"), t("template.no")];
  if (column.type.kind === "enum") {
    return column.type.options.map((o) => nameIn(language, { key: o.value, alias: o.alias }));
  }
  return null;
}

function numberFormat(column: ColumnSpec): string | undefined {
  if (column.type.kind === "date") return "d-m-yyyy";
  if (column.type.kind === "decimal" && column.type.euro) return '"€" #,##0.00';
  return undefined;
}

/** The example as a cell: dates as real dates, booleans in the sheet's language. */
function exampleCell(column: ColumnSpec, language: Language): ExcelJS.CellValue {
  const { example } = column;
  if (column.type.kind === "date" && typeof example === "string")
    return new Date(`${example}T00:00:00Z`);
  if (column.type.kind === "bool") {
    const yes = example === true || example === "ja";
    return translator(language)(yes ? "template.yes" : "template.no");
  }
  return example;
}

interface TemplateColumn {
  header: string;
  spec: ColumnSpec | null;
  example: ExcelJS.CellValue;
}

function templateColumns(dataset: DatasetSpec, language: Language): TemplateColumn[] {
  const columns = dataset.columns.map((spec) => ({
    header: nameIn(language, spec),
    spec,
    example: exampleCell(spec, language),
  }));
  if (!dataset.criterionColumns) return columns;
  // The default rubric's criteria, each with an example score on the default scale.
  const scores = DEFAULT_RUBRIC.map((c, i) => ({
    header: c.criterion,
    spec: null,
    example: 8 - i,
  }));
  return [...columns.slice(0, 3), ...scores, ...columns.slice(3)];
}

function addDatasetSheet(workbook: ExcelJS.Workbook, dataset: DatasetSpec, language: Language) {
  const sheet = workbook.addWorksheet(sheetName(dataset, language), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  const columns = templateColumns(dataset, language);
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true, color: { argb: "FFFFFFFF" } };
  header.fill = HEADER_FILL;
  const examples =
    dataset.key === "criteria" ? criteriaExamples() : [columns.map((c) => c.example)];
  for (const values of examples) sheet.addRow(values).font = EXAMPLE_FONT;
  columns.forEach((column, index) => {
    const excelColumn = sheet.getColumn(index + 1);
    excelColumn.width = Math.max(14, column.header.length + 4);
    if (!column.spec) return;
    const headerCell = header.getCell(index + 1);
    headerCell.note = columnDescription(column.spec, language);
    const format = numberFormat(column.spec);
    const allowed = allowedValues(column.spec, language);
    for (let row = 2; row <= PREPARED_ROWS; row += 1) {
      const cell = sheet.getCell(row, index + 1);
      if (format) cell.numFmt = format;
      if (allowed) {
        cell.dataValidation = {
          type: "list",
          allowBlank: !column.spec.required,
          formulae: [`"${allowed.join(",")}"`],
          showErrorMessage: true,
        };
      }
    }
  });
}

/** The criteria sheet's examples: the default rubric, so the assessment example fits it. */
function criteriaExamples(): ExcelJS.CellValue[][] {
  const edition = DATASETS[0]?.columns[0]?.example ?? "";
  return DEFAULT_RUBRIC.map((c) => [edition, c.criterion, capitalised(c.criterion), c.weight]);
}

function addInstructions(workbook: ExcelJS.Workbook, language: Language) {
  const t = translator(language);
  const sheet = workbook.addWorksheet(t("template.instructions"));
  sheet.getColumn(1).width = 18;
  sheet.getColumn(2).width = 24;
  sheet.getColumn(3).width = 10;
  sheet.getColumn(4).width = 70;
  sheet.getColumn(5).width = 50;
  sheet.addRow([t("template.title")]).font = { bold: true, size: 14 };
  for (const line of LINES) sheet.addRow([t(line)]);
  sheet.addRow([t("template.criteria")]);
  sheet.addRow([]);
  const header = sheet.addRow([
    t("template.sheet"),
    t("template.column"),
    t("template.required"),
    t("template.meaning"),
    t("template.allowed"),
  ]);
  header.font = { bold: true };
  for (const dataset of DATASETS) {
    for (const column of dataset.columns) {
      sheet.addRow([
        sheetName(dataset, language),
        nameIn(language, column),
        column.required ? "*" : "",
        columnDescription(column, language),
        allowedValues(column, language)?.join(", ") ?? "",
      ]);
    }
  }
}

export function buildTemplate(language: Language): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "SOC Impactmonitor";
  addInstructions(workbook, language);
  for (const dataset of DATASETS) addDatasetSheet(workbook, dataset, language);
  return workbook;
}
