// Frozen migration: the follow-up by e-mail (docs/decisions/030).
// - applicant_contact: how to write to an applicant: the language they
//   registered in (the registration form's page; null for a row from a file,
//   written to in Dutch) and when they asked for no more follow-up e-mail.
// - followup_mail: each invitation and reminder the server took, per
//   edition, applicant and moment, with when. No address, no content.
// Both follow the applicant's number (an erasure renames it); the scoped role
// of migration 0008 gets no grant: the rows name applicants.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("applicant_contact")
    .addColumn("edition_id", "text", (c) => c.notNull())
    .addColumn("applicant_id", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.check(sql`language in ('nl', 'en')`))
    .addColumn("opted_out_at", "timestamptz")
    .addPrimaryKeyConstraint("applicant_contact_pkey", ["edition_id", "applicant_id"])
    .execute();
  await db.schema
    .createTable("followup_mail")
    .addColumn("edition_id", "text", (c) => c.notNull())
    .addColumn("applicant_id", "text", (c) => c.notNull())
    .addColumn("months", "integer", (c) => c.notNull().check(sql`months between 0 and 120`))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('invitation', 'reminder')`))
    .addColumn("sent_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // Both follow the registration: deleted with it, renamed with it (erasure).
  for (const table of ["applicant_contact", "followup_mail"]) {
    await db.schema
      .alterTable(table)
      .addForeignKeyConstraint(
        `${table}_applicant_fkey`,
        ["edition_id", "applicant_id"],
        "applicants",
        ["edition_id", "applicant_id"],
        (fk) => fk.onDelete("cascade").onUpdate("cascade"),
      )
      .execute();
  }
  await db.schema
    .createIndex("followup_mail_moment_idx")
    .on("followup_mail")
    .columns(["edition_id", "months", "applicant_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("followup_mail").execute();
  await db.schema.dropTable("applicant_contact").execute();
}
