// The data version: a number that every write to the contract rows raises,
// inside that write's transaction. Whatever is computed from the rows is
// current for as long as the number is the same (reports/result-cache).
import { sql } from "kysely";
import type { Db } from "../connection.server";

export async function readDataVersion(db: Db): Promise<number> {
  const row = await db.selectFrom("data_version").select("version").executeTakeFirstOrThrow();
  return Number(row.version);
}

export async function raiseDataVersion(db: Db): Promise<void> {
  await db.updateTable("data_version").set({ version: sql`version + 1` }).execute();
}
