// The export's pages over more editions than go into one query: every row
// once, in key order, whatever the page size.
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { readTableBatches, type TableRead } from "../../db/queries/export-rows.server";
import { DEFAULT_SCALE } from "../../seeds/scale";
import { loadScaleData } from "../../seeds/scale-seed.server";
import { useTestDatabase } from "../support/test-db";

// 110 editions: more than the 100 a query asks for at a time.
const SCALE = { ...DEFAULT_SCALE, municipalities: 11, years: 10 };

describe("reading a table for export, page by page", () => {
  const test = useTestDatabase();
  let editionIds: string[];

  beforeAll(async () => {
    await loadScaleData(test.db, SCALE);
    const editions = await test.db.selectFrom("editions").select("edition_id").execute();
    editionIds = editions.map((edition) => edition.edition_id);
  });

  async function keysRead(ids: readonly string[], batchSize: number): Promise<string[]> {
    const read: TableRead = {
      table: "outcomes",
      keys: ["edition_id", "applicant_id", "months"],
      columns: [],
    };
    const keys: string[] = [];
    for await (const batch of readTableBatches(test.db, read, ids, batchSize)) {
      expect(batch.length).toBeLessThanOrEqual(batchSize);
      keys.push(...batch.map((row) => `${row.edition_id}|${row.applicant_id}|${row.months}`));
    }
    return keys;
  }

  it("gives every row of the chosen editions once, in the order of the table's key", async () => {
    expect(editionIds.length).toBe(110);
    const { rows } = await sql<{ key: string }>`
      select edition_id || '|' || applicant_id || '|' || months as key from outcomes
      order by edition_id, applicant_id, months`.execute(test.db);
    const all = rows.map((row) => row.key);
    expect(all.length).toBeGreaterThan(5000);
    expect(await keysRead(editionIds, 997)).toEqual(all);
    // A choice in another order than the database's gives the same order.
    const chosen = [...editionIds].reverse().filter((_, i) => i % 3 === 0);
    const wanted = new Set(chosen);
    expect(await keysRead(chosen, 50)).toEqual(
      all.filter((key) => wanted.has(key.split("|")[0] as string)),
    );
  });
});
