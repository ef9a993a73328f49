// The second wall (migration 0008, withScope in db/scope.ts): queries made
// WITHOUT the application's scope filter, run for a municipality user, get
// only that municipality's rows from every protected table, from the
// database itself.
import { sql } from "kysely";
import pg from "pg";
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import { type Db, kyselyForPostgres } from "../../db/connection.server";
import { migrateDown, migrateToLatest } from "../../db/migrate.server";
import { EVERYTHING, rowSecurityOn, type Scope, withScope } from "../../db/scope";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { databaseUrl } from "../support/postgres-url";
import { currentEngine, useTestDatabase } from "../support/test-db";

/** Every table whose rows belong to one edition, and so to one municipality. */
const EDITION_TABLES = [
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
  "applicant_scores",
  "edition_metric_parts",
  "factsheet_links",
] as const;

const GRONINGEN: Scope = { all: false, municipalities: ["groningen"] };

/** Edition id → municipality, as the connecting role sees it. */
async function municipalities(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom("editions").select(["edition_id", "municipality"]).execute();
  return new Map(rows.map((r) => [r.edition_id, r.municipality]));
}

/** The municipalities of a table's rows, counted, by a query without any filter. */
async function rowsPerMunicipality(
  db: Db,
  table: (typeof EDITION_TABLES)[number],
  owners: Map<string, string>,
): Promise<Record<string, number>> {
  const { rows } = await sql<{ edition_id: string; n: number }>`
    select edition_id, count(*)::int as n from ${sql.table(table)} group by edition_id`.execute(db);
  const counts: Record<string, number> = {};
  for (const { edition_id, n } of rows) {
    const municipality = owners.get(edition_id) ?? "?";
    counts[municipality] = (counts[municipality] ?? 0) + n;
  }
  return counts;
}

describe("row-level security", () => {
  const test = useTestDatabase();
  let owners: Map<string, string>;

  beforeAll(async () => {
    await loadDemoData(test.db);
    owners = await municipalities(test.db);
    // A published factsheet of each municipality's first edition.
    const firsts = new Map<string, string>();
    for (const [id, municipality] of owners)
      if (!firsts.has(municipality)) firsts.set(municipality, id);
    let n = 0;
    for (const id of firsts.values()) {
      n += 1;
      await test.db
        .insertInto("factsheet_links")
        .values({ token: `token-${n}-abcdefghijklmnopqrstu`, edition_id: id, language: "nl" })
        .execute();
    }
  });

  it("is on for this database", async () => {
    expect(await rowSecurityOn(test.db)).toBe(true);
  });

  it.each(EDITION_TABLES)("gives a Groningen user only Groningen's rows of %s", async (table) => {
    const all = await rowsPerMunicipality(test.db, table, owners);
    // The test proves something only when other municipalities have rows too.
    expect(Object.keys(all).length).toBeGreaterThan(1);
    expect(all.Groningen).toBeGreaterThan(0);
    const seen = await withScope(test.db, GRONINGEN, (db) =>
      rowsPerMunicipality(db, table, owners),
    );
    expect(seen).toEqual({ Groningen: all.Groningen });
  });

  it("gives an admin or researcher scope every row", async () => {
    for (const table of EDITION_TABLES) {
      const all = await rowsPerMunicipality(test.db, table, owners);
      expect(
        await withScope(test.db, EVERYTHING, (db) => rowsPerMunicipality(db, table, owners)),
      ).toEqual(all);
    }
  });

  it("shows a municipality user only the imports that touched its editions, without who imported", async () => {
    const seen = await withScope(test.db, GRONINGEN, (db) =>
      db.selectFrom("imports").select(["import_id", "file_name"]).execute(),
    );
    expect(seen.map((r) => r.file_name)).toEqual(["demodata"]);
    await expect(
      withScope(test.db, GRONINGEN, (db) =>
        db.selectFrom("imports").select("imported_by").execute(),
      ),
    ).rejects.toThrow(/permission denied/);
    const ofNoEdition = await withScope(
      test.db,
      { all: false, municipalities: ["Nergens"] },
      (db) => db.selectFrom("imports").select("import_id").execute(),
    );
    expect(ofNoEdition).toEqual([]);
  });

  it("refuses accounts, the audit log and writes in the scoped role", async () => {
    for (const table of [
      "users",
      "user_municipalities",
      "audit_log",
      "import_changes",
      "installation",
    ] as const) {
      await expect(
        withScope(test.db, GRONINGEN, (db) => db.selectFrom(table).selectAll().execute()),
      ).rejects.toThrow(/permission denied/);
    }
    await expect(
      withScope(test.db, GRONINGEN, (db) =>
        db.deleteFrom("awards").where("edition_id", "like", "%").execute(),
      ),
    ).rejects.toThrow(/read-only|permission denied/);
    expect((await rowsPerMunicipality(test.db, "awards", owners)).Groningen).toBeGreaterThan(0);
  });

  it("lets a user of no municipality see nothing, and matches names without regard to case", async () => {
    const none = await withScope(test.db, { all: false, municipalities: [] }, (db) =>
      db.selectFrom("editions").select("edition_id").execute(),
    );
    expect(none).toEqual([]);
    const two = await withScope(
      test.db,
      { all: false, municipalities: ["ZWOLLE", "groningen"] },
      (db) => rowsPerMunicipality(db, "editions", owners),
    );
    expect(Object.keys(two).sort()).toEqual(["Groningen", "Zwolle"]);
  });

  it("leaves the connecting role as it was after a scoped query, also after a failed one", async () => {
    await withScope(test.db, GRONINGEN, (db) =>
      db.selectFrom("editions").select("edition_id").execute(),
    );
    await withScope(test.db, GRONINGEN, (db) => sql`select 1/0`.execute(db)).catch(() => {});
    const { rows } = await sql<{ who: string; scope: string | null }>`
      select current_user as who, current_setting('impact.municipalities', true) as scope`.execute(
      test.db,
    );
    expect(rows[0]?.who).not.toBe("impact_scoped");
    expect(rows[0]?.scope ?? "").toBe("");
    expect(
      Object.keys(await rowsPerMunicipality(test.db, "applicants", owners)).length,
    ).toBeGreaterThan(1);
  });
});

