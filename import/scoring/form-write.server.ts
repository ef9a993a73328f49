// A form's write as an import: the rows the form made become a one-sheet
// source in memory and go through the import (importInput of
// import/run.server.ts) in upsert mode, so the rules, the data version, the
// derived tables and the history entry are exactly an import's; the entry
// has mode `form` and the form's name as its file name. Small on purpose:
// the same shape as the registration form's writeForm (import/forms), which
// it can give way to.
import { createHash } from "node:crypto";
import type { DatasetKey } from "../../core/contract/datasets";
import type { RawCell } from "../../core/contract/value-types";
import { DEFAULT_IMPORT_LIMITS } from "../../core/import-limits";
import type { Language } from "../../core/language";
import type { Db } from "../../db/connection.server";
import { type ImportReport, importInput } from "../run.server";
import type { ImportSource } from "../source";

export interface FormWrite {
  /** The history's file name (also a factsheet's "data as of"): which form. */
  formName: string;
  dataset: DatasetKey;
  /** Rows keyed by the contract's column keys. */
  rows: readonly Record<string, RawCell>[];
  importedBy: string;
  language: Language;
  /** True: every row must be new; a stored key refuses the whole write. */
  addOnly?: boolean;
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
export async function writeFormRows(db: Db, write: FormWrite): Promise<ImportReport> {
  const source = memorySource(write.dataset, write.rows);
  const sha256 = createHash("sha256").update(JSON.stringify(write.rows)).digest("hex");
  return importInput(
    db,
    { open: async () => source, sha256: async () => sha256 },
    {
      fileName: write.formName,
      dataset: write.dataset,
      mode: "upsert",
      dryRun: false,
      importedBy: write.importedBy,
      language: write.language,
      limits: DEFAULT_IMPORT_LIMITS,
      form: true,
      addOnly: write.addOnly ?? false,
    },
  );
}
