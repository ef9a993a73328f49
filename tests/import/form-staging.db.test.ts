// A server's form writes take turns on a few connections of their own, made
// ready at its start with every staging table and a rehearsal of a
// submission that leaves nothing behind (decision 034). Every form write
// leaves the staging tables empty (decision 033).
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { DATASETS } from "../../core/contract/datasets";
import {
  type Db,
  keepConnectionsOpen,
  kyselyForPostgres,
  postgresPoolOf,
} from "../../db/connection.server";
import { type FormWrite, writeForm, writeFormRows } from "../../import/forms/submit.server";
import { prepareFormWriters } from "../../import/forms/writers.server";
import { useTestDatabase } from "../support/test-db";
import { importSheets, validSheets } from "./fixtures";

describe("form writers", () => {
  const test = useTestDatabase();
  const opened: Db[] = [];
  afterAll(async () => {
    for (const db of opened) await db.destroy();
  });

  const followUp = (db: Db, rows: FormWrite["rows"], alongside?: FormWrite["alongside"]) =>
    writeForm(db, {
      formName: "formulier opvolging",
      writtenBy: "formulier",
      language: "nl",
      addOnly: false,
      rows,
      alongside,
    });

  const count = async (db: Db, table: "imports" | "assessments") =>
    Number(
      (await db.selectFrom(table).select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow())
        .n,
    );

  it("take turns, two at a time, on connections made ready at the start", async () => {
    expect((await importSheets(test.db, validSheets())).errors).toEqual([]);
    const before = {
      imports: await count(test.db, "imports"),
      assessments: await count(test.db, "assessments"),
    };
    const db = test.kind === "pglite" || !test.url ? test.db : kyselyForPostgres(test.url, 4);
    if (db !== test.db) opened.push(db);
    await keepConnectionsOpen(db);
    await prepareFormWriters(db);
    // The rehearsal of a submission stored nothing.
    expect(await count(db, "imports")).toBe(before.imports);
    expect(await count(db, "assessments")).toBe(before.assessments);
    let now = 0;
    let most = 0;
    const connections = new Set<number>();
    const answer = (applicant: string, months: string) =>
      followUp(
        db,
        {
          outcomes: { edition_id: "groningen-2020", applicant_id: applicant, months, active: "ja" },
        },
        async (trx) => {
          now += 1;
          most = Math.max(most, now);
          const { rows } = await sql<{
            pid: number;
            tables: number;
          }>`select pg_backend_pid() as pid,
            (select count(*)::int from pg_class where relnamespace = pg_my_temp_schema()
              and relname like 'form_stage_%') as tables, pg_sleep(0.05)`.execute(trx);
          connections.add(rows[0]?.pid ?? 0);
          // On PostgreSQL every staging table was there before the first
          // write: made at the start. PGlite makes a form's own as it comes.
          if (db !== test.db) expect(rows[0]?.tables).toBe(DATASETS.length + 1);
          now -= 1;
        },
      );
    const answers = await Promise.all(
      ["a1", "a2", "a3"].flatMap((a) => [answer(a, "12"), answer(a, "36")]),
    );
    expect(answers.every((a) => a.ok)).toBe(true);
    // PGlite has one connection; on PostgreSQL a pool of four lends at most two to forms.
    expect(most).toBe(test.kind === "pglite" || !test.url ? 1 : 2);
    expect(connections.size).toBeLessThanOrEqual(2);
  });

  it("leaves the staging tables empty after a stored and after a refused write", async () => {
    expect((await importSheets(test.db, validSheets())).errors).toEqual([]);
    // One connection, so every write and the count below meet the same tables.
    const db = test.kind === "pglite" || !test.url ? test.db : kyselyForPostgres(test.url, 1);
    if (db !== test.db) opened.push(db);
    const answer = (applicant: string) =>
      followUp(db, {
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

  it("writes an assessor's scores in fifteen statements, begin to commit", async () => {
    // Each statement is a round trip, and those were most of a form write's
    // cost (decision 034). PGlite has no round trips to count.
    if (test.kind === "pglite" || !test.url) return;
    const db = kyselyForPostgres(test.url, 1);
    opened.push(db);
    let statements = 0;
    postgresPoolOf(db)?.on("connect", (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: typeof query }).query = (...args) => {
        statements += 1;
        return query(...args);
      };
    });
    const submit = (assessor: string) =>
      writeFormRows(db, {
        formName: "beoordelingsformulier",
        writtenBy: "formulier",
        language: "nl",
        sheets: [
          {
            dataset: "assessments",
            rows: [
              {
                edition_id: "groningen-2020",
                applicant_id: "a3",
                assessor,
                impact: 7,
                draagvlak: 6,
                vernieuwing: 5,
                comment: null,
              },
            ],
          },
        ],
      });
    // The first write on the connection makes its staging tables.
    expect((await submit("Jury X")).ok).toBe(true);
    statements = 0;
    expect((await submit("Jury Y")).ok).toBe(true);
    // begin; the lock with the session's tables; the staged rows; a
    // savepoint; the checks; the editions; the history entry; the counts;
    // the assessment; its scores; the locks of edition and plan; the
    // plan's score; the metric parts, data version and history counts;
    // the staged rows emptied; commit.
    expect(statements).toBe(15);
  });
});
