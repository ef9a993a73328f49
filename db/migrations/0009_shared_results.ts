// Frozen migration: computed figures shared by every app process that reads
// this database (reports/result-cache.server.ts). The first process to
// compute a page's figures at a data version files them here; the others read
// them instead of computing the same again, so a new process, or every
// process after an import, answers its first request at once.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("shared_results")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("data_version", "bigint", (c) => c.notNull())
    .addColumn("value", "bytea", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("shared_results").execute();
}
