// Frozen migration: settings of this installation, in a table of exactly one
// row. For now the key of the research pseudonyms, used when IMPACT_SECRET is
// not set. The row is written by the first export (db/queries/installation),
// not here: the key must come from the operating system's random source, and
// SQL's random() is not one.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("installation")
    // Always true: a primary key that can take one value keeps the table at one row.
    .addColumn("id", "boolean", (c) => c.primaryKey().defaultTo(true).check(sql`id`))
    .addColumn("pseudonym_secret", "text", (c) =>
      c.notNull().check(sql`length(pseudonym_secret) >= 32`),
    )
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("installation").execute();
}