describe("migration 0008 where the role exists already", () => {
  const test = useTestDatabase();

  it("goes down and up again, keeping the wall", async () => {
    // Down to before the wall, through the migrations that came after it.
    const undone: string[] = [];
    let step: string[] = [];
    do {
      step = await migrateDown(test.db);
      undone.push(...step);
    } while (step.length > 0 && !undone.includes("0008_row_level_security"));
    expect(undone).toContain("0008_row_level_security");
    const { rows } = await sql<{ on: boolean }>`
      select relrowsecurity as on from pg_class where oid = 'editions'::regclass`.execute(test.db);
    expect(rows[0]?.on).toBe(false);
    expect(await migrateToLatest(test.db)).toEqual(undone.reverse());
    const policies = await sql<{ tablename: string }>`
      select tablename from pg_policies where policyname = 'scoped_read' order by tablename`.execute(
      test.db,
    );
    expect(policies.rows.map((r) => r.tablename)).toEqual([...EDITION_TABLES, "imports"].sort());
  });
});

// PGlite's only user is a superuser: only PostgreSQL has roles that may not create roles.
describe.runIf(currentEngine() === "postgres")(
  "migrating as a role that may not create roles",
  () => {
    it("leaves the wall off with a warning, and the first wall alone keeps working", async () => {
      const { adminUrl, prefix } = inject("postgresTemplate");
      const name = `${prefix}_plain`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`create role "${name}" login nocreaterole nosuperuser`);
      await admin.query(`create database "${name}" owner "${name}"`);
      const url = new URL(databaseUrl(adminUrl, name));
      url.username = name;
      const db = kyselyForPostgres(url.toString(), 2);
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      try {
        await migrateToLatest(db);
        expect(warn.mock.calls.flat().join(" ")).toMatch(/Row-level security is off/);
        expect(await rowSecurityOn(db)).toBe(false);
        await db
          .insertInto("editions")
          .values([
            {
              edition_id: "groningen-2020",
              municipality: "Groningen",
              year: 2020,
              name: "G",
              budget_eur: 1,
            },
            {
              edition_id: "zwolle-2020",
              municipality: "Zwolle",
              year: 2020,
              name: "Z",
              budget_eur: 1,
            },
          ])
          .execute();
        // Without the wall, withScope hands over the connecting role as it is.
        const rows = await withScope(db, GRONINGEN, (scoped) =>
          scoped.selectFrom("editions").select("edition_id").orderBy("edition_id").execute(),
        );
        expect(rows.map((r) => r.edition_id)).toEqual(["groningen-2020", "zwolle-2020"]);
      } finally {
        warn.mockRestore();
        await db.destroy();
        await admin.query(`drop database if exists "${name}" with (force)`);
        await admin.query(`drop role if exists "${name}"`);
        await admin.end();
      }
    });
  },
);
