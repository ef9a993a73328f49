// A server opens its pool's connections before it listens (decision 034).
// When PostgreSQL refuses some of them, the start fails with PostgreSQL's
// reason, and the ones that did open go back: closing the pool waits for
// connections still taken, so a kept one would hold the process forever.
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { keepConnectionsOpen, kyselyForPostgres } from "../../db/connection.server";
import { useTestDatabase } from "../support/test-db";

const ROLE = `impact_limited_${process.pid}`;

describe("opening a server's connections", () => {
  const test = useTestDatabase();
  afterAll(async () => {
    if (test.kind === "postgres") await sql`drop role if exists ${sql.id(ROLE)}`.execute(test.db);
  });

  it("opens them all, and gives back those that opened when one is refused", async () => {
    if (test.kind === "pglite" || !test.url) return;
    await sql`create role ${sql.id(ROLE)} login connection limit 2`.execute(test.db);
    const url = new URL(test.url);
    url.username = ROLE;
    url.password = "";

    const enough = kyselyForPostgres(url.toString(), 2);
    await keepConnectionsOpen(enough);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
      where usename = ${ROLE}`.execute(test.db);
    expect(rows[0]?.n).toBe(2);
    await enough.destroy();

    const tooMany = kyselyForPostgres(url.toString(), 4);
    await expect(keepConnectionsOpen(tooMany)).rejects.toThrow(/too many connections/);
    // Resolves: nothing is still taken. Without the release it never did.
    await tooMany.destroy();
  });
});
