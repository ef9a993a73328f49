// Frozen migration: the assessment workspace. Assessors become a role; an
// edition's plans are assigned to assessor accounts; an assessor's declared
// conflicts of interest and unsubmitted drafts are kept apart from the
// contract's assessments (which only submitted scores reach, through the
// import's rules); and the import history may hold a form's write (mode
// `form`, as migration 0014 of the registration form also allows: either may
// run first, the constraint they leave is the same).
// The scoped role of migration 0008 gets no grant on these tables: they name
// accounts, which a municipality user may not read.
import { type Kysely, sql } from "kysely";

const ROLES_BEFORE = sql`role in ('admin', 'municipality', 'researcher')`;
const ROLES_AFTER = sql`role in ('admin', 'municipality', 'researcher', 'assessor')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").dropConstraint("users_role_check").execute();
  await db.schema.alterTable("users").addCheckConstraint("users_role_check", ROLES_AFTER).execute();
  await sql`alter table imports drop constraint imports_mode_check`.execute(db);
  await sql`alter table imports add constraint imports_mode_check
    check (mode in ('upsert', 'replace', 'seed', 'form'))`.execute(db);
  await db.schema
    .createTable("assessment_assignments")
    .addColumn("edition_id", "text", (c) => c.notNull())
    .addColumn("applicant_id", "text", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) =>
      c.notNull().references("users.user_id").onDelete("cascade"),
    )
    .addColumn("assigned_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    // Set when the scores reached the contract's assessments; cleared when an administrator reopens.
    .addColumn("submitted_at", "timestamptz")
    .addPrimaryKeyConstraint("assessment_assignments_pkey", [
      "edition_id",
      "applicant_id",
      "user_id",
    ])
    .addForeignKeyConstraint(
      "assessment_assignments_applicant_fkey",
      ["edition_id", "applicant_id"],
      "applicants",
      ["edition_id", "applicant_id"],
      (fk) => fk.onDelete("cascade").onUpdate("cascade"),
    )
    .execute();
  await db.schema
    .createIndex("assessment_assignments_user_idx")
    .on("assessment_assignments")
    .columns(["user_id", "edition_id"])
    .execute();
  await db.schema
    .createTable("assessment_drafts")
    .addColumn("edition_id", "text", (c) => c.notNull())
    .addColumn("applicant_id", "text", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) => c.notNull())
    // criterion key -> score; incomplete on purpose, within the scale (checked before saving).
    .addColumn("scores", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("comment", "text")
    .addColumn("saved_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("assessment_drafts_pkey", ["edition_id", "applicant_id", "user_id"])
    .addForeignKeyConstraint(
      "assessment_drafts_assignment_fkey",
      ["edition_id", "applicant_id", "user_id"],
      "assessment_assignments",
      ["edition_id", "applicant_id", "user_id"],
      (fk) => fk.onDelete("cascade").onUpdate("cascade"),
    )
    .execute();
  await db.schema
    .createTable("assessment_conflicts")
    .addColumn("edition_id", "text", (c) => c.notNull())
    .addColumn("applicant_id", "text", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) =>
      c.notNull().references("users.user_id").onDelete("cascade"),
    )
    .addColumn("declared_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("assessment_conflicts_pkey", ["edition_id", "applicant_id", "user_id"])
    .addForeignKeyConstraint(
      "assessment_conflicts_applicant_fkey",
      ["edition_id", "applicant_id"],
      "applicants",
      ["edition_id", "applicant_id"],
      (fk) => fk.onDelete("cascade").onUpdate("cascade"),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["assessment_conflicts", "assessment_drafts", "assessment_assignments"]) {
    await db.schema.dropTable(table).execute();
  }
  // The mode `form` stays: migration 0014 (the registration form) owns it.
  await db.schema.alterTable("users").dropConstraint("users_role_check").execute();
  await db.schema
    .alterTable("users")
    .addCheckConstraint("users_role_check", ROLES_BEFORE)
    .execute();
}
