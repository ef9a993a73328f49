// One import, start to end: read and parse the file into staging tables,
// check it, and merge it in one transaction, or write nothing and report
// every error. See shared/spec/data.md, "Import semantics". A file of new
// rows of one dataset may take the direct path first (direct.server.ts).
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { type RawBuilder, sql } from "kysely";
import {
  DATASETS,
  type DatasetKey,
  type DatasetSpec,
  datasetSpec,
} from "../core/contract/datasets";
import type { Language } from "../core/language";
import { O12_MONTHS } from "../core/metric-parts";
import { type Db, withFormWriter } from "../db/connection.server";
import { rebuildPartsSoon } from "../db/queries/metric-parts-rebuild.server";
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
  fileStaging,
  formStaging,
  ROW,
  type StageTables,
  type StageWriter,
  type Staging,
  stagedColumns,
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
  /** Rows read per dataset. */
  rows: Map<DatasetKey, number>;
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
  { tables, writer: stageWriter }: Staging,
  dataset: DatasetSpec,
  sheet: RawSheet,
  options: ImportOptions,
  issues: IssueList,
): Promise<{ present: Set<string>; ignored: string[]; warnings: ImportIssue[]; rows: number }> {
  const columns = [...stagedColumns(dataset), ROW, VALID];
  const writer = await stageWriter(tables.table(dataset.key), columns);
  const scoreColumns = ["edition_id", "applicant_id", "assessor", "criterion", "score", ROW, VALID];
  const scores: StageWriter | null = dataset.criterionColumns
    ? await stageWriter(tables.scoresTable, scoreColumns)
    : null;
  let header: HeaderMap;
  let warnings: ImportIssue[];
  let rows = 0;
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
        rows += 1;
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
  return { present, ignored: header.ignored, warnings, rows };
}

async function stageFile(
  staging: Staging,
  source: ImportSource,
  options: ImportOptions,
  issues: IssueList,
): Promise<StagedFile> {
  const staged: StagedFile = {
    sheets: new Map(),
    rows: new Map(),
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
    await staging.stageOf(dataset.key);
    const { present, ignored, warnings, rows } = await stageSheet(
      staging,
      dataset,
      sheet,
      options,
      issues,
    );
    staged.present.set(dataset.key, present);
    staged.rows.set(dataset.key, rows);
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

/**
 * An add-only write (a registration) whose key is already stored (updated or
 * unchanged by the merge) is refused, so it never changes what a file or
 * another submission wrote. Its caller takes the next key.
 */
function storedRowsOf(
  counts: Partial<Record<DatasetKey, DatasetCounts>>,
  sheets: ReadonlyMap<DatasetKey, string>,
): ImportIssue[] {
  return Object.entries(counts)
    .filter(([, c]) => c.updated + c.unchanged > 0)
    .map(([dataset]) => {
      const spec = datasetSpec(dataset as DatasetKey);
      return {
        dataset: spec.key,
        sheet: sheets.get(spec.key) ?? null,
        row: null,
        column: spec.keys[spec.keys.length - 1] ?? null,
        value: null,
        problem: { code: "key_taken" },
      };
    });
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
  /** A form's write: the editions whose metric parts it removed, to be stored again after its commit. */
  removedParts?: readonly string[];
}

/** What the checks and the merge work on. */
interface MergeRequest {
  staging: Staging;
  staged: StagedFile;
  options: ImportOptions;
  sha256: Promise<string>;
  /** The reading found errors in rows: check across rows too, then write nothing. */
  rowErrors: boolean;
}

async function checkAndMerge(request: MergeRequest): Promise<MergeOutcome> {
  const { staging, staged, options } = request;
  const { db, tables } = staging;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await mergeOnce(request);
    } catch (error) {
      if (error instanceof Rollback) return error.result;
      // Two forms writing the same new key at once (a double click): the
      // later one stops at the key once the first commits, and again sees it
      // stored. Only forms meet this: a file's import has the database alone.
      if (options.form && attempt < FORM_ATTEMPTS && isRace(error)) continue;
      // A rule the checks missed still stops at the database: report it, never crash.
      const issue = refusal(error, tables, staged);
      const rows = await breakingRows(db, tables, issue, (error ?? {}) as RefusalFields);
      return {
        errors: rows.length > 0 ? rows.map((row) => ({ ...issue, row })) : [issue],
        warnings: [],
        ignoredColumns: [],
        counts: {},
        importId: null,
      };
    }
  }
}

/** How often a form's write is tried when it races another (see checkAndMerge). */
const FORM_ATTEMPTS = 3;

function isRace(error: unknown): boolean {
  const code = (error as RefusalFields | null)?.code;
  return code === UNIQUE || code === DEADLOCK;
}

/** One try under the lock: the checks, the merge, the derived tables; a Rollback carries what was found. */
async function mergeOnce({
  staging,
  staged,
  options,
  sha256,
  rowErrors,
}: MergeRequest): Promise<MergeOutcome> {
  const { tables } = staging;
  return staging.allOrNothing(async (trx) => {
    // A form's staging took its lock as it began (formStaging).
    if (!options.form) {
      await lockImports(trx);
      await tuneForBulkWork(trx);
    }
    const ctx: CheckContext = {
      db: trx,
      tables,
      mode: options.mode,
      sheets: staged.sheets,
      rows: staged.rows,
    };
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
    const taken = options.addOnly ? storedRowsOf(outcome.counts, staged.sheets) : [];
    if (taken.length > 0) throw new Rollback({ ...outcome, errors: taken });
    const finished = await finishImport(
      trx,
      import_id,
      {
        editionIds,
        derivedEditionIds,
        sheets: staged.sheets,
        counts: outcome.counts,
        assessedRows: staged.sheets.has("assessments")
          ? sql`select edition_id, applicant_id from ${sql.table(tables.table("assessments"))}`
          : undefined,
      },
      options,
    );
    outcome.warnings = finished.warnings;
    if (!finished.keep) throw new Rollback(outcome);
    outcome.importId = import_id;
    if (options.form) outcome.removedParts = derivedEditionIds;
    return outcome;
  });
}

