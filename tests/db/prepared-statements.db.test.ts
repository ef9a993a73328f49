// A PostgreSQL connection keeps the statements it runs again prepared
// (decision 032): parsed and planned once. One-off statements and texts of
// several commands are not kept; IMPACT_PREPARED_STATEMENTS=0 keeps none.
// A form's write runs them on one generic plan each (decision 033).
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { type Db, kyselyForPostgres } from "../../db/connection.server";
import { writeForm } from "../../import/forms/submit.server";
import { importSheets, validSheets } from "../import/fixtures";
import { useTestDatabase } from "../support/test-db";

describe("prepared statements on PostgreSQL", () => {
  const test = useTestDatabase();
  const opened: Db[] = [];
  afterAll(async () => {
    for (const db of opened) await db.destroy();
  });

  /** The statements kept prepared on one connection after `work` ran on it. */
  async function preparedAfter(db: Db, work: (conn: Db) => Promise<unknown>) {
    return db.connection().execute(async (conn) => {
      await work(conn);
      const { rows } = await sql<{ statement: string }>`select statement
        from pg_prepared_statements where name like 'impact_%'
        and statement not like '%pg_prepared_statements%' order by name`.execute(conn);
      return rows.map((r) => r.statement);
    });
  }

  const editionNamed = (conn: Db, id: string) =>
    conn.selectFrom("editions").select("name").where("edition_id", "=", id).execute();

  it("prepares a statement the second time a connection runs it, and only then", async () => {
    if (test.kind === "pglite" || !test.url) return;
    const db = kyselyForPostgres(test.url, 1);
    opened.push(db);
    const once = await preparedAfter(db, (conn) => editionNamed(conn, "a"));
    expect(once).toEqual([]);
    const twice = await preparedAfter(db, (conn) => editionNamed(conn, "b"));
    expect(twice).toHaveLength(1);
    expect(twice[0]).toContain('from "editions"');
    // Several commands in one text without parameters still run, unprepared.
    const several = await preparedAfter(db, async (conn) => {
      for (let i = 0; i < 2; i++) await sql`select 1; select 2`.execute(conn);
    });
    expect(several).toEqual(twice);
  });

  it("prepares nothing when switched off", async () => {
    if (test.kind === "pglite" || !test.url) return;
    const db = kyselyForPostgres(test.url, 1, { preparedStatements: false });
    opened.push(db);
    const kept = await preparedAfter(db, async (conn) => {
      for (const id of ["a", "b", "c"]) await editionNamed(conn, id);
    });
    expect(kept).toEqual([]);
  });

  it("runs a form's statements on one plan each, for that transaction only", async () => {
    if (test.kind === "pglite" || !test.url) return;
    expect((await importSheets(test.db, validSheets())).errors).toEqual([]);
    const db = kyselyForPostgres(test.url, 1);
    opened.push(db);
    // Seven assessors submit a plan: the score's recompute runs seven times,
    // where PostgreSQL's default plans the first five afresh at least.
    for (const assessor of ["C", "D", "E", "F", "G", "H", "I"]) {
      const outcome = await writeForm(db, {
        formName: "beoordelingsformulier",
        writtenBy: `jury-${assessor}@voorbeeld.nl`,
        language: "nl",
        addOnly: false,
        rows: {
          assessments: {
            edition_id: "groningen-2020",
            applicant_id: "a3",
            assessor: `Jury ${assessor}`,
            impact: "8",
            draagvlak: "7",
            vernieuwing: "6",
          },
        },
      });
      expect(outcome).toEqual({ ok: true, importId: expect.any(Number) });
    }
    const { rows } = await sql<{ generic: number; custom: number; mode: string }>`
      select generic_plans::int as generic, custom_plans::int as custom,
        current_setting('plan_cache_mode') as mode
      from pg_prepared_statements where statement like '%insert into applicant_scores%'`.execute(
      db,
    );
    expect(rows).toEqual([{ generic: 6, custom: 0, mode: "auto" }]);
  });
});
