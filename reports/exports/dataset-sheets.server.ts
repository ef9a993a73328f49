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
} from "../../core/contract/datasets";
import type { ValueType } from "../../core/contract/value-types";
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
import { exportWords } from "./words";

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

function allowedValues(type: ValueType, language: Language): string {
  const words = exportWords(language);
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
      return `${words.yes}, ${words.no}`;
    case "text":
      return type.maxLength === undefined ? "" : words.allowed.atMost(type.maxLength);
    case "slug":
      return words.allowed.slug;
    default:
      return "";
  }
}

function typeName(type: ValueType, language: Language): string {
  const types = exportWords(language).types;
  return type.kind === "decimal" && type.euro ? types.euro : types[type.kind];
}

function header(column: ColumnSpec, language: Language): string {
  return language === "nl" ? column.alias : column.key;
}

function sheetName(dataset: DatasetSpec, language: Language): string {
  const name = language === "nl" ? dataset.alias : dataset.key;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function contractColumn(
  dataset: DatasetSpec,
  spec: ColumnSpec,
  language: Language,
  codebook: Partial<CodebookEntry> = {},
): DatasetColumn {
  const words = exportWords(language);
  const kind = cellKind(spec.type);
  const name = header(spec, language);
  const long = spec.type.kind === "text" && (spec.type.maxLength ?? 0) > LONG_TEXT;
  return {
    header: name,
    kind,
    width: columnWidth(name, kind, long),
    codebook: {
      description: columnDescription(spec, language),
      unit: kind === "euro" ? words.units.euro : "",
      type: typeName(spec.type, language),
      allowed: allowedValues(spec.type, language),
      source: words.sources.contract(language === "nl" ? dataset.alias : dataset.key, name),
      ...codebook,
    },
    cell: (row) => valueCell(spec.type, row[spec.key], language),
  };
}

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

function pseudonymColumn(context: SheetContext): DatasetColumn {
  const words = exportWords(context.language);
  const { header, description } = words.columns.pseudonym;
  return {
    header,
    kind: "text",
    width: 20,
    codebook: {
      description,
      unit: "",
      type: words.types.text,
      allowed: words.allowed.pseudonym,
      source: words.sources.pseudonym,
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
  const words = exportWords(context.language);
  return {
    ...contractColumn(dataset, spec, context.language, {
      description: `${columnDescription(spec, context.language)} ${words.columns.assessorPseudonym}`,
      allowed: words.allowed.assessorPseudonym,
      source: words.sources.assessorPseudonym,
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
  const words = exportWords(language);
  return {
    header: criterion,
    kind: "decimal",
    width: columnWidth(criterion, "decimal"),
    codebook: {
      description: words.columns.criterion(criterion),
      unit: "",
      type: words.types.decimal,
      allowed: "≥ 0",
      source: words.sources.criterion(criterion),
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
    file: context.language === "nl" ? dataset.alias : dataset.key,
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
