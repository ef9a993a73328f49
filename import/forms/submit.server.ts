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
import { importInput } from "../run.server";
import type { ImportSource } from "../source";
import { conventionOf } from "./fields";

export interface FormWrite {
  dataset: DatasetKey;
  /** The row by column key; null: not given. Key columns included. */
  row: Record<string, string | null>;
  /** Who wrote it, for the history: the form's name, or the administrator. */
  writtenBy: string;
  /** The history's file name: which form ("formulier aanmelden"). */
  formName: string;
  language: Language;
  /** True: the row must be new; a stored key is refused (a registration). */
  addOnly: boolean;
}

export type FormOutcome =
  | { ok: true; importId: number | null }
  /** Per column key, what is wrong; `other`: what belongs to no one field. */
  | { ok: false; errors: Record<string, string>; other: string[] };

/** One sheet of the dataset's name holding a header row and the one row. */
function oneRowSource(write: FormWrite): ImportSource {
  const keys = Object.keys(write.row);
  const cells: RawCell[] = keys.map((k) => write.row[k] ?? null);
  const sheet = {
    name: write.dataset,
    convention: conventionOf(write.language),
    rows: (async function* () {
      yield { number: 1, cells: keys };
      yield { number: 2, cells };
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

export async function writeForm(db: Db, write: FormWrite): Promise<FormOutcome> {
  datasetSpec(write.dataset);
  const report = await importInput(
    db,
    {
      open: async () => oneRowSource(write),
      sha256: async () => createHash("sha256").update(JSON.stringify(write.row)).digest("hex"),
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
      addOnly: write.addOnly,
    },
  );
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
