// Undoing an import as a whole: rows it updated get their old values back,
// rows it inserted go, rows it removed (replace mode) return. Refused while a
// later import touched the same editions, because undoing would then also
// undo part of that later import.
import { sql } from "kysely";
import { datasetSpec } from "../core/contract/datasets";
import type { Db } from "../db/connection.server";
import { DATASET_TABLES } from "../db/dataset";
import { refreshDerivedTables } from "../db/queries/derived-tables.server";
import type { ImportRecord } from "../db/schema";
import { lockImports } from "./lock.server";

// Parents first for restoring, children first for removing.
const TABLES = DATASET_TABLES;
type Table = (typeof DATASET_TABLES)[number];

function keysOf(table: Table): readonly string[] {
  return table === "assessment_scores"
    ? [...datasetSpec("assessments").keys, "criterion"]
    : datasetSpec(table).keys;
}

export type UndoRefusal =
  | { reason: "not_found" }
  | { reason: "already_undone"; undoneAt: Date }
  | { reason: "later_import"; laterImportId: number; editionIds: string[] };

export type UndoResult = { ok: true; record: ImportRecord } | ({ ok: false } & UndoRefusal);

async function columnsOf(db: Db, table: string): Promise<string[]> {
  const { rows } = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}
    order by ordinal_position`.execute(db);
  return rows.map((r) => r.column_name);
}

async function restoreUpdated(db: Db, importId: number, table: Table) {
  const columns = await columnsOf(db, table);
  const keys = keysOf(table);
  const assignments = sql.join(columns.map((c) => sql`${sql.ref(c)} = ${sql.ref(`r.${c}`)}`));
  const match = sql.join(
    keys.map((k) => sql`${sql.ref(`t.${k}`)} = ${sql.ref(`r.${k}`)}`),
    sql` and `,
  );
  await sql`update ${sql.table(table)} t set ${assignments}
    from import_changes c, jsonb_populate_record(null::${sql.table(table)}, c.row) r
    where c.import_id = ${importId} and c.table_name = ${table} and c.change = 'updated'
      and ${match}`.execute(db);
}

async function reinsertDeleted(db: Db, importId: number, table: Table) {
  await sql`insert into ${sql.table(table)}
    select r.* from import_changes c, jsonb_populate_record(null::${sql.table(table)}, c.row) r
    where c.import_id = ${importId} and c.table_name = ${table} and c.change = 'deleted'`.execute(
    db,
  );
}

export async function undoImport(db: Db, importId: number): Promise<UndoResult> {
  return db.transaction().execute(async (trx): Promise<UndoResult> => {
    await lockImports(trx);
    const record = await trx
      .selectFrom("imports")
      .selectAll()
      .where("import_id", "=", importId)
      .executeTakeFirst();
    if (!record) return { ok: false, reason: "not_found" };
    if (record.undone_at)
      return { ok: false, reason: "already_undone", undoneAt: record.undone_at };
    const later = await trx
      .selectFrom("imports")
      .select(["import_id", "edition_ids"])
      .where("import_id", ">", importId)
      .where("undone_at", "is", null)
      .where(sql<boolean>`edition_ids && ${sql.val(record.edition_ids)}::text[]`)
      .orderBy("import_id")
      .executeTakeFirst();
    if (later) {
      const shared = later.edition_ids.filter((id) => record.edition_ids.includes(id));
      return {
        ok: false,
        reason: "later_import",
        laterImportId: later.import_id,
        editionIds: shared,
      };
    }
    // Updated rows first: they get their old import_id back, so that what
    // still carries this import's id afterwards is exactly what it inserted.
    for (const table of TABLES) await restoreUpdated(trx, importId, table);
    for (const table of [...TABLES].reverse()) {
      await trx.deleteFrom(table).where("import_id", "=", importId).execute();
    }
    for (const table of TABLES) await reinsertDeleted(trx, importId, table);
    await refreshDerivedTables(trx, record.edition_ids);
    const undone = await trx
      .updateTable("imports")
      .set({ undone_at: sql<Date>`now()` as unknown as Date })
      .where("import_id", "=", importId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { ok: true, record: undone };
  });
}

export async function listImports(db: Db, limit = 50): Promise<ImportRecord[]> {
  return db.selectFrom("imports").selectAll().orderBy("import_id", "desc").limit(limit).execute();
}
