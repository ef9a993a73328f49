import type { Db } from "./connection.server";
import { DATASET_TABLES, type Dataset } from "./dataset";
import { refreshDerivedTables } from "./queries/derived-tables.server";

// 1,000 rows a statement stays far below Postgres' 65,535 parameters for
// the widest table and is where multi-row INSERT stops getting faster.
const ROWS_PER_STATEMENT = 1000;

/**
 * Inserts a whole dataset in dependency order. Plain inserts: meant for an
 * empty database (demo data, tests); the import pipeline does upserts.
 * Call it inside a transaction to make it all or nothing. Rows are marked
 * with `importId`, so that an import recorded for them can be undone. The
 * derived tables of the editions it touched are rebuilt afterwards.
 */
export async function insertDataset(
  db: Db,
  dataset: Dataset,
  importId: number | null = null,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of DATASET_TABLES) {
    const rows = dataset[table];
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      // Each table's rows match that table; TypeScript cannot follow the
      // loop variable, hence the widening to the union of row types.
      const chunk = rows
        .slice(start, start + ROWS_PER_STATEMENT)
        .map((row) => ({ ...row, import_id: importId })) as never[];
      await db.insertInto(table).values(chunk).execute();
    }
    counts[table] = rows.length;
  }
  await refreshDerivedTables(db, editionsOf(dataset));
  return counts;
}

/** Every edition the dataset has rows of. */
function editionsOf(dataset: Dataset): string[] {
  const ids = new Set<string>();
  for (const table of DATASET_TABLES) {
    for (const row of dataset[table]) ids.add(row.edition_id);
  }
  return [...ids];
}
