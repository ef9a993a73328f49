// What an import does around its rows, whichever way they went in (staged or
// direct): the history entry first (the rows refer to it), and after the rows
// the derived tables, the warnings and the entry's counts.
import { type RawBuilder, sql } from "kysely";
import type { DatasetKey } from "../core/contract/datasets";
import type { Db } from "../db/connection.server";
import {
  importMayChangeScores,
  onlyAssessedScoresChange,
} from "../db/queries/applicant-scores.server";
import { refreshAfterFormWrite, refreshDerivedTables } from "../db/queries/derived-tables.server";
import type { ImportMode } from "./checks.server";
import type { ImportIssue } from "./issues";
import { changesNothing, type DatasetCounts } from "./merge.server";

/**
 * The import's statements join, sort and hash whole files: with the default
 * work_mem (4 MB) they spilled to disk (EXPLAIN ANALYZE: "external merge").
 * For this transaction only.
 */
export async function tuneForBulkWork(trx: Db): Promise<void> {
  await sql`set local work_mem = '64MB'`.execute(trx);
}

export interface ImportEntry {
  importedBy: string;
  fileName: string;
  sha256: string;
  mode: ImportMode;
  /** A form's submission: the history says so (mode `form`). */
  form?: boolean;
}

/** The history entry the rows' import_id refers to; its editions and counts come with finishImport. */
export async function startImport(trx: Db, entry: ImportEntry): Promise<number> {
  const { import_id } = await trx
    .insertInto("imports")
    .values({
      imported_by: entry.importedBy,
      file_name: entry.fileName,
      sha256: entry.sha256,
      mode: entry.form ? "form" : entry.mode,
    })
    .returning("import_id")
    .executeTakeFirstOrThrow();
  return import_id;
}

async function overBudgetWarnings(
  trx: Db,
  editionIds: readonly string[],
  awardsSheet: string | null,
): Promise<ImportIssue[]> {
  const { rows } = await sql<{ edition_id: string; budget: number; total: number }>`
    select e.edition_id, e.budget_eur as budget, sum(w.microcredit_eur) as total
    from editions e join awards w on w.edition_id = e.edition_id
    where e.edition_id = any(${[...editionIds]}::text[])
    group by e.edition_id, e.budget_eur
    having sum(w.microcredit_eur) > e.budget_eur
    order by e.edition_id`.execute(trx);
  return rows.map((r) => ({
    dataset: "awards",
    sheet: awardsSheet,
    row: null,
    column: "microcredit_eur",
    value: r.edition_id,
    problem: { code: "over_budget", total: Number(r.total), budget: Number(r.budget) },
  }));
}

export interface FinishedImport {
  warnings: ImportIssue[];
  /** False for a dry run or a file that changes nothing: roll back. */
  keep: boolean;
}

export interface ImportedRows {
  /** Every edition the file names. */
  editionIds: readonly string[];
  /**
   * The editions whose derived tables the file's rows can change: all of
   * them, but for outcome rows only those at the follow-up moment the metric
   * parts read (a file of later follow-ups changes no part).
   */
  derivedEditionIds: readonly string[];
  sheets: ReadonlyMap<DatasetKey, string>;
  counts: Partial<Record<DatasetKey, DatasetCounts>>;
  /** A query of the (edition_id, applicant_id) of the file's assessment rows, when it has them. */
  assessedRows?: RawBuilder<unknown>;
}

/**
 * After the rows are in: the derived tables, the over-budget warnings, and
 * the history entry's editions and counts (unless it is rolled back anyway).
 */
export async function finishImport(
  trx: Db,
  importId: number,
  { editionIds, derivedEditionIds, sheets, counts, assessedRows }: ImportedRows,
  options: { mode: ImportMode; dryRun: boolean; form?: boolean },
): Promise<FinishedImport> {
  const onlyAssessed = onlyAssessedScoresChange(options.mode, sheets.keys());
  const scope = {
    scores: importMayChangeScores(options.mode, sheets.keys()),
    scoredApplicants: onlyAssessed ? assessedRows : undefined,
  };
  const keep = !options.dryRun && !changesNothing(counts);
  const entry = sql`update imports
    set counts = ${JSON.stringify(counts)}::jsonb,
      edition_ids = array(select distinct e from unnest(${[...editionIds]}::text[]) as e order by e)
    where import_id = ${importId}`;
  // A form's entry goes with its last statement: one round trip less.
  if (options.form) await refreshAfterFormWrite(trx, derivedEditionIds, scope, keep ? [entry] : []);
  else await refreshDerivedTables(trx, derivedEditionIds, scope);
  // A form that awards nothing cannot take an edition over its budget, and
  // no one who answers it could act on the warning.
  const warnings =
    options.form && !sheets.has("awards")
      ? []
      : await overBudgetWarnings(trx, editionIds, sheets.get("awards") ?? null);
  if (keep && !options.form) await entry.execute(trx);
  return { warnings, keep };
}
