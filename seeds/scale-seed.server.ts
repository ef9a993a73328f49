// Loads the national-scale data (seeds/scale.ts) into an empty database:
// generated a few editions at a time and written table by table with COPY on
// PostgreSQL (in chunks on PGlite), so memory stays flat however many
// editions there are. Then the applicant scores are computed once, for all.
import { createHash } from "node:crypto";
import { sql } from "kysely";
import { datasetSpec } from "../core/contract/datasets";
import type { Db } from "../db/connection.server";
import { DATASET_TABLES, type Dataset, emptyDataset } from "../db/dataset";
import { refreshDerivedTables } from "../db/queries/derived-tables.server";
import { recordImport } from "../db/queries/imports.server";
import { stagedColumns, stageWriter } from "../import/staging.server";
import { appendDataset } from "./builders";
import { type ScaleOptions, scaleDatasets, scaleEditionParams } from "./scale";

export const SCALE_IMPORTER = "schaaldata";

/** About 2,000 registrations: big enough for COPY to pay, small in memory. */
const EDITIONS_PER_BATCH = 20;

type Table = (typeof DATASET_TABLES)[number];

function columnsOf(table: Table): string[] {
  const contract =
    table === "assessment_scores"
      ? [...datasetSpec("assessments").keys, "criterion", "score"]
      : stagedColumns(datasetSpec(table));
  return [...contract, "import_id"];
}

async function writeBatch(
  db: Db,
  batch: Dataset,
  importId: number,
  counts: Record<Table, number>,
): Promise<void> {
  // Table by table, parents first: each COPY commits on its own connection,
  // so a child row must never arrive before its parent.
  for (const table of DATASET_TABLES) {
    const rows: readonly object[] = batch[table];
    if (rows.length === 0) continue;
    const writer = await stageWriter(db, table, columnsOf(table));
    try {
      for (const row of rows) await writer.add({ ...row, import_id: importId });
    } finally {
      await writer.finish();
    }
    counts[table] += rows.length;
  }
}

export interface ScaleLoadProgress {
  editions: number;
  totalEditions: number;
}

/**
 * Loads the generated editions into an empty database and records them in
 * the import history with mode `seed`, like the demo data. Not one
 * transaction (COPY streams use connections of their own): after a failure,
 * `impact reset --yes` clears what was written.
 */
export async function loadScaleData(
  db: Db,
  options: ScaleOptions,
  onProgress: (progress: ScaleLoadProgress) => void = () => {},
): Promise<Record<Table, number>> {
  const editionIds = [...scaleEditionParams(options)].map((params) => params.editionId);
  const importId = await recordImport(db, {
    imported_by: SCALE_IMPORTER,
    file_name: `schaaldata-${options.municipalities}x${options.years}`,
    // The data is a function of its options: their hash identifies it.
    sha256: createHash("sha256").update(JSON.stringify(options)).digest("hex"),
    mode: "seed",
    edition_ids: editionIds,
  });
  const counts = Object.fromEntries(DATASET_TABLES.map((t) => [t, 0])) as Record<Table, number>;
  let batch = emptyDataset();
  let inBatch = 0;
  let loaded = 0;
  const flush = async () => {
    await writeBatch(db, batch, importId, counts);
    loaded += inBatch;
    batch = emptyDataset();
    inBatch = 0;
    onProgress({ editions: loaded, totalEditions: editionIds.length });
  };
  for (const edition of scaleDatasets(options)) {
    appendDataset(batch, edition);
    inBatch += 1;
    if (inBatch === EDITIONS_PER_BATCH) await flush();
  }
  if (inBatch > 0) await flush();
  // Fresh statistics first, or the planner guesses at millions of rows it has not seen.
  await sql`analyze`.execute(db);
  await refreshDerivedTables(db, "all");
  await sql`analyze applicant_scores, edition_metric_parts`.execute(db);
  await db.updateTable("imports").set({ counts }).where("import_id", "=", importId).execute();
  return counts;
}