/** The fields PostgreSQL (and PGlite) give a refusal: which table, column and rule. */
interface RefusalFields {
  code?: string;
  table?: string;
  column?: string;
  constraint?: string;
  detail?: string;
}

const NOT_NULL = "23502";
const FOREIGN_KEY = "23503";
const UNIQUE = "23505";
const DEADLOCK = "40P01";

/** "Key (edition_id, applicant_id)=(g-2020, a9) …": the key's columns and values, when they split cleanly. */
function keyInDetail(detail: string | undefined): [string, string][] | null {
  const found = /^Key \((.+?)\)=\((.*)\)/.exec(detail ?? "");
  if (!found) return null;
  const columns = (found[1] as string).split(", ");
  const values = (found[2] as string).split(", ");
  // A value with ", " in it makes the split ambiguous: then the row is not told.
  if (columns.length !== values.length) return null;
  return columns.map((column, i) => [column.replaceAll('"', ""), values[i] as string]);
}

/**
 * The condition that picks the rows of a staging table (shaped like the real
 * one) that break the refused rule: the check constraint's own expression
 * (read from the catalogue), the empty column of a not-null rule, or the key
 * the database names for a unique or foreign-key rule. Null when it cannot
 * be told.
 */
async function breakingCondition(
  db: Db,
  table: string,
  fields: RefusalFields,
): Promise<RawBuilder<unknown> | null> {
  if (fields.code === NOT_NULL && fields.column) return sql`${sql.ref(fields.column)} is null`;
  if (fields.code === UNIQUE || fields.code === FOREIGN_KEY) {
    const key = keyInDetail(fields.detail);
    return key
      ? sql.join(
          key.map(([column, value]) => sql`${sql.ref(column)}::text = ${value}`),
          sql` and `,
        )
      : null;
  }
  if (!fields.constraint) return null;
  const { rows } = await sql<{ def: string }>`select pg_get_constraintdef(c.oid) as def
    from pg_constraint c where c.conname = ${fields.constraint} and c.contype = 'c'
    and c.conrelid = ${table}::regclass`.execute(db);
  const check = /^CHECK \((.*)\)$/s.exec(rows[0]?.def ?? "")?.[1];
  return check ? sql`not coalesce((${sql.raw(check)}), true)` : null;
}

/** The spreadsheet rows of a staged dataset that break the refused rule; empty when it cannot be told. */
async function breakingRows(
  db: Db,
  tables: StageTables,
  issue: ImportIssue,
  fields: RefusalFields,
): Promise<number[]> {
  if (!issue.dataset) return [];
  try {
    const condition = await breakingCondition(db, issue.dataset, fields);
    if (!condition) return [];
    const { rows: found } = await sql<{ row: number }>`select ${sql.ref(ROW)} as row
      from ${sql.table(tables.table(issue.dataset))}
      where ${condition} order by 1 limit 20`.execute(db);
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
  const table = fields.table?.replace(tables.prefix, "");
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

/**
 * Imports the rows of `input`; never throws for bad rows, only reports. A
 * form's `alongside` writes in the same transaction, once the rows are
 * accepted (stored, or already as they were): what the form itself records
 * (an assignment marked submitted) stands or falls with them.
 */
export async function importInput(
  db: Db,
  input: ImportInput,
  options: ImportOptions,
  alongside?: (trx: Db) => Promise<void>,
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
  // A form's few rows gain nothing from the direct path's COPY.
  const direct = options.form ? null : directSheet(source, options);
  if (direct) {
    const outcome = await importDirectly(db, source, direct, options, sha256);
    if (outcome) {
      const sheets = new Map([[outcome.dataset, outcome.sheet]]);
      return report(
        { ...outcome, warnings: [] },
        { ...outcome, sheets, present: new Map(), rows: new Map() },
      );
    }
    // The direct path read (part of) the file: the staged path starts again.
    source = await input.open();
  }
  const { outcome, staged } = options.form
    ? await withFormWriter(db, (writer) =>
        writer.transaction().execute(async (trx) => {
          const staged = await stagedImport(formStaging(trx), source, options, issues, sha256);
          const accepted = issues.total === 0 && (staged.outcome.errors ?? []).length === 0;
          if (accepted && alongside) await alongside(trx);
          return staged;
        }),
      )
    : await stagedImport(fileStaging(db), source, options, issues, sha256);
  // Committed: the parts the form removed are stored again soon (decision 032).
  if (outcome.removedParts) rebuildPartsSoon(db, outcome.removedParts);
  return report(outcome, staged);
}

/** Stages the rows, then checks and merges them; what the report is made of. */
async function stagedImport(
  staging: Staging,
  source: ImportSource,
  options: ImportOptions,
  issues: IssueList,
  sha256: Promise<string>,
): Promise<{ outcome: Partial<MergeOutcome>; staged?: StagedFile }> {
  await staging.create();
  try {
    let staged: StagedFile;
    try {
      staged = await stageFile(staging, source, options, issues);
    } catch (error) {
      if (error instanceof ImportFileError)
        return { outcome: { errors: [fileIssue(error.problem)] } };
      throw error;
    }
    // The checks across rows run even after row errors, so one report lists all.
    const rowErrors = issues.total > 0;
    const outcome = await checkAndMerge({ staging, staged, options, sha256, rowErrors });
    return { outcome, staged };
  } finally {
    await staging.drop();
  }
}
