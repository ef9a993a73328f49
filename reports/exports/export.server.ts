// The exports for researchers and publications, one entry for the command
// line and the web alike: prepare (which checks the filter), then write the
// chosen format to a stream (a file or an HTTP response).
import type { Writable } from "node:stream";
import { translator } from "../../core/i18n/messages";
import { UserError } from "../../core/i18n/user-error";
import type { EditionFilter } from "../../core/metric-parts";
import { type Db, readsOneState } from "../../db/connection.server";
import { loadCalibrations } from "../calibration/report.server";
import { DEFAULT_BANDWIDTH } from "../evaluation/rdd";
import { loadEvaluation } from "../evaluation/report.server";
import { calibrationNames, calibrationSheet } from "./calibration-sheet";
import { codebookSheet } from "./codebook";
import { writeCsvZip } from "./csv-writer";
import { datasetSheets } from "./dataset-sheets.server";
import { evaluationSheet } from "./evaluation-sheet";
import { grantCount, grantsSheet, JSON_CONTENT_TYPE, write360GivingJson } from "./giving360.server";
import { metricsSheet } from "./metrics-sheet";
import { type ExportSettings, type PreparedExport, prepareOnSnapshot } from "./prepare.server";
import { readmeSheet } from "./readme";
import type { ExportSheet } from "./sheet";
import { writeWorkbook, XLSX_CONTENT_TYPE } from "./xlsx-writer";
import { ZIP_CONTENT_TYPE } from "./zip-writer";

export const EXPORT_FORMATS = ["xlsx", "csv", "360giving-json", "360giving-xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: XLSX_CONTENT_TYPE,
  csv: ZIP_CONTENT_TYPE,
  "360giving-json": JSON_CONTENT_TYPE,
  "360giving-xlsx": XLSX_CONTENT_TYPE,
};

const EXTENSIONS: Record<ExportFormat, string> = {
  xlsx: "xlsx",
  csv: "zip",
  "360giving-json": "json",
  "360giving-xlsx": "xlsx",
};

/** Asked for 360Giving where the selection has no award: the standard needs one grant. */
export class NoGrantsError extends UserError {
  override name = "NoGrantsError";
  constructor() {
    super("giving360.noGrants");
  }
}

/** `soc-impactmonitor-onderzoek-2026-01-01.xlsx`, `soc-impactmonitor-360giving-onderzoek-….json` */
export function exportFileName(prepared: PreparedExport, format: ExportFormat): string {
  const kind = format.startsWith("360giving") ? "360giving-" : "";
  const day = prepared.generatedAt.toISOString().slice(0, 10);
  const scope = translator(prepared.language)(`workbook.fileName.${prepared.scope}`);
  return `soc-impactmonitor-${kind}${scope}-${day}.${EXTENSIONS[format]}`;
}

/** Editions whose calibration is computed at once: a few thousand score rows. */
const CALIBRATION_EDITIONS_PER_BATCH = 50;

/**
 * The calibrations of `editionIds`, a batch of editions at a time, each
 * asked for before the one before it is written: the database reads the
 * next batch's scores while this one's rows are formatted and compressed.
 */
async function* calibrationBatches(db: Db, editionIds: readonly string[]) {
  const load = (start: number) => {
    if (start >= editionIds.length) return null;
    const batch = loadCalibrations(
      db,
      editionIds.slice(start, start + CALIBRATION_EDITIONS_PER_BATCH),
    );
    // Its failure reaches the caller when it takes the batch; a caller that
    // stops early never takes it, and then the failure is nobody's.
    batch.catch(() => {});
    return batch;
  };
  let next = load(0);
  for (let start = 0; next; start += CALIBRATION_EDITIONS_PER_BATCH) {
    const current = await next;
    next = load(start + CALIBRATION_EDITIONS_PER_BATCH);
    yield current;
  }
}

/** Lees mij, Codeboek, one sheet per dataset, Kengetallen, Evaluatie, Kalibratie: the research workbook's sheets. */
export function researchSheets(db: Db, prepared: PreparedExport): ExportSheet[] {
  const { scope, language } = prepared;
  const t = translator(language);
  const data = [
    ...datasetSheets({
      db,
      editionIds: prepared.editionIds,
      scope,
      language,
      pseudonyms: prepared.pseudonyms,
      criteria: prepared.criteria,
      batchSize: prepared.batchSize,
    }),
    metricsSheet(prepared.report, scope, language),
    evaluationSheet(
      async () =>
        prepared.editionIds.length === 0
          ? null
          : loadEvaluation(db, { editionIds: prepared.editionIds }, DEFAULT_BANDWIDTH),
      scope,
      language,
    ),
    calibrationSheet(
      () => calibrationBatches(db, prepared.editionIds),
      calibrationNames(scope, prepared.pseudonyms),
      language,
    ),
  ];
  const readme = readmeSheet(
    {
      scope,
      language,
      filter: prepared.filter,
      generatedAt: prepared.report.generated_at,
      editionCount: prepared.editionIds.length,
      version: prepared.version,
      oneState: readsOneState(db),
    },
    [
      { name: t("workbook.sheet.codebook"), description: t("workbook.readme.codebookSheet") },
      ...data,
    ],
  );
  return [readme, codebookSheet([readme], data, language), ...data];
}

/** Throws what would make this export invalid, before anything is written. */
export function checkExportable(prepared: PreparedExport, format: ExportFormat): void {
  if (format.startsWith("360giving") && grantCount(prepared) === 0) throw new NoGrantsError();
}

/** Writes one export to `output` and ends it. */
export async function writeExport(
  db: Db,
  prepared: PreparedExport,
  format: ExportFormat,
  output: Writable,
): Promise<void> {
  checkExportable(prepared, format);
  const { language, generatedAt } = prepared;
  switch (format) {
    case "xlsx":
      return writeWorkbook(researchSheets(db, prepared), output, language, generatedAt);
    case "csv":
      return writeCsvZip(researchSheets(db, prepared), output, language, generatedAt);
    case "360giving-json":
      return write360GivingJson(db, prepared, output);
    case "360giving-xlsx":
      return writeWorkbook([grantsSheet(db, prepared)], output, language, generatedAt);
  }
}

/**
 * The research workbook of the editions a filter selects, written to
 * `output` from one snapshot of the data: the one call a benchmark needs.
 * Research scope and Dutch unless the settings say otherwise.
 */
export async function writeResearchWorkbook(
  db: Db,
  filter: EditionFilter,
  output: Writable,
  settings: Pick<ExportSettings, "generatedAt" | "pseudonymSecret"> & Partial<ExportSettings>,
): Promise<void> {
  const { prepared, snapshot } = await prepareOnSnapshot(db, filter, {
    scope: "research",
    language: "nl",
    ...settings,
  });
  try {
    await writeExport(snapshot.db, prepared, "xlsx", output);
  } finally {
    await snapshot.close();
  }
}
