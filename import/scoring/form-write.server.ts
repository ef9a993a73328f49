// A form's write as an import: the rows the form made become a one-sheet
// source in memory and go through the import (import/run.server.ts) in
// upsert mode, so the rules, the data version, the derived tables and the
// history entry are exactly an import's; the entry is marked with the
// form's name. Small on purpose: the forms of the contract (registration,
// follow-up) can share it.
import { createHash } from "node:crypto";
import type { DatasetKey } from "../../core/contract/datasets";
import type { RawCell } from "../../core/contract/value-types";
import { DEFAULT_IMPORT_LIMITS } from "../../core/import-limits";
import type { Language } from "../../core/language";
import type { Db } from "../../db/connection.server";
import { type ImportReport, importSource } from "../run.server";
import type { ImportSource } from "../source";

export interface FormWrite {
  /** The form's name, kept in the history entry (`imports.form`). */
  form: string;
  /** What the history (and a factsheet's "data as of") shows as the entry's file name. */
  fileName: string;
  dataset: DatasetKey;
  /** Rows keyed by the contract's column keys. */
  rows: readonly Record<string, RawCell>[];
  importedBy: string;
  language: Language;
}

function memorySource(dataset: DatasetKey, rows: readonly Record<string, RawCell>[]): ImportSource {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return {
    kind: "xlsx",
    sheetNames: [dataset],
    warnings: [],
    sheets: async function* () {
      yield {
        name: dataset,
        convention: "point",
        rows: (async function* () {
          yield { number: 1, cells: header };
          let number = 1;
          for (const row of rows) {
            number += 1;
            yield { number, cells: header.map((key) => row[key] ?? null) };
          }
        })(),
      };
    },
  };
}

/** Writes the form's rows through the import; never throws for bad rows, only reports. */
export async function writeForm(db: Db, write: FormWrite): Promise<ImportReport> {
  const source = memorySource(write.dataset, write.rows);
  const sha256 = createHash("sha256").update(JSON.stringify(write.rows)).digest("hex");
  return importSource(
    db,
    source,
    {
      fileName: write.fileName,
      mode: "upsert",
      dryRun: false,
      importedBy: write.importedBy,
      form: write.form,
      language: write.language,
      limits: DEFAULT_IMPORT_LIMITS,
    },
    { sha256: Promise.resolve(sha256), reopen: async () => source },
  );
}
