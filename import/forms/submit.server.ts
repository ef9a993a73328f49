// A form's submission is an import of an in-memory source (a sheet per
// dataset, a row or a few each) through the import pipeline (run.server.ts),
// so a form and a spreadsheet can never disagree: the same parsing, the same
// rules across rows (unknown edition, erased registrations, max share, ...),
// one transaction, a history entry of mode `form`, the data version raised
// and the derived tables refreshed.
import { createHash } from "node:crypto";
import type { DatasetKey } from "../../core/contract/datasets";
import type { RawCell } from "../../core/contract/value-types";
import { DEFAULT_IMPORT_LIMITS } from "../../core/import-limits";
import type { Language } from "../../core/language";
import type { Db } from "../../db/connection.server";
import { type ImportReport, importInput } from "../run.server";
import type { ImportSource } from "../source";
import { conventionOf } from "./fields";

/** Rows of one dataset, by the contract's column keys. */
export interface FormSheet {
  dataset: DatasetKey;
  rows: readonly Record<string, RawCell>[];
}

/** Rows a form wrote, for the import. */
export interface FormRows {
  sheets: readonly FormSheet[];
  /** Who wrote them, for the history: the form's name, or the user. */
  writtenBy: string;
  /** The history's file name: which form ("formulier aanmelden"). */
  formName: string;
  language: Language;
  /** True: every row must be new; a stored key is refused (a registration). */
  addOnly?: boolean;
  /** Written in the same transaction, once the rows are accepted (importInput). */
  alongside?: (trx: Db) => Promise<void>;
  /** Checked and merged, then rolled back: a rehearsal (forms/writers.server.ts). */
  dryRun?: boolean;
}

export interface FormWrite extends Omit<FormRows, "sheets"> {
  /** One row per dataset, by column key; null: not given. Key columns included. */
  rows: Partial<Record<DatasetKey, Record<string, string | null>>>;
  addOnly: boolean;
}

export type FormOutcome =
  | { ok: true; importId: number | null }
  /** Per column key, what is wrong; `other`: what belongs to no one field. */
  | { ok: false; errors: Record<string, string>; other: string[] };

function memorySheet({ dataset, rows }: FormSheet, language: Language) {
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return {
    name: dataset,
    // Typed text follows the writer's language (3,5 in Dutch), as a spreadsheet's would.
    convention: conventionOf(language),
    rows: (async function* () {
      yield { number: 1, cells: keys };
      let number = 1;
      for (const row of rows) {
        number += 1;
        yield { number, cells: keys.map((key) => row[key] ?? null) };
      }
    })(),
  };
}

/** A sheet per dataset, named by its key: a header row of every key given, then the rows. */
function memorySource(write: FormRows): ImportSource {
  return {
    kind: "csv",
    sheetNames: write.sheets.map((sheet) => sheet.dataset),
    warnings: [],
    sheets: async function* () {
      for (const sheet of write.sheets) yield memorySheet(sheet, write.language);
    },
  };
}

/**
 * Writes a form's rows through the import, all or nothing; never throws for
 * bad rows, only reports (the import's report, for a form of several rows).
 */
export async function writeFormRows(db: Db, write: FormRows): Promise<ImportReport> {
  return importInput(
    db,
    {
      open: async () => memorySource(write),
      sha256: async () => createHash("sha256").update(JSON.stringify(write.sheets)).digest("hex"),
    },
    {
      fileName: write.formName,
      mode: "upsert",
      dryRun: write.dryRun ?? false,
      importedBy: write.writtenBy,
      language: write.language,
      limits: DEFAULT_IMPORT_LIMITS,
      form: true,
      addOnly: write.addOnly ?? false,
    },
    write.alongside,
  );
}

/** A form's row of each dataset, in one write; its errors by field. */
export async function writeForm(db: Db, write: FormWrite): Promise<FormOutcome> {
  const { rows, ...rest } = write;
  const sheets = Object.entries(rows).map(([dataset, row]) => ({
    dataset: dataset as DatasetKey,
    rows: [row],
  }));
  const report = await writeFormRows(db, { ...rest, sheets });
  if (report.ok) return { ok: true, importId: report.import_id };
  const errors: Record<string, string> = {};
  const other: string[] = [];
  for (const issue of report.errors) {
    const row = issue.dataset ? rows[issue.dataset] : undefined;
    if (issue.column && row && issue.column in row && !(issue.column in errors)) {
      errors[issue.column] = issue.message;
    } else other.push(issue.message);
  }
  return { ok: false, errors, other };
}
