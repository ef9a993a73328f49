// One sheet per dataset of the import contract, its columns made from the
// contract's description: the contract's keys (Dutch aliases in Dutch),
// types, descriptions and allowed values. In research scope, personal
// columns and free text are not even read, applicants carry a pseudonym
// instead of their id, and assessors a pseudonym instead of their name.

import {
  type ColumnSpec,
  columnDescription,
  DATASETS,
  type DatasetSpec,
  datasetDescription,
  nameIn,
} from "../../core/contract/datasets";
import type { ValueType } from "../../core/contract/value-types";
import { type Translate, translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { Db } from "../../db/connection.server";
import {
  type ExportRow,
  readTableBatches,
  type TableRead,
} from "../../db/queries/export-rows.server";
import type { CodebookEntry, DescribedColumn, DescribedSheet } from "./codebook";
import type { Pseudonymiser } from "./pseudonym";
import { columnLeaves, consentRules, type ExportScope } from "./scope";
import { type Cell, type CellKind, columnWidth } from "./sheet";

export interface SheetContext {
  db: Db;
  editionIds: readonly string[];
  scope: ExportScope;
  language: Language;
  pseudonyms: Pseudonymiser;
  /** The criterion columns of the assessments sheet, one per scored criterion. */
  criteria: readonly string[];
  batchSize: number;
}

interface DatasetColumn extends DescribedColumn {
  cell: (row: ExportRow) => Cell;
}

/** Texts longer than this get a wide column. */
const LONG_TEXT = 200;

function cellKind(type: ValueType): CellKind {
  switch (type.kind) {
    case "integer":
      return "integer";
    case "decimal":
      return type.euro ? "euro" : "decimal";
    case "bool":
      return "bool";
    case "date":
      return "date";
    default:
      return "text";
  }
}

/** Enum values in Dutch take their Dutch alias, as the import accepts them. */
function enumLabel(type: ValueType, value: string, language: Language): string {
  if (type.kind !== "enum" || language === "en") return value;
  return type.options.find((option) => option.value === value)?.alias ?? value;
}

function valueCell(type: ValueType, value: unknown, language: Language): Cell {
  if (Array.isArray(value)) return value.join("; ");
  if (typeof value === "string") return enumLabel(type, value, language);
  if (typeof value === "number" || typeof value === "boolean") return value;
  return null;
}

function allowedValues(type: ValueType, language: Language, t: Translate): string {
  switch (type.kind) {
    case "integer":
      return type.max === undefined ? `≥ ${type.min}` : `${type.min}–${type.max}`;
    case "decimal": {
      const lower = `${type.minExclusive ? ">" : "≥"} ${type.min}`;
      return type.max === undefined ? lower : `${lower}, ≤ ${type.max}`;
    }
    case "enum":
      return type.options.map((option) => enumLabel(type, option.value, language)).join(", ");
    case "bool":
      return `${t("workbook.yes")}, ${t("workbook.no")}`;
    case "text":
      // The length as digits only, without a thousands separator.
      return type.maxLength === undefined
        ? ""
        : t("workbook.allowed.atMost", { count: String(type.maxLength) });
    case "slug":
      return t("workbook.allowed.slug");
    default:
      return "";
  }
}

function typeName(type: ValueType, t: Translate): string {
  return t(
    type.kind === "decimal" && type.euro ? "workbook.type.euro" : `workbook.type.${type.kind}`,
  );
}

function header(column: ColumnSpec, language: Language): string {
  return nameIn(language, column);
}

function sheetName(dataset: DatasetSpec, language: Language): string {
  const name = nameIn(language, dataset);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function contractColumn(
  dataset: DatasetSpec,
  spec: ColumnSpec,
  language: Language,
  codebook: Partial<CodebookEntry> = {},
): DatasetColumn {
  const t = translator(language);
  const kind = cellKind(spec.type);
  const name = header(spec, language);
  const long = spec.type.kind === "text" && (spec.type.maxLength ?? 0) > LONG_TEXT;
  return {
    header: name,
    kind,
    width: columnWidth(name, kind, long),
    codebook: {
      description: columnDescription(spec, language),
      unit: kind === "euro" ? t("workbook.unit.euro") : "",
      type: typeName(spec.type, t),
      allowed: allowedValues(spec.type, language, t),
      source: t("workbook.source.contract", {
        sheet: nameIn(language, dataset),
        column: name,
      }),
      ...codebook,
    },
    cell: (row) => valueCell(spec.type, row[spec.key], language),
  };
}

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

function pseudonymColumn(context: SheetContext): DatasetColumn {
  const t = translator(context.language);
  return {
    header: t("workbook.column.pseudonym"),
    kind: "text",
    width: 20,
    codebook: {
      description: t("workbook.column.pseudonym.about"),
      unit: "",
      type: t("workbook.type.text"),
      allowed: t("workbook.allowed.pseudonym"),
      source: t("workbook.source.pseudonym"),
    },
    cell: (row) => {
      const edition = text(row.edition_id);
      const applicant = text(row.applicant_id);
      return edition && applicant ? context.pseudonyms.applicant(edition, applicant) : null;
    },
  };
}

function assessorPseudonymColumn(
  dataset: DatasetSpec,
  spec: ColumnSpec,
  context: SheetContext,
): DatasetColumn {
  const t = translator(context.language);
  return {
    ...contractColumn(dataset, spec, context.language, {
      description: `${columnDescription(spec, context.language)} ${t("workbook.column.assessorPseudonym.about")}`,
      allowed: t("workbook.allowed.assessorPseudonym"),
      source: t("workbook.source.assessorPseudonym"),
    }),
    width: 20,
    cell: (row) => {
      const edition = text(row.edition_id);
      const assessor = text(row.assessor);
      return edition && assessor ? context.pseudonyms.assessor(edition, assessor) : null;
    },
  };
}

function criterionColumn(criterion: string, language: Language): DatasetColumn {
  const t = translator(language);
  return {
    header: criterion,
    kind: "decimal",
    width: columnWidth(criterion, "decimal"),
    codebook: {
      description: t("workbook.column.criterion.about", { criterion }),
      unit: "",
      type: t("workbook.type.decimal"),
      allowed: "≥ 0",
      source: t("workbook.source.criterion", { criterion }),
    },
    cell: (row) => {
      const scores = row.scores as Record<string, unknown> | null;
      const score = scores?.[criterion];
      return typeof score === "number" ? score : null;
    },
  };
}

/** The columns a contract column becomes in this export. */
function columnsFor(
  dataset: DatasetSpec,
  spec: ColumnSpec,
  context: SheetContext,
): DatasetColumn[] {
  const research = context.scope === "research";
  if (spec.key === "applicant_id") {
    // Research: the pseudonym takes the id's place. Full: both, so an
    // administrator can answer a researcher's question about a pseudonym.
    return research
      ? [pseudonymColumn(context)]
      : [contractColumn(dataset, spec, context.language), pseudonymColumn(context)];
  }
  if (spec.key === "assessor") {
    const assessor = research
      ? assessorPseudonymColumn(dataset, spec, context)
      : contractColumn(dataset, spec, context.language);
    const scores = dataset.criterionColumns
      ? context.criteria.map((criterion) => criterionColumn(criterion, context.language))
      : [];
    return [assessor, ...scores];
  }
  return [contractColumn(dataset, spec, context.language)];
}

export function datasetSheet(dataset: DatasetSpec, context: SheetContext): DescribedSheet {
  const kept = dataset.columns.filter((spec) => columnLeaves(dataset.key, spec, context.scope));
  const columns = kept.flatMap((spec) => columnsFor(dataset, spec, context));
  const read: TableRead = {
    table: dataset.key,
    keys: dataset.keys,
    columns: kept.map((spec) => spec.key),
    withScores: dataset.criterionColumns === true,
    ...consentRules(dataset.key, context.scope),
  };
  return {
    name: sheetName(dataset, context.language),
    file: nameIn(context.language, dataset),
    layout: "table",
    description: datasetDescription(dataset, context.language),
    columns,
    async *batches() {
      const batches = readTableBatches(context.db, read, context.editionIds, context.batchSize);
      for await (const rows of batches) {
        yield rows.map((row) => columns.map((column) => column.cell(row)));
      }
    },
  };
}

/** One sheet per dataset, in the contract's order. */
export function datasetSheets(context: SheetContext): DescribedSheet[] {
  return DATASETS.map((dataset) => datasetSheet(dataset, context));
}
