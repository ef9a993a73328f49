// Reading one sheet of an import file into parsed rows: the header mapped to
// the contract's columns, empty rows skipped, the limits kept, every cell
// parsed. Both ways into the database use it: the staged path (run.server.ts)
// and the direct path (direct.server.ts).
import path from "node:path";
import { type DatasetKey, type DatasetSpec, datasetByName } from "../core/contract/datasets";
import type { ImportLimits } from "../core/import-limits";
import type { ImportIssue } from "./issues";
import { type HeaderMap, isEmptyRow, mapHeader, type ParsedRow, parseRow } from "./rows";
import { ImportFileError, type ImportSource, type RawSheet } from "./source";

/** Every issue counted; the first `max` kept for the report. */
export class IssueList {
  readonly items: ImportIssue[] = [];
  total = 0;
  constructor(private readonly max: number) {}
  push(...issues: ImportIssue[]) {
    for (const issue of issues) {
      this.total += 1;
      if (this.items.length < this.max) this.items.push(issue);
    }
  }
}

/** A workbook's sheet is named after its dataset; a CSV file by its name, unless the dataset is given. */
export function datasetOfSheet(
  kind: ImportSource["kind"],
  name: string,
  dataset: DatasetKey | undefined,
): DatasetSpec | undefined {
  if (kind === "xlsx") return datasetByName(name);
  if (dataset) return datasetByName(dataset);
  return datasetByName(path.basename(name, path.extname(name)));
}

export interface ReadSheet {
  header: HeaderMap;
}

/**
 * Reads `sheet` row by row, handing each parsed row (valid or not) to
 * `onRow`; header and row issues go to `issues`. Throws ImportFileError for a
 * sheet beyond the limits.
 */
export async function readSheet(
  dataset: DatasetSpec,
  sheet: RawSheet,
  limits: ImportLimits,
  issues: IssueList,
  onRow: (parsed: ParsedRow, header: HeaderMap) => Promise<void>,
): Promise<ReadSheet> {
  let header: HeaderMap | null = null;
  const rowIssues: ImportIssue[] = [];
  for await (const raw of sheet.rows) {
    if (raw.number > limits.maxRows + 1) {
      throw new ImportFileError({ code: "too_many_rows", max: limits.maxRows });
    }
    if (raw.number === 1) {
      header = mapHeader(dataset, sheet.name, raw.cells);
      issues.push(...header.issues);
      continue;
    }
    // Empty rows are skipped, however many: only the row and size limits refuse a sheet.
    if (isEmptyRow(raw.cells)) continue;
    header ??= mapHeader(dataset, sheet.name, []);
    const parsed = parseRow(
      dataset,
      sheet.name,
      header,
      raw.number,
      raw.cells,
      sheet.convention,
      rowIssues,
    );
    if (rowIssues.length > 0) issues.push(...rowIssues.splice(0));
    await onRow(parsed, header);
  }
  if (!header) {
    // An empty sheet: every required column is missing.
    header = mapHeader(dataset, sheet.name, []);
    issues.push(...header.issues);
  }
  return { header };
}
