// Frozen migration: a counter that every write to the contract rows raises
// (db/queries/derived-tables.server.ts). App servers keep computed figures
// for as long as the counter stands still, and every server reads it from the
// database, so several servers stay in step without talking to each other.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("data_version")
    // Always true: a primary key that can take one value keeps the table at one row.
    .addColumn("id", "boolean", (c) => c.primaryKey().defaultTo(true).check(sql`id`))
    .addColumn("version", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`insert into data_version (id, version) values (true, 0)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("data_version").execute();
}
