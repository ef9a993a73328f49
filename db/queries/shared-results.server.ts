// Results computed by one app process, read by the others
// (reports/result-cache.server.ts): one row per result name, at the data
// version it was computed for.
import type { Db } from "../connection.server";

/** The value filed under `key` for exactly this data version, if any. */
export async function readSharedResult(
  db: Db,
  key: string,
  version: number,
): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom("shared_results")
    .select("value")
    .where("key", "=", key)
    .where("data_version", "=", version)
    .executeTakeFirst();
  return row?.value;
}

/**
 * Files `value` under `key` at `version`, unless a newer version is filed
 * already, and drops what older versions left: every write raises the
 * version, so those rows can never be read again.
 */
export async function storeSharedResult(
  db: Db,
  key: string,
  version: number,
  value: Buffer,
): Promise<void> {
  await db
    .insertInto("shared_results")
    .values({ key, data_version: version, value })
    .onConflict((oc) =>
      oc
        .column("key")
        .doUpdateSet({ data_version: version, value })
        .where("shared_results.data_version", "<", version),
    )
    .execute();
  await db.deleteFrom("shared_results").where("data_version", "<", version).execute();
}
