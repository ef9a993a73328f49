import { sql } from "kysely";
import type { Db } from "../connection.server";
import type { NewImportRecord } from "../schema";

export async function recordImport(db: Db, record: NewImportRecord): Promise<number> {
  const { import_id } = await db
    .insertInto("imports")
    .values(record)
    .returning("import_id")
    .executeTakeFirstOrThrow();
  return import_id;
}

/** True while demo data loaded by the seed is in the database. */
export async function hasDemoData(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom("imports")
    .select("import_id")
    .where("mode", "=", "seed")
    .where("undone_at", "is", null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The latest import (not undone) that wrote rows of this edition: "data as of". */
export async function latestImportOf(
  db: Db,
  editionId: string,
): Promise<{ import_id: number; file_name: string; imported_at: Date; mode: string } | null> {
  const row = await db
    .selectFrom("imports")
    .select(["import_id", "file_name", "imported_at", "mode"])
    .where(sql<boolean>`${editionId} = any(edition_ids)`)
    .where("undone_at", "is", null)
    .orderBy("import_id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}
