// A server makes the form staging tables on each of its connections at its
// start and keeps the connections open (decision 032), so no form write
// pays for making them.
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { DATASETS } from "../../core/contract/datasets";
import { type Db, keepConnectionsOpen, kyselyForPostgres } from "../../db/connection.server";
import { prepareFormStaging } from "../../import/staging.server";
import { useTestDatabase } from "../support/test-db";

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
});
