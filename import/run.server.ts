// One import, start to end: read and parse the file into staging tables,
// check it, and merge it in one transaction, or write nothing and report
// every error. See shared/spec/data.md, "Import semantics". A file of new
// rows of one dataset may take the direct path first (direct.server.ts).
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { sql } from "kysely";
import { DATASETS, type DatasetKey, type DatasetSpec } from "../core/contract/datasets";
import type { Language } from "../core/language";
import { O12_MONTHS } from "../core/metric-parts";
import type { Db } from "../db/connection.server";
import { type CheckContext, checkAcrossRows, fileEditions } from "./checks.server";
import { directSheet, importDirectly } from "./direct.server";
import { isExportSheet } from "./export-names";
import { finishImport, startImport, tuneForBulkWork } from "./finish.server";
import { type ImportIssue, type IssueCode, issueMessage } from "./issues";
import { lockImports } from "./lock.server";
import { type DatasetCounts, mergeStaged } from "./merge.server";
import type { ImportOptions } from "./options";
import type { HeaderMap } from "./rows";
import { datasetOfSheet, IssueList, readSheet } from "./sheet-rows";
import { ImportFileError, type ImportSource, openImportSource, type RawSheet } from "./source";
import {
  createStaging,
  dropStaging,
  ROW,
  type StageTables,
  type StageWriter,
  stagedColumns,
  stageOf,
  stageTables,
  stageWriter,
  VALID,
} from "./staging.server";

