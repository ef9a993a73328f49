// Reads started at once on one PostgreSQL connection (an export's read
// snapshot) run one after another in our queue, not node-postgres' own,
// which warns that it is deprecated (the warning reached the command line's
// output during exports). A file of its own: node prints a deprecation once
// per process.
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { kyselyForPostgres, openReadSnapshot } from "../../db/connection.server";
import { useTestDatabase } from "../support/test-db";

describe("statements queued per connection", () => {
  const test = useTestDatabase();

  it("runs reads started at once in order, the failed one stopping the rest, without node-postgres' warning", async () => {
    if (test.kind === "pglite" || !test.url) return;
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on("warning", onWarning);
    const db = kyselyForPostgres(test.url, 2);
    const snapshot = await openReadSnapshot(db);
    try {
      const [first, failed, last] = await Promise.allSettled([
        sql<{ n: number }>`select 1 as n, pg_sleep(0.02)`.execute(snapshot.db),
        sql`select 1 / 0`.execute(snapshot.db),
        sql<{ n: number }>`select 3 as n`.execute(snapshot.db),
      ]);
      expect(first.status === "fulfilled" && first.value.rows[0]?.n).toBe(1);
      expect(failed.status).toBe("rejected");
      // A failed statement ends a transaction: what follows it is refused, in order.
      expect(last.status).toBe("rejected");
    } finally {
      await snapshot.close().catch(() => {});
      await db.destroy();
    }
    // A warning is emitted on a later turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    process.off("warning", onWarning);
    expect(warnings.filter((message) => message.includes("already executing"))).toEqual([]);
  });
});
