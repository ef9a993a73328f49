// Frozen migration: what an import needs to be undone as a whole.
// - every contract row remembers the import that last wrote it (import_id;
//   null for rows loaded outside the import pipeline);
// - import_changes keeps the rows as they were before an import updated or
//   deleted them.
import { type Kysely, sql } from "kysely";

const CONTRACT_TABLES = [
  "editions",
  "criteria",
  "applicants",
  "assessments",
  "assessment_scores",
  "awards",
  "outcomes",
  "surveys",
  "activities",
  "stories",
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of CONTRACT_TABLES) {
    await db.schema
      .alterTable(table)
      .addColumn("import_id", "integer", (c) => c.references("imports.import_id"))
      .execute();
    await db.schema
      .createIndex(`${table}_import_id_idx`)
      .on(table)
      .column("import_id")
      .where(sql.ref("import_id"), "is not", null)
      .execute();
  }
  await db.schema
    .createTable("import_changes")
    .addColumn("import_id", "integer", (c) =>
      c.notNull().references("imports.import_id").onDelete("cascade"),
    )
    .addColumn("table_name", "text", (c) => c.notNull())
    .addColumn("change", "text", (c) => c.notNull().check(sql`change in ('updated', 'deleted')`))
    .addColumn("row", "jsonb", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("import_changes_import_idx")
    .on("import_changes")
    .columns(["import_id", "table_name"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("import_changes").execute();
  for (const table of CONTRACT_TABLES) {
    await db.schema.alterTable(table).dropColumn("import_id").execute();
  }
}
