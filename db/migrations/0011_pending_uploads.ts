// Frozen migration: a web upload waiting between its check and the confirmed
// import lives in the database, not in one app server's temporary folder, so
// that the check and the confirmation may reach different app servers. It
// belongs to the user who uploaded it and expires after an hour.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("pending_uploads")
    .addColumn("token", "text", (c) => c.primaryKey().check(sql`token ~ '^[0-9a-f]{32}$'`))
    .addColumn("user_id", "integer", (c) =>
      c.notNull().references("users.user_id").onDelete("cascade"),
    )
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("content", "bytea", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("pending_uploads_expires_idx")
    .on("pending_uploads")
    .column("expires_at")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("pending_uploads").execute();
}
