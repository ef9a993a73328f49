import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { type Db, kyselyForPostgres } from "../../db/connection.server";
import {
  MigrationError,
  migrateDown,
  migrateToLatest,
  resetDatabase,
} from "../../db/migrate.server";
import { migrations } from "../../db/migrations/index";
import { useTestDatabase } from "../support/test-db";

const CONTRACT_TABLES = [
  "activities",
  "applicant_contact",
  "applicant_scores",
  "applicants",
  "assessment_assignments",
  "assessment_conflicts",
  "assessment_drafts",
  "assessment_scores",
  "assessments",
  "audit_log",
  "awards",
  "criteria",
  "data_version",
  "edition_metric_parts",
  "editions",
  "erased_registrations",
  "factsheet_links",
  "followup_links",
  "followup_mail",
  "followup_settings",
  "import_changes",
  "imports",
  "installation",
  "login_failures",
  "outcomes",
  "pending_uploads",
  "registration_attempts",
  "registration_settings",
  "shared_results",
  "stories",
  "surveys",
  "user_municipalities",
  "users",
];

async function tableNames(db: Db): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_name not like 'kysely_%'
    order by table_name`.execute(db);
  return rows.map((r) => r.table_name);
}

const edition = {
  edition_id: "groningen-2020",
  municipality: "Groningen",
  year: 2020,
  name: "SOC Groningen 2020",
  budget_eur: 60000,
};
const applicant = { edition_id: "groningen-2020", applicant_id: "a1", initiative: "Matsie" };

describe("migrations", () => {
  const test = useTestDatabase();

  it("creates every contract table", async () => {
    expect(await tableNames(test.db)).toEqual(CONTRACT_TABLES);
  });

  it("names no migration when the database cannot be reached at all", async () => {
    if (test.kind === "pglite" || !test.url) return;
    const url = new URL(test.url);
    url.pathname = "/impact_does_not_exist";
    const db = kyselyForPostgres(url.toString(), 1);
    try {
      const error = await migrateToLatest(db).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as MigrationError).key).toBe("problem.migrationsNotStarted");
      expect((error as MigrationError).in("en")).toMatch(
        /^The database could not be brought up to date; nothing changed: .*impact_does_not_exist/,
      );
    } finally {
      await db.destroy();
    }
  });

  it("go down and up again", async () => {
    const names = Object.keys(migrations);
    for (const _ of names) await migrateDown(test.db);
    expect(await tableNames(test.db)).toEqual([]);
    expect(await migrateToLatest(test.db)).toEqual(names);
    expect(await tableNames(test.db)).toEqual(CONTRACT_TABLES);
    expect(await migrateToLatest(test.db)).toEqual([]);
  });

  it("reset leaves an empty, current schema", async () => {
    await test.db.insertInto("editions").values(edition).execute();
    await resetDatabase(test.db);
    expect(await test.db.selectFrom("editions").selectAll().execute()).toEqual([]);
    expect(await tableNames(test.db)).toEqual(CONTRACT_TABLES);
  });
});

describe("schema constraints mirror the contract", () => {
  const test = useTestDatabase();

  it("fills defaults and returns numbers and ISO dates", async () => {
    await test.db
      .insertInto("editions")
      .values({ ...edition, launched_on: "2020-01-15", budget_eur: "60000.50" })
      .execute();
    const row = await test.db.selectFrom("editions").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      budget_eur: 60000.5,
      max_share: 0.5,
      score_scale_max: 10,
      themes: [],
      launched_on: "2020-01-15",
    });
    await test.db.insertInto("applicants").values(applicant).execute();
    const stored = await test.db.selectFrom("applicants").selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ returning: false, intake: false, plan_submitted: false });
  });

  it.each([
    ["a slug with capitals", "editions", { ...edition, edition_id: "Groningen-2020", year: 2021 }],
    ["a year out of range", "editions", { ...edition, edition_id: "g-1999", year: 1999 }],
    [
      "a second edition for the same municipality and year",
      "editions",
      { ...edition, edition_id: "g-dup" },
    ],
    [
      "an applicant of an unknown edition",
      "applicants",
      { ...applicant, edition_id: "nergens-2020" },
    ],
    ["an unknown stage", "applicants", { ...applicant, applicant_id: "a2", stage: "seed" }],
    [
      "a microcredit above the start budget",
      "awards",
      {
        edition_id: "groningen-2020",
        applicant_id: "a1",
        start_budget_eur: 1000,
        microcredit_eur: 1500,
      },
    ],
    [
      "more distance jobs than jobs",
      "outcomes",
      {
        edition_id: "groningen-2020",
        applicant_id: "a1",
        months: 12,
        active: true,
        jobs_fte: 1,
        jobs_distance_fte: 2,
      },
    ],
    [
      "a survey score of 11",
      "surveys",
      { edition_id: "groningen-2020", respondent_id: "r1", overall: 11 },
    ],
  ] as const)("refuses %s", async (_, table, values) => {
    await expect(
      test.db
        .insertInto(table)
        .values(values as never)
        .execute(),
    ).rejects.toThrow();
  });

  it("removes an edition's rows with the edition", async () => {
    await test.db
      .insertInto("awards")
      .values({
        edition_id: "groningen-2020",
        applicant_id: "a1",
        start_budget_eur: 6000,
        microcredit_eur: 3000,
      })
      .execute();
    await test.db.deleteFrom("editions").where("edition_id", "=", "groningen-2020").execute();
    expect(await test.db.selectFrom("awards").selectAll().execute()).toEqual([]);
    expect(await test.db.selectFrom("applicants").selectAll().execute()).toEqual([]);
  });
});
