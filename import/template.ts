// The import template: one sheet per dataset with the contract's Dutch
// headers, an instructions sheet, drop-down lists for enums and booleans,
// euro and date formats, and one example row per sheet that imports as it
// is. Everything comes from the contract description in core/contract.
import ExcelJS from "exceljs";
import { type ColumnSpec, DATASETS, type DatasetSpec } from "../core/contract/datasets";
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

const TEXT = {
  nl: {
    instructions: "Instructies",
    title: "Sjabloon SOC Impactmonitor",
    lines: [
      "Elk werkblad is één dataset. Laat de namen van de werkbladen en de kopregels staan.",
      "Rij 2 van elk blad is een voorbeeld: vervang die door uw eigen gegevens of verwijder hem.",
      "Lege werkbladen worden overgeslagen; u hoeft niet alles tegelijk in te vullen.",
      "Verplichte kolommen zijn gemarkeerd met * in de toelichting hieronder.",
      "Bedragen in euro (3000 of 3.000,50), datums als datum of als 1-3-2024, ja/nee uit de keuzelijst.",
      "Een rij wordt herkend aan zijn sleutel: opnieuw importeren werkt bestaande rijen bij.",
      "Bij één fout wordt niets opgeslagen; het rapport noemt blad, rij en kolom van elke fout.",
    ],
    sheet: "Werkblad",
    column: "Kolom",
    required: "Verplicht",
    meaning: "Betekenis",
    allowed: "Toegestane waarden",
    yes: "ja",
    no: "nee",
    criteria:
      "Beoordelingen: één kolom per criterium van de rubriek van de editie (hier de standaardrubriek).",
  },
  en: {
    instructions: "Instructions",
    title: "SOC Impact Monitor template",
    lines: [
      "Each sheet is one dataset. Keep the sheet names and the header rows.",
      "Row 2 of each sheet is an example: replace it with your own data or delete it.",
      "Empty sheets are skipped; you need not fill in everything at once.",
      "Required columns are marked with * in the explanation below.",
      "Amounts in euros (3000 or 3.000,50), dates as dates or as 1-3-2024, yes/no from the list.",
      "A row is recognised by its key: importing again updates existing rows.",
      "With one error nothing is stored; the report names sheet, row and column of each error.",
    ],
    sheet: "Sheet",
    column: "Column",
    required: "Required",
    meaning: "Meaning",
    allowed: "Allowed values",
    yes: "yes",
    no: "no",
    criteria:
      "Assessments: one column per criterion of the edition's rubric (here the default rubric).",
  },
} as const;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Sheets are named after the dataset in the template's language; both names import. */
function sheetName(dataset: DatasetSpec, language: Language): string {
  return capitalised(language === "nl" ? dataset.alias : dataset.key);
}

function allowedValues(column: ColumnSpec, language: Language): string[] | null {
  const t = TEXT[language];
  if (column.type.kind === "bool") return [t.yes, t.no];
  if (column.type.kind === "enum") {
    return column.type.options.map((o) => (language === "nl" ? (o.alias ?? o.value) : o.value));
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
    return yes ? TEXT[language].yes : TEXT[language].no;
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
    header: language === "nl" ? spec.alias : spec.key,
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
    headerCell.note = column.spec.description[language];
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
  const t = TEXT[language];
  const sheet = workbook.addWorksheet(t.instructions);
  sheet.getColumn(1).width = 18;
  sheet.getColumn(2).width = 24;
  sheet.getColumn(3).width = 10;
  sheet.getColumn(4).width = 70;
  sheet.getColumn(5).width = 50;
  sheet.addRow([t.title]).font = { bold: true, size: 14 };
  for (const line of t.lines) sheet.addRow([line]);
  sheet.addRow([t.criteria]);
  sheet.addRow([]);
  const header = sheet.addRow([t.sheet, t.column, t.required, t.meaning, t.allowed]);
  header.font = { bold: true };
  for (const dataset of DATASETS) {
    for (const column of dataset.columns) {
      sheet.addRow([
        sheetName(dataset, language),
        language === "nl" ? column.alias : column.key,
        column.required ? "*" : "",
        column.description[language],
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
