// A server makes the form staging tables on each of its connections at its
// start and keeps the connections open (decision 032), so no form write
// pays for making them. Every form write leaves them empty (decision 033).
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { DATASETS } from "../../core/contract/datasets";
import { type Db, keepConnectionsOpen, kyselyForPostgres } from "../../db/connection.server";
import { writeForm } from "../../import/forms/submit.server";
import { prepareFormStaging } from "../../import/staging.server";
import { useTestDatabase } from "../support/test-db";
import { importSheets, validSheets } from "./fixtures";

describe("form staging made at a server's start", () => {
  const test = useTestDatabase();
  const opened: Db[] = [];
  afterAll(async () => {
    for (const db of opened) await db.destroy();
  });

  const stagingTables = (db: Db) =>
    db.connection().execute(async (conn) => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_class
        where relnamespace = pg_my_temp_schema() and relname like 'form_stage_%'`.execute(conn);
      return rows[0]?.n;
    });

  it("makes every dataset's staging table on every connection, and keeps them open", async () => {
    if (test.kind === "pglite" || !test.url) {
      // The embedded database: nothing to keep open, nothing made ahead.
      expect(keepConnectionsOpen(test.db)).toBe(0);
      return;
    }
    const db = kyselyForPostgres(test.url, 2);
    opened.push(db);
    expect(keepConnectionsOpen(db)).toBe(2);
    await prepareFormStaging(db, 2);
    // One table per dataset, and one for the assessments' scores.
    expect(await stagingTables(db)).toBe(DATASETS.length + 1);
    expect(await Promise.all([stagingTables(db), stagingTables(db)])).toEqual([
      DATASETS.length + 1,
      DATASETS.length + 1,
    ]);
  });

  it("leaves the staging tables empty after a stored and after a refused write", async () => {
    expect((await importSheets(test.db, validSheets())).errors).toEqual([]);
    // One connection, so every write and the count below meet the same tables.
    const db = test.kind === "pglite" || !test.url ? test.db : kyselyForPostgres(test.url, 1);
    if (db !== test.db) opened.push(db);
    const answer = (applicant: string) =>
      writeForm(db, {
        formName: "formulier opvolging",
        writtenBy: "formulier",
        language: "nl",
        addOnly: false,
        rows: {
          outcomes: {
            edition_id: "groningen-2020",
            applicant_id: applicant,
            months: "24",
            active: "ja",
          },
          surveys: {
            edition_id: "groningen-2020",
            respondent_id: `o-${applicant}`,
            applicant_id: applicant,
            overall: "7",
          },
        },
      });
    const staged = async () => {
      const { rows } = await sql<{ n: number }>`select
        (select count(*) from form_stage_outcomes) + (select count(*) from form_stage_surveys) as n`.execute(
        db,
      );
      return Number(rows[0]?.n);
    };
    expect(await answer("a2")).toEqual({ ok: true, importId: expect.any(Number) });
    expect(await staged()).toBe(0);
    const refused = await answer("a9");
    expect(refused.ok).toBe(false);
    expect(await staged()).toBe(0);
    // The next write sees only its own rows: one outcome more, for a3.
    expect(await answer("a3")).toEqual({ ok: true, importId: expect.any(Number) });
    const stored = await db
      .selectFrom("outcomes")
      .select("applicant_id")
      .where("months", "=", 24)
      .orderBy("applicant_id")
      .execute();
    expect(stored.map((o) => o.applicant_id)).toEqual(["a2", "a3"]);
  });
});
