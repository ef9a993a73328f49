// From raw rows to typed rows of one dataset: the header is mapped to the
// contract's columns, every cell parsed by its column's type. A row with an
// error is still kept (marked invalid) so that its key counts for references
// and the report does not fill up with knock-on errors.
import { type ColumnSpec, type DatasetSpec, normaliseName } from "../core/contract/datasets";
import {
  CellError,
  isEmptyCell,
  type NumberConvention,
  parseCell,
  type RawCell,
} from "../core/contract/value-types";
import { isExportColumn } from "./export-names";
import type { ImportIssue } from "./issues";

const SLUG = /^[a-z0-9][a-z0-9-]{1,63}$/;

export interface HeaderMap {
  columns: { index: number; spec: ColumnSpec }[];
  /** Assessments: columns whose header is a criterion key. */
  criteria: { index: number; criterion: string }[];
  /** Contract keys of the columns the sheet has. */
  present: Set<string>;
  ignored: string[];
  /** Headers an export adds (pseudoniem): ignored, and said so in a warning. */
  exportColumns: string[];
  issues: ImportIssue[];
}

function headerText(cell: RawCell): string {
  return cell === null ? "" : String(cell).trim();
}

function columnNamed(dataset: DatasetSpec, header: string): ColumnSpec | undefined {
  const name = normaliseName(header);
  return dataset.columns.find((c) => c.key === name || c.alias === name);
}

export interface HeaderScore {
  /** Cells that name a contract column of the dataset. */
  matches: number;
  /** At least one of them a required column. */
  required: boolean;
  /** Every required column named. */
  complete: boolean;
}

/** How much a row looks like the dataset's header (see sheet-rows.ts, chooseHeader). */
export function headerScore(dataset: DatasetSpec, cells: RawCell[]): HeaderScore {
  const named = new Set<ColumnSpec>();
  for (const cell of cells) {
    const spec = columnNamed(dataset, headerText(cell));
    if (spec) named.add(spec);
  }
  const required = dataset.columns.filter((c) => c.required);
  return {
    matches: named.size,
    required: required.some((c) => named.has(c)),
    complete: required.every((c) => named.has(c)),
  };
}

export function mapHeader(
  dataset: DatasetSpec,
  sheet: string,
  cells: RawCell[],
  headerRow = 1,
): HeaderMap {
  const map: HeaderMap = {
    columns: [],
    criteria: [],
    present: new Set(),
    ignored: [],
    exportColumns: [],
    issues: [],
  };
  const issue = (column: string, value: string, code: "missing_column" | "duplicate_column") =>
    map.issues.push({
      dataset: dataset.key,
      sheet,
      row: headerRow,
      column,
      value,
      problem: { code },
    });
  cells.forEach((cell, index) => {
    const header = headerText(cell);
    if (header === "") return;
    const name = normaliseName(header);
    const spec = columnNamed(dataset, header);
    if (spec) {
      if (map.present.has(spec.key)) issue(spec.key, header, "duplicate_column");
      map.present.add(spec.key);
      map.columns.push({ index, spec });
    } else if (isExportColumn(header)) {
      // Before the criteria: `pseudoniem` is a slug, but no criterion.
      map.exportColumns.push(header);
      map.ignored.push(`${sheet}: ${header}`);
    } else if (dataset.criterionColumns && SLUG.test(name)) {
      if (map.criteria.some((c) => c.criterion === name)) issue(name, header, "duplicate_column");
      map.criteria.push({ index, criterion: name });
    } else {
      map.ignored.push(`${sheet}: ${header}`);
    }
  });
  for (const spec of dataset.columns) {
    if (spec.required && !map.present.has(spec.key)) issue(spec.key, "", "missing_column");
  }
  return map;
}

export interface ParsedRow {
  row: number;
  /** false when any cell of the row has an error. */
  valid: boolean;
  /** Stored values by contract key; only the columns the sheet has. */
  values: Record<string, unknown>;
  /** Assessments: the scores given, by criterion key. */
  scores: { criterion: string; score: number }[];
}

function asGiven(cell: RawCell): string {
  if (cell === null) return "";
  if (cell instanceof CellError) return cell.error;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

const SCORE_TYPE = { kind: "decimal", min: 0 } as const;

/** Where a row's problems go; a plain object, as a closure per row cost time. */
interface RowReport {
  dataset: DatasetSpec;
  sheet: string;
  issues: ImportIssue[];
  parsed: ParsedRow;
}

function report(to: RowReport, column: string, cell: RawCell, problem: ImportIssue["problem"]) {
  to.parsed.valid = false;
  to.issues.push({
    dataset: to.dataset.key,
    sheet: to.sheet,
    row: to.parsed.row,
    column,
    value: asGiven(cell),
    problem,
  });
}

export function parseRow(
  dataset: DatasetSpec,
  sheet: string,
  header: HeaderMap,
  rowNumber: number,
  cells: RawCell[],
  convention: NumberConvention,
  issues: ImportIssue[],
): ParsedRow {
  const parsed: ParsedRow = { row: rowNumber, valid: true, values: {}, scores: [] };
  const to: RowReport = { dataset, sheet, issues, parsed };
  for (const { index, spec } of header.columns) {
    const cell = cells[index] ?? null;
    if (isEmptyCell(cell)) {
      if (spec.required) report(to, spec.key, cell, { code: "required" });
      parsed.values[spec.key] = spec.default ?? null;
      continue;
    }
    const result = parseCell(cell as Exclude<RawCell, null>, spec.type, convention);
    if (result.ok) parsed.values[spec.key] = result.value;
    else {
      report(to, spec.key, cell, result.problem);
      parsed.values[spec.key] = null;
    }
  }
  for (const { index, criterion } of header.criteria) {
    const cell = cells[index] ?? null;
    if (isEmptyCell(cell)) continue;
    const result = parseCell(cell as Exclude<RawCell, null>, SCORE_TYPE, convention);
    if (result.ok) parsed.scores.push({ criterion, score: result.value as number });
    else report(to, criterion, cell, result.problem);
  }
  applyRowRules(to, cells, header);
  return parsed;
}

/** Rules within one row that the column types cannot say. */
function applyRowRules(to: RowReport, cells: RawCell[], header: HeaderMap) {
  const v = to.parsed.values;
  if (to.dataset.key === "editions" && (v.name === null || v.name === undefined)) {
    v.name = `SOC ${v.municipality ?? ""} ${v.year ?? ""}`.trim();
  }
  if (
    to.dataset.key === "outcomes" &&
    typeof v.jobs_fte === "number" &&
    typeof v.jobs_distance_fte === "number" &&
    v.jobs_distance_fte > v.jobs_fte
  ) {
    const index = header.columns.find((c) => c.spec.key === "jobs_distance_fte")?.index ?? -1;
    report(to, "jobs_distance_fte", cells[index] ?? null, { code: "distance_jobs_above_jobs" });
  }
}

/** True for a row without any content: skipped, as the contract says. */
export function isEmptyRow(cells: RawCell[]): boolean {
  return cells.every(isEmptyCell);
}
