// Reading one sheet of an import file into parsed rows: the header mapped to
// the contract's columns, empty rows skipped, the limits kept, every cell
// parsed. Both ways into the database use it: the staged path (run.server.ts)
// and the direct path (direct.server.ts).
import path from "node:path";
import { type DatasetKey, type DatasetSpec, datasetByName } from "../core/contract/datasets";
import type { ImportLimits } from "../core/import-limits";
import type { ImportIssue } from "./issues";
import {
  type HeaderMap,
  type HeaderScore,
  headerScore,
  isEmptyRow,
  mapHeader,
  type ParsedRow,
  parseRow,
} from "./rows";
import { ImportFileError, type ImportSource, type RawRow, type RawSheet } from "./source";

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
  // A zip of CSV files: each file is named by its dataset, as the CSV export names them.
  if (kind === "zip") return datasetByName(path.basename(name, path.extname(name)));
  if (dataset) return datasetByName(dataset);
  return datasetByName(path.basename(name, path.extname(name)));
}

export interface ReadSheet {
  header: HeaderMap;
  /** Title rows above the header, skipped. */
  warnings: ImportIssue[];
}

/** The header is looked for among this many first rows: rows above it are titles. */
export const HEADER_SEARCH_ROWS = 10;

interface Candidate {
  raw: RawRow;
  score: HeaderScore;
}

/**
 * The header among the candidate rows (the non-empty rows among the first
 * HEADER_SEARCH_ROWS): the one with the most cells that name a contract column,
 * among those that name at least one required column; the first such row on a
 * tie. When none does, the first row is the header, and its missing columns
 * are reported as before.
 */
function chooseHeader(candidates: Candidate[]): number {
  let best = -1;
  candidates.forEach((c, i) => {
    if (!c.score.required) return;
    if (best < 0 || c.score.matches > (candidates[best] as Candidate).score.matches) best = i;
  });
  return Math.max(best, 0);
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
  const warnings: ImportIssue[] = [];
  const rowIssues: ImportIssue[] = [];
  const candidates: Candidate[] = [];
  const dataRow = async (raw: RawRow, map: HeaderMap) => {
    const parsed = parseRow(
      dataset,
      sheet.name,
      map,
      raw.number,
      raw.cells,
      sheet.convention,
      rowIssues,
    );
    if (rowIssues.length > 0) issues.push(...rowIssues.splice(0));
    await onRow(parsed, map);
  };
  /** Takes the header from the candidates; the rows above it are skipped, those below are data. */
  const settleHeader = async (): Promise<HeaderMap> => {
    const chosen = chooseHeader(candidates);
    const headerRow = candidates[chosen] as Candidate;
    const map = mapHeader(dataset, sheet.name, headerRow.raw.cells, headerRow.raw.number);
    issues.push(...map.issues);
    const above = candidates.slice(0, chosen).map((c) => c.raw.number);
    if (above.length > 0) {
      warnings.push({
        dataset: dataset.key,
        sheet: sheet.name,
        row: above[0] as number,
        column: null,
        value: null,
        problem: {
          code: "title_rows_skipped",
          rows: above.join(", "),
          header: headerRow.raw.number,
        },
      });
    }
    if (map.exportColumns.length > 0) {
      warnings.push({
        dataset: dataset.key,
        sheet: sheet.name,
        row: headerRow.raw.number,
        column: null,
        value: map.exportColumns.join(", "),
        problem: { code: "export_columns_ignored", columns: map.exportColumns.join(", ") },
      });
    }
    for (const c of candidates.slice(chosen + 1)) await dataRow(c.raw, map);
    candidates.length = 0;
    return map;
  };
  for await (const raw of sheet.rows) {
    if (raw.number > limits.maxRows + 1) {
      throw new ImportFileError({ code: "too_many_rows", max: limits.maxRows });
    }
    // Empty rows are skipped, however many: only the row and size limits refuse a sheet.
    if (isEmptyRow(raw.cells)) continue;
    if (!header) {
      if (raw.number <= HEADER_SEARCH_ROWS) {
        const score = headerScore(dataset, raw.cells);
        candidates.push({ raw, score });
        // A row with every required column is the header: no need to look further.
        if (score.complete) header = await settleHeader();
        continue;
      }
      header = await settleHeader();
    }
    await dataRow(raw, header);
  }
  if (!header && candidates.length > 0) header = await settleHeader();
  if (!header) {
    // An empty sheet: every required column is missing.
    header = mapHeader(dataset, sheet.name, []);
    issues.push(...header.issues);
  }
  return { header, warnings };
}
