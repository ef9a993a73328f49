// What the caller of an import decides: the file, the mode, a dry run, who
// imports and in which language the report is. Its own module because the
// general path (run.server.ts) and the direct path (direct.server.ts) both
// take it.
import type { DatasetKey } from "../core/contract/datasets";
import type { ImportLimits } from "../core/import-limits";
import type { Language } from "../core/language";
import type { ImportMode } from "./checks.server";

export interface ImportOptions {
  /** The file's name as the user knows it; its extension tells the type. */
  fileName: string;
  /** For a CSV file: the dataset, when the file name does not tell it. */
  dataset?: DatasetKey;
  mode: ImportMode;
  dryRun: boolean;
  importedBy: string;
  language: Language;
  limits: ImportLimits;
  /** A form's submission (import/forms): recorded in the history as mode `form`. */
  form?: boolean;
}
