// The data version: a number that every write to the contract rows raises,
// inside that write's transaction. Whatever is computed from the rows is
// current for as long as the number is the same (reports/result-cache).
// It is the sum of 64 rows, and a write raises one of them at random: writes
// at once seldom queue for one row's lock until they commit (migration
// 0019, decision 032).
import { type RawBuilder, sql } from "kysely";
import type { Db } from "../connection.server";

const SHARDS = 64;

export async function readDataVersion(db: Db): Promise<number> {
  const row = await db
    .selectFrom("data_version")
    .select(sql<string>`coalesce(sum(version), 0)`.as("version"))
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

/**
 * Raises the version; statements `alongside` that change other rows run with
 * it, as one statement (a form write's round trips are most of its cost).
 */
export async function raiseDataVersion(
  db: Db,
  alongside: readonly RawBuilder<unknown>[] = [],
): Promise<void> {
  const shard = Math.floor(Math.random() * SHARDS);
  const named = alongside.map((change, i) => sql`${sql.ref(`alongside_${i}`)} as (${change})`);
  const first = named.length > 0 ? sql`with ${sql.join(named)} ` : sql``;
  await sql`${first}update data_version set version = version + 1 where shard = ${shard}`.execute(
    db,
  );
}
