// Frozen migration: personal follow-up links (docs/decisions/029). One row
// per link an applicant was sent for a follow-up moment (months after the
// awards). The token itself is never stored, only its SHA-256: 256 random
// bits need no key to be unguessable. Revoking keeps the row (who was
// invited when) but ends access; so does the expiry. The rate limit per link
// shares registration_attempts (migration 0014) with the registration.
// followup_settings: an edition's own follow-up moments, where it differs
// from the default (6, 12 and 24 months).
// The scoped role of migration 0008 gets no grant: the links name applicants.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("followup_settings")
    .addColumn("edition_id", "text", (c) =>
      c.primaryKey().references("editions.edition_id").onDelete("cascade").onUpdate("cascade"),
    )
    .addColumn("moments", sql`integer[]`, (c) =>
      c
        .notNull()
        .check(sql`cardinality(moments) > 0 and 1 <= all(moments) and 120 >= all(moments)`),
    )
    .execute();
  await db.schema
    .createTable("followup_links")
    .addColumn("token_hash", "text", (c) =>
      c.primaryKey().check(sql`token_hash ~ '^[0-9a-f]{64}$'`),
    )
    .addColumn("edition_id", "text", (c) => c.notNull())
    .addColumn("applicant_id", "text", (c) => c.notNull())
    .addColumn("months", "integer", (c) => c.notNull().check(sql`months between 0 and 120`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("revoked_at", "timestamptz")
    .addForeignKeyConstraint(
      "followup_links_applicant_fkey",
      ["edition_id", "applicant_id"],
      "applicants",
      ["edition_id", "applicant_id"],
      (fk) => fk.onDelete("cascade").onUpdate("cascade"),
    )
    .execute();
  await db.schema
    .createIndex("followup_links_moment_idx")
    .on("followup_links")
    .columns(["edition_id", "months", "applicant_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("followup_links").execute();
  await db.schema.dropTable("followup_settings").execute();
}
