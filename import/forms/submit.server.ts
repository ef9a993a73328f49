// A form's submission is a one-row import of an in-memory source through the
// import pipeline (run.server.ts), so a form and a spreadsheet can never
// disagree: the same parsing, the same rules across rows (unknown edition,
// erased registrations, max share, ...), one transaction under the import
// lock, a history entry of mode `form`, the data version raised and the
// derived tables refreshed.
import { createHash } from "node:crypto";
import { type DatasetKey, datasetSpec } from "../../core/contract/datasets";
import type { RawCell } from "../../core/contract/value-types";
import { DEFAULT_IMPORT_LIMITS } from "../../core/import-limits";
import type { Language } from "../../core/language";
import type { Db } from "../../db/connection.server";
import { type ImportReport, importInput } from "../run.server";
import type { ImportSource } from "../source";
import { conventionOf } from "./fields";

/** Rows a form wrote, for the import: by the contract's column keys. */
export interface FormRows {
  dataset: DatasetKey;
  rows: readonly Record<string, RawCell>[];
  /** Who wrote them, for the history: the form's name, or the user. */
  writtenBy: string;
  /** The history's file name: which form ("formulier aanmelden"). */
  formName: string;
  language: Language;
  /** True: every row must be new; a stored key is refused (a registration). */
  addOnly?: boolean;
}

export interface FormWrite extends Omit<FormRows, "rows"> {
  /** The row by column key; null: not given. Key columns included. */
  row: Record<string, string | null>;
  addOnly: boolean;
}

export type FormOutcome =
  | { ok: true; importId: number | null }
  /** Per column key, what is wrong; `other`: what belongs to no one field. */
  | { ok: false; errors: Record<string, string>; other: string[] };

/** One sheet of the dataset's name: a header row of every key given, then the rows. */
function memorySource(write: FormRows): ImportSource {
  const keys = [...new Set(write.rows.flatMap((row) => Object.keys(row)))];
  const sheet = {
    name: write.dataset,
    // Typed text follows the writer's language (3,5 in Dutch), as a spreadsheet's would.
    convention: conventionOf(write.language),
    rows: (async function* () {
      yield { number: 1, cells: keys };
      let number = 1;
      for (const row of write.rows) {
        number += 1;
        yield { number, cells: keys.map((key) => row[key] ?? null) };
      }
    })(),
  };
  return {
    kind: "csv",
    sheetNames: [write.dataset],
    warnings: [],
    sheets: async function* () {
      yield sheet;
    },
  };
}

/**
 * Writes a form's rows through the import, all or nothing; never throws for
 * bad rows, only reports (the import's report, for a form of several rows).
 */
export async function writeFormRows(db: Db, write: FormRows): Promise<ImportReport> {
  datasetSpec(write.dataset);
  return importInput(
    db,
    {
      open: async () => memorySource(write),
      sha256: async () => createHash("sha256").update(JSON.stringify(write.rows)).digest("hex"),
    },
    {
      fileName: write.formName,
      dataset: write.dataset,
      mode: "upsert",
      dryRun: false,
      importedBy: write.writtenBy,
      language: write.language,
      limits: DEFAULT_IMPORT_LIMITS,
      form: true,
      addOnly: write.addOnly ?? false,
    },
  );
}

/** One row of one form, its errors by field. */
export async function writeForm(db: Db, write: FormWrite): Promise<FormOutcome> {
  const { row, ...rest } = write;
  const report = await writeFormRows(db, { ...rest, rows: [row] });
  if (report.ok) return { ok: true, importId: report.import_id };
  const errors: Record<string, string> = {};
  const other: string[] = [];
  for (const issue of report.errors) {
    if (issue.column && issue.column in write.row && !(issue.column in errors)) {
      errors[issue.column] = issue.message;
    } else other.push(issue.message);
  }
  return { ok: false, errors, other };
}
