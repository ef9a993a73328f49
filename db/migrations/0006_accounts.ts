// Frozen migration: accounts, roles, the municipalities a municipality user
// may see, login throttling and the audit log.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("user_id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("email", "text", (c) =>
      c.notNull().check(sql`email = lower(btrim(email)) and email like '%@%'`),
    )
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) =>
      c.notNull().check(sql`role in ('admin', 'municipality', 'researcher')`),
    )
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("disabled_at", "timestamptz")
    // Bumped on password change and disabling: older session cookies stop working.
    .addColumn("session_version", "integer", (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint("users_email_key", ["email"])
    .execute();
  await db.schema
    .createTable("user_municipalities")
    .addColumn("user_id", "integer", (c) =>
      c.notNull().references("users.user_id").onDelete("cascade"),
    )
    .addColumn("municipality", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("user_municipalities_pkey", ["user_id", "municipality"])
    .execute();
  await db.schema
    .createTable("login_failures")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("failed_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("login_failures_key_idx")
    .on("login_failures")
    .columns(["key", "failed_at"])
    .execute();
  await db.schema
    .createTable("audit_log")
    .addColumn("audit_id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("user_id", "integer", (c) => c.references("users.user_id").onDelete("set null"))
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("details", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema.createIndex("audit_log_at_idx").on("audit_log").column("at").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["audit_log", "login_failures", "user_municipalities", "users"]) {
    await db.schema.dropTable(table).execute();
  }
}