export interface ReportedIssue {
  dataset: DatasetKey | null;
  sheet: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

/** The contract's machine form of the report, plus import_id and error_count. */
export interface ImportReport {
  ok: boolean;
  dry_run: boolean;
  errors: ReportedIssue[];
  warnings: ReportedIssue[];
  ignored: { sheets: string[]; columns: string[] };
  counts: Partial<Record<DatasetKey, DatasetCounts>>;
  /** The history entry this import wrote; null when it wrote nothing. */
  import_id: number | null;
  /** All errors found; `errors` lists the first MAX_REPORTED_ERRORS. */
  error_count: number;
}

/** Enough to correct a file; a million errors would only bury the first. */
export const MAX_REPORTED_ERRORS = 1000;

function fileIssue(problem: IssueCode): ImportIssue {
  return { dataset: null, sheet: null, row: null, column: null, value: null, problem };
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

interface StagedFile {
  sheets: Map<DatasetKey, string>;
  present: Map<DatasetKey, ReadonlySet<string>>;
  ignoredSheets: string[];
  ignoredColumns: string[];
  /** What the reading noticed without refusing (title rows skipped). */
  warnings: ImportIssue[];
}

/** Replace mode: the columns a sheet lacks get their default (or null). */
function fillAbsentColumns(
  dataset: DatasetSpec,
  present: Set<string>,
  values: Record<string, unknown>,
) {
  for (const column of dataset.columns) {
    if (!present.has(column.key) && !(column.key in values))
      values[column.key] = column.default ?? null;
  }
}

async function stageSheet(
  db: Db,
  tables: StageTables,
  dataset: DatasetSpec,
  sheet: RawSheet,
  options: ImportOptions,
  issues: IssueList,
): Promise<{ present: Set<string>; ignored: string[]; warnings: ImportIssue[] }> {
  const columns = [...stagedColumns(dataset), ROW, VALID];
  const writer = await stageWriter(db, tables.table(dataset.key), columns);
  const scoreColumns = ["edition_id", "applicant_id", "assessor", "criterion", "score", ROW, VALID];
  const scores: StageWriter | null = dataset.criterionColumns
    ? await stageWriter(db, tables.scoresTable, scoreColumns)
    : null;
  let header: HeaderMap;
  let warnings: ImportIssue[];
  try {
    ({ header, warnings } = await readSheet(
      dataset,
      sheet,
      options.limits,
      issues,
      async (parsed, map) => {
        if (options.mode === "replace") fillAbsentColumns(dataset, map.present, parsed.values);
        const values = parsed.values;
        values[ROW] = parsed.row;
        values[VALID] = parsed.valid;
        await writer.add(values);
        for (const { criterion, score } of parsed.scores) {
          await scores?.add({ ...values, criterion, score });
        }
      },
    ));
  } finally {
    await writer.finish();
    await scores?.finish();
  }
  // Replace mode makes each row what the file says: a column the file lacks
  // is reset to its default, not kept.
  const present =
    options.mode === "replace" ? new Set(dataset.columns.map((c) => c.key)) : header.present;
  return { present, ignored: header.ignored, warnings };
}

async function stageFile(
  db: Db,
  tables: StageTables,
  source: ImportSource,
  options: ImportOptions,
  issues: IssueList,
): Promise<StagedFile> {
  const staged: StagedFile = {
    sheets: new Map(),
    present: new Map(),
    ignoredSheets: [],
    ignoredColumns: [],
    warnings: [],
  };
  for await (const sheet of source.sheets()) {
    const dataset = datasetOfSheet(source.kind, sheet.name, options.dataset);
    if (!dataset) {
      if (source.kind === "csv")
        throw new ImportFileError({ code: "unknown_dataset", name: sheet.name });
      staged.ignoredSheets.push(sheet.name);
      if (isExportSheet(sheet.name)) {
        staged.warnings.push({
          ...fileIssue({ code: "export_sheet_ignored" }),
          sheet: sheet.name,
        });
      }
      continue;
    }
    if (staged.sheets.has(dataset.key)) {
      issues.push({
        ...fileIssue({ code: "duplicate_sheet" }),
        dataset: dataset.key,
        sheet: sheet.name,
      });
      continue;
    }
    staged.sheets.set(dataset.key, sheet.name);
    await stageOf(db, tables, dataset.key);
    const { present, ignored, warnings } = await stageSheet(
      db,
      tables,
      dataset,
      sheet,
      options,
      issues,
    );
    staged.present.set(dataset.key, present);
    staged.ignoredColumns.push(...ignored);
    staged.warnings.push(...warnings);
  }
  if (staged.sheets.size === 0) issues.push(fileIssue({ code: "no_datasets" }));
  return staged;
}

/**
 * Whether a staged row can change its edition's derived tables: in replace
 * mode every edition of the file loses rows; outcome rows count only at the
 * follow-up moment the metric parts read.
 */
function feedsParts(ctx: CheckContext) {
  return (dataset: DatasetKey) =>
    ctx.mode === "upsert" && dataset === "outcomes" ? sql`months = ${O12_MONTHS}` : sql`true`;
}

/** Thrown inside the transaction to roll it back while keeping the result. */
class Rollback {
  constructor(readonly result: MergeOutcome) {}
}

interface MergeOutcome {
  errors: ImportIssue[];
  warnings: ImportIssue[];
  ignoredColumns: string[];
  counts: Partial<Record<DatasetKey, DatasetCounts>>;
  importId: number | null;
}

async function checkAndMerge(
  db: Db,
  tables: StageTables,
  staged: StagedFile,
  options: ImportOptions,
  sha256: Promise<string>,
  rowErrors: boolean,
): Promise<MergeOutcome> {
  try {
    return await db.transaction().execute(async (trx) => {
      await lockImports(trx);
      await tuneForBulkWork(trx);
      const ctx: CheckContext = { db: trx, tables, mode: options.mode, sheets: staged.sheets };
      const checked = await checkAcrossRows(ctx);
      const outcome: MergeOutcome = {
        errors: checked.issues,
        warnings: [],
        ignoredColumns: checked.ignoredColumns,
        counts: {},
        importId: null,
      };
      if (rowErrors || checked.issues.length > 0) throw new Rollback(outcome);
      const { rows } = await sql<{ edition_id: string; derived: boolean }>`
        select edition_id, bool_or(derived) as derived from ${fileEditions(ctx, feedsParts(ctx))}
        group by edition_id order by edition_id`.execute(trx);
      const editionIds = rows.map((r) => r.edition_id);
      const derivedEditionIds = rows.filter((r) => r.derived).map((r) => r.edition_id);
      const import_id = await startImport(trx, { ...options, sha256: await sha256 });
      outcome.counts = await mergeStaged(ctx, staged.present, import_id);
      const finished = await finishImport(
        trx,
        import_id,
        { editionIds, derivedEditionIds, sheets: staged.sheets, counts: outcome.counts },
        options,
      );
      outcome.warnings = finished.warnings;
      if (!finished.keep) throw new Rollback(outcome);
      outcome.importId = import_id;
      return outcome;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    // A rule the checks missed still stops at the database: report it, never crash.
    const issue = refusal(error, tables, staged);
    const constraint = (error as RefusalFields | null)?.constraint ?? "";
    const rows = await breakingRows(db, tables, issue, constraint);
    return {
      errors: rows.length > 0 ? rows.map((row) => ({ ...issue, row })) : [issue],
      warnings: [],
      ignoredColumns: [],
      counts: {},
      importId: null,
    };
  }
}

/** The fields PostgreSQL (and PGlite) give a refusal: which table, column and rule. */
interface RefusalFields {
  table?: string;
  column?: string;
  constraint?: string;
}

/**
 * The spreadsheet rows of a staged dataset that break a check constraint of
 * its table: the rule's own expression, read from the catalogue, over the
 * staging table (shaped like the real one). Empty when it cannot be told.
 */
async function breakingRows(
  db: Db,
  tables: StageTables,
  issue: ImportIssue,
  constraint: string,
): Promise<number[]> {
  if (!issue.dataset || !constraint) return [];
  try {
    const { rows } = await sql<{ def: string }>`select pg_get_constraintdef(c.oid) as def
      from pg_constraint c where c.conname = ${constraint} and c.contype = 'c'
      and c.conrelid = ${issue.dataset}::regclass`.execute(db);
    const check = /^CHECK \((.*)\)$/s.exec(rows[0]?.def ?? "")?.[1];
    if (!check) return [];
    const { rows: found } = await sql<{ row: number }>`select ${sql.ref(ROW)} as row
      from ${sql.table(tables.table(issue.dataset))}
      where not coalesce((${sql.raw(check)}), true) order by 1 limit 20`.execute(db);
    return found.map((r) => r.row);
  } catch {
    return [];
  }
}

/**
 * A refusal by the database, located as far as its fields tell: the dataset
 * (the table, or the staging table it came through), its sheet and column,
 * and the rule by name, in plain words, never the database's raw message.
 */
function refusal(error: unknown, tables: StageTables, staged: StagedFile): ImportIssue {
  const fields = (error ?? {}) as RefusalFields;
  const table = fields.table?.replace(`import_stage_${tables.token}_`, "");
  const dataset = DATASETS.find(
    (d) => d.key === table || (table === "assessment_scores" && d.key === "assessments"),
  );
  const constraint = fields.constraint ?? "";
  const column =
    fields.column ??
    dataset?.columns.find((c) => constraint.startsWith(`${table}_${c.key}_`))?.key ??
    null;
  if (!dataset) {
    const reason = error instanceof Error ? error.message : String(error);
    return fileIssue({ code: "database_refused", reason });
  }
  return {
    dataset: dataset.key,
    sheet: staged.sheets.get(dataset.key) ?? null,
    row: null,
    column,
    value: null,
    problem: { code: "database_rule", dataset: dataset.key, rule: constraint || (column ?? "") },
  };
}

function reported(issue: ImportIssue, language: Language): ReportedIssue {
  const { problem, ...where } = issue;
  return { ...where, message: issueMessage(problem, language) };
}

/** Imports the file at `file`; never throws for a bad file, only reports. */
export function importFile(db: Db, file: string, options: ImportOptions): Promise<ImportReport> {
  return importInput(
    db,
    {
      open: () => openImportSource(file, options.fileName, options.limits),
      sha256: () => sha256Of(file),
    },
    options,
  );
}

/**
 * Where an import's rows come from: a file, or a form's rows held in memory
 * (import/forms). Opened again when the direct path gives way.
 */
export interface ImportInput {
  open: () => Promise<ImportSource>;
  sha256: () => Promise<string>;
}

/** Imports the rows of `input`; never throws for bad rows, only reports. */
export async function importInput(
  db: Db,
  input: ImportInput,
  options: ImportOptions,
): Promise<ImportReport> {
  const issues = new IssueList(MAX_REPORTED_ERRORS);
  const readerWarnings: ImportIssue[] = [];
  const report = (outcome: Partial<MergeOutcome>, staged?: StagedFile): ImportReport => {
    issues.push(...(outcome.errors ?? []));
    return {
      ok: issues.total === 0,
      dry_run: options.dryRun,
      errors: issues.items.map((i) => reported(i, options.language)),
      warnings: [...readerWarnings, ...(staged?.warnings ?? []), ...(outcome.warnings ?? [])].map(
        (i) => reported(i, options.language),
      ),
      ignored: {
        sheets: staged?.ignoredSheets ?? [],
        columns: [...(staged?.ignoredColumns ?? []), ...(outcome.ignoredColumns ?? [])],
      },
      counts: outcome.counts ?? {},
      import_id: outcome.importId ?? null,
      error_count: issues.total,
    };
  };
  let source: ImportSource;
  try {
    source = await input.open();
  } catch (error) {
    if (error instanceof ImportFileError) return report({ errors: [fileIssue(error.problem)] });
    throw error;
  }
  readerWarnings.push(...source.warnings.map(fileIssue));
  // Hashed while the rows are read: the file is read twice, but at once.
  const sha256 = input.sha256();
  sha256.catch(() => {});
  const direct = directSheet(source, options);
  if (direct) {
    const outcome = await importDirectly(db, source, direct, options, sha256);
    if (outcome) {
      const sheets = new Map([[outcome.dataset, outcome.sheet]]);
      return report({ ...outcome, warnings: [] }, { ...outcome, sheets, present: new Map() });
    }
    // The direct path read (part of) the file: the staged path starts again.
    source = await input.open();
  }
  const tables = stageTables();
  await createStaging(db, tables);
  try {
    let staged: StagedFile;
    try {
      staged = await stageFile(db, tables, source, options, issues);
    } catch (error) {
      if (error instanceof ImportFileError) return report({ errors: [fileIssue(error.problem)] });
      throw error;
    }
    // The checks across rows run even after row errors, so one report lists all.
    const outcome = await checkAndMerge(db, tables, staged, options, sha256, issues.total > 0);
    return report(outcome, staged);
  } finally {
    await dropStaging(db, tables);
  }
}
