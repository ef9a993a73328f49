// Frozen migration: the tables of the import contract (shared/spec/data.md).
// Never import application code here; a migration must mean the same forever.
import { type Kysely, sql } from "kysely";

const SLUG = sql`'^[a-z0-9][a-z0-9-]{1,63}$'`;
const EURO = "numeric(14, 2)";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("editions")
    .addColumn("edition_id", "text", (c) => c.primaryKey().check(sql`edition_id ~ ${SLUG}`))
    .addColumn("municipality", "text", (c) => c.notNull().check(sql`btrim(municipality) <> ''`))
    .addColumn("year", "integer", (c) => c.notNull().check(sql`year between 2000 and 2100`))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("themes", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("budget_eur", EURO, (c) => c.notNull().check(sql`budget_eur >= 0`))
    .addColumn("max_share", "numeric(5, 4)", (c) =>
      c.notNull().defaultTo(0.5).check(sql`max_share > 0 and max_share <= 1`),
    )
    .addColumn("score_scale_max", "integer", (c) =>
      c.notNull().defaultTo(10).check(sql`score_scale_max between 3 and 100`),
    )
    .addColumn("launched_on", "date")
    .addColumn("closed_on", "date")
    .addColumn("finale_on", "date")
    .addUniqueConstraint("editions_municipality_year_key", ["municipality", "year"])
    .execute();

  await db.schema
    .createTable("criteria")
    .addColumn("edition_id", "text", (c) =>
      c.notNull().references("editions.edition_id").onDelete("cascade").onUpdate("cascade"),
    )
    .addColumn("criterion", "text", (c) => c.notNull().check(sql`criterion ~ ${SLUG}`))
    .addColumn("label", "text")
    .addColumn("weight", "numeric(8, 4)", (c) => c.notNull().check(sql`weight > 0`))
    .addPrimaryKeyConstraint("criteria_pkey", ["edition_id", "criterion"])
    .execute();

  await db.schema
    .createTable("applicants")
    .addColumn("edition_id", "text", (c) =>
      c.notNull().references("editions.edition_id").onDelete("cascade").onUpdate("cascade"),
    )
    .addColumn("applicant_id", "text", (c) =>
      c.notNull().check(sql`length(applicant_id) between 1 and 64`),
    )
    .addColumn("initiative", "text", (c) =>
      c.notNull().check(sql`length(initiative) between 1 and 200`),
    )
    .addColumn("organisation", "text")
    .addColumn("entrepreneur", "text")
    .addColumn("email", "text")
    .addColumn("phone", "text")
    .addColumn("theme", "text")
    .addColumn("district", "text")
    .addColumn("stage", "text", (c) => c.check(sql`stage in ('idea', 'startup', 'growth')`))
    .addColumn("returning", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("referral", "text", (c) =>
      c.check(
        sql`referral in ('campaign', 'word_of_mouth', 'former_participant', 'social_media', 'municipality', 'press', 'other')`,
      ),
    )
    .addColumn("registered_on", "date")
    .addColumn("intake", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("plan_submitted", "boolean", (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint("applicants_pkey", ["edition_id", "applicant_id"])
    .execute();

  // One contract row of `assessments` is one assessor's sheet line; its criterion
  // columns are stored one row each, so SQL can weigh them against the rubric.
  await db.schema
    .createTable("assessments")
    .addColumn("edition_id", "text", (c) => c.notNull())
    .addColumn("applicant_id", "text", (c) => c.notNull())
    .addColumn("assessor", "text", (c) => c.notNull().check(sql`btrim(assessor) <> ''`))
    .addColumn("comment", "text")
    .addPrimaryKeyConstraint("assessments_pkey", ["edition_id", "applicant_id", "assessor"])
    .addForeignKeyConstraint(
      "assessments_applicant_fkey",
      ["edition_id", "applicant_id"],
      "applicants",
      ["edition_id", "applicant_id"],
      (fk) => fk.onDelete("cascade").onUpdate("cascade"),
    )
    .execute();

  // No foreign key to `criteria`: an edition without criteria rows uses the
  // default rubric, which lives in code. The import checks criterion keys.
  await db.schema
    .createTable("assessment_scores")
    .addColumn("edition_id", "text", (c) => c.notNull())
    .addColumn("applicant_id", "text", (c) => c.notNull())
    .addColumn("assessor", "text", (c) => c.notNull())
    .addColumn("criterion", "text", (c) => c.notNull())
    .addColumn("score", "numeric(6, 2)", (c) => c.notNull().check(sql`score >= 0`))
    .addPrimaryKeyConstraint("assessment_scores_pkey", [
      "edition_id",
      "applicant_id",
      "assessor",
      "criterion",
    ])
    .addForeignKeyConstraint(
      "assessment_scores_assessment_fkey",
      ["edition_id", "applicant_id", "assessor"],
      "assessments",
      ["edition_id", "applicant_id", "assessor"],
      (fk) => fk.onDelete("cascade").onUpdate("cascade"),
    )
    .execute();

  await db.schema
    .createTable("awards")
    .addColumn("edition_id", "text", (c) => c.notNull())
    .addColumn("applicant_id", "text", (c) => c.notNull())
    .addColumn("start_budget_eur", EURO, (c) => c.notNull().check(sql`start_budget_eur > 0`))
    .addColumn("microcredit_eur", EURO, (c) => c.notNull().check(sql`microcredit_eur > 0`))
    .addColumn("own_contribution_eur", EURO, (c) =>
      c.notNull().defaultTo(0).check(sql`own_contribution_eur >= 0`),
    )
    .addColumn("cofunding_eur", EURO, (c) =>
      c.notNull().defaultTo(0).check(sql`cofunding_eur >= 0`),
    )
    .addColumn("awarded_on", "date")
    .addColumn("instrument", "text", (c) =>
      c
        .notNull()
        .defaultTo("prize")
        .check(sql`instrument in ('prize', 'grant', 'loan', 'equity', 'other')`),
    )
    .addPrimaryKeyConstraint("awards_pkey", ["edition_id", "applicant_id"])
    // max_share is at most 1, so whatever the edition's share, this must hold.
    .addCheckConstraint(
      "awards_microcredit_within_budget",
      sql`microcredit_eur <= start_budget_eur`,
    )
    .addForeignKeyConstraint(
      "awards_applicant_fkey",
      ["edition_id", "applicant_id"],
      "applicants",
      ["edition_id", "applicant_id"],
      (fk) => fk.onDelete("cascade").onUpdate("cascade"),
    )
    .execute();

  await db.schema
    .createTable("outcomes")
    .addColumn("edition_id", "text", (c) => c.notNull())
    .addColumn("applicant_id", "text", (c) => c.notNull())
    .addColumn("months", "integer", (c) => c.notNull().check(sql`months between 0 and 120`))
    .addColumn("active", "boolean", (c) => c.notNull())
    .addColumn("revenue_eur", EURO, (c) => c.check(sql`revenue_eur >= 0`))
    .addColumn("jobs_fte", "numeric(8, 2)", (c) => c.check(sql`jobs_fte >= 0`))
    .addColumn("jobs_distance_fte", "numeric(8, 2)", (c) => c.check(sql`jobs_distance_fte >= 0`))
    .addColumn("volunteers", "integer", (c) => c.check(sql`volunteers >= 0`))
    .addColumn("beneficiaries", "integer", (c) => c.check(sql`beneficiaries >= 0`))
    .addColumn("follow_on_funding_eur", EURO, (c) => c.check(sql`follow_on_funding_eur >= 0`))
    .addColumn("partnerships", "integer", (c) => c.check(sql`partnerships >= 0`))
    .addPrimaryKeyConstraint("outcomes_pkey", ["edition_id", "applicant_id", "months"])
    .addCheckConstraint("outcomes_distance_jobs_within_jobs", sql`jobs_distance_fte <= jobs_fte`)
    .addForeignKeyConstraint(
      "outcomes_applicant_fkey",
      ["edition_id", "applicant_id"],
      "applicants",
      ["edition_id", "applicant_id"],
      (fk) => fk.onDelete("cascade").onUpdate("cascade"),
    )
    .execute();

  await db.schema
    .createTable("surveys")
    .addColumn("edition_id", "text", (c) =>
      c.notNull().references("editions.edition_id").onDelete("cascade").onUpdate("cascade"),
    )
    .addColumn("respondent_id", "text", (c) => c.notNull().check(sql`btrim(respondent_id) <> ''`))
    .addColumn("applicant_id", "text")
    .addColumn("overall", "integer", (c) => c.check(sql`overall between 1 and 10`))
    .addColumn("intake_rating", "integer", (c) => c.check(sql`intake_rating between 1 and 10`))
    .addColumn("coaching", "integer", (c) => c.check(sql`coaching between 1 and 10`))
    .addColumn("workshops", "integer", (c) => c.check(sql`workshops between 1 and 10`))
    .addColumn("network", "integer", (c) => c.check(sql`network between 1 and 10`))
    .addColumn("recommend", "integer", (c) => c.check(sql`recommend between 0 and 10`))
    .addColumn("quote", "text", (c) => c.check(sql`length(quote) <= 500`))
    .addColumn("quote_consent", "boolean", (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint("surveys_pkey", ["edition_id", "respondent_id"])
    // MATCH SIMPLE (the default): a survey without applicant_id is not checked.
    .addForeignKeyConstraint(
      "surveys_applicant_fkey",
      ["edition_id", "applicant_id"],
      "applicants",
      ["edition_id", "applicant_id"],
      (fk) => fk.onDelete("set null").onUpdate("cascade"),
    )
    .execute();

  await db.schema
    .createTable("activities")
    .addColumn("edition_id", "text", (c) =>
      c.notNull().references("editions.edition_id").onDelete("cascade").onUpdate("cascade"),
    )
    .addColumn("activity_id", "text", (c) => c.notNull().check(sql`btrim(activity_id) <> ''`))
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('workshop', 'coaching', 'network', 'masterclass', 'other')`),
    )
    .addColumn("title", "text")
    .addColumn("held_on", "date")
    .addColumn("hours", "numeric(8, 2)", (c) => c.check(sql`hours >= 0`))
    .addColumn("participants", "integer", (c) => c.check(sql`participants >= 0`))
    .addPrimaryKeyConstraint("activities_pkey", ["edition_id", "activity_id"])
    .execute();

  await db.schema
    .createTable("stories")
    .addColumn("edition_id", "text", (c) => c.notNull())
    .addColumn("applicant_id", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull().check(sql`length(title) between 1 and 120`))
    .addColumn("summary", "text", (c) => c.notNull().check(sql`length(summary) between 1 and 400`))
    .addColumn("quote", "text", (c) => c.check(sql`length(quote) <= 500`))
    .addColumn("published", "boolean", (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint("stories_pkey", ["edition_id", "applicant_id"])
    .addForeignKeyConstraint(
      "stories_applicant_fkey",
      ["edition_id", "applicant_id"],
      "applicants",
      ["edition_id", "applicant_id"],
      (fk) => fk.onDelete("cascade").onUpdate("cascade"),
    )
    .execute();

  // Import history: who loaded which file, when, how, and what it changed.
  await db.schema
    .createTable("imports")
    .addColumn("import_id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("imported_by", "text", (c) => c.notNull())
    .addColumn("imported_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn("mode", "text", (c) => c.notNull().check(sql`mode in ('upsert', 'replace', 'seed')`))
    .addColumn("edition_ids", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("counts", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("undone_at", "timestamptz")
    .execute();

  // Access paths beyond the primary keys (which all start with edition_id).
  await db.schema.createIndex("editions_year_idx").on("editions").column("year").execute();
  await db.schema
    .createIndex("outcomes_months_idx")
    .on("outcomes")
    .columns(["months", "edition_id"])
    .execute();
  await db.schema
    .createIndex("imports_edition_ids_idx")
    .on("imports")
    .using("gin")
    .column("edition_ids")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "imports",
    "stories",
    "activities",
    "surveys",
    "outcomes",
    "awards",
    "assessment_scores",
    "assessments",
    "applicants",
    "criteria",
    "editions",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
