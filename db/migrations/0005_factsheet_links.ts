// Frozen migration: public links to factsheets. A link is an unguessable
// token; revoking it keeps the row (who published what, when) but ends access.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("factsheet_links")
    .addColumn("token", "text", (c) => c.primaryKey().check(sql`token ~ '^[A-Za-z0-9_-]{22,}$'`))
    .addColumn("edition_id", "text", (c) =>
      c.notNull().references("editions.edition_id").onDelete("cascade").onUpdate("cascade"),
    )
    .addColumn("language", "text", (c) => c.notNull().check(sql`language in ('nl', 'en')`))
    .addColumn("compare_edition_id", "text", (c) =>
      c.references("editions.edition_id").onDelete("set null").onUpdate("cascade"),
    )
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("revoked_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("factsheet_links_edition_idx")
    .on("factsheet_links")
    .column("edition_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("factsheet_links").execute();
}
