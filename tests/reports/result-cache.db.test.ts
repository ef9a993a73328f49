import { beforeAll, describe, expect, it } from "vitest";
import { loader as apiLoader } from "~/routes/api.metrics";
import { type Db, kyselyForPostgres, postgresPoolOf } from "../../db/connection.server";
import { emptyDataset } from "../../db/dataset";
import { insertDataset } from "../../db/insert-dataset.server";
import { readDataVersion } from "../../db/queries/data-version.server";
import { type Scope, withScope } from "../../db/scope";
import { cachedResult } from "../../reports/result-cache.server";
import { loginAs } from "../support/session";
import { useTestDatabase } from "../support/test-db";
import { handMadeDataset } from "./hand-made-editions";

/** A counter as the computed result: how often `compute` ran shows in the value. */
function counter() {
  let runs = 0;
  return {
    compute: async () => ++runs,
    get runs() {
      return runs;
    },
  };
}

async function addEdition(db: Db, editionId: string, year: number) {
  const dataset = emptyDataset();
  dataset.editions.push({
    edition_id: editionId,
    municipality: "Cuijk",
    year,
    name: `SOC Cuijk ${year}`,
    budget_eur: 10000,
  });
  await insertDataset(db, dataset);
}

describe("results kept per data version", () => {
  const test = useTestDatabase();
  let session = "";

  beforeAll(async () => {
    await insertDataset(test.db, handMadeDataset());
    session = await loginAs(test.db, "researcher");
  });

  it("computes once per key, also for requests that ask at the same time", async () => {
    const count = counter();
    const answers = await Promise.all([
      cachedResult(test.db, ["same"], count.compute),
      cachedResult(test.db, ["same"], count.compute),
    ]);
    expect(await cachedResult(test.db, ["same"], count.compute)).toBe(1);
    expect(answers).toEqual([1, 1]);
    expect(await cachedResult(test.db, ["other"], count.compute)).toBe(2);
    expect(count.runs).toBe(2);
  });

  it("computes again after every write to the rows, which raises the data version", async () => {
    const before = await readDataVersion(test.db);
    const count = counter();
    expect(await cachedResult(test.db, ["written"], count.compute)).toBe(1);
    await addEdition(test.db, "cuijk-2030", 2030);
    expect(await readDataVersion(test.db)).toBe(before + 1);
    expect(await cachedResult(test.db, ["written"], count.compute)).toBe(2);
    expect(await cachedResult(test.db, ["written"], count.compute)).toBe(2);
  });

  it("keeps results per row scope: shared by one scope's requests, never seen by another's", async () => {
    const alphen: Scope = { all: false, municipalities: ["Alphen"] };
    const beek: Scope = { all: false, municipalities: ["Beek"] };
    const count = counter();
    // each withScope call makes a new row-scoped Db, as each request does
    const asked = (scope: Scope) =>
      withScope(test.db, scope, (db) => cachedResult(db, ["scoped"], count.compute));
    expect(await asked(alphen)).toBe(1);
    expect(await asked(alphen)).toBe(1);
    expect(await asked(beek)).toBe(2);
    expect(await cachedResult(test.db, ["scoped"], count.compute)).toBe(3);
  });

  it("files results for the other app processes on PostgreSQL; PGlite has none to share with", async () => {
    const count = counter();
    expect(await cachedResult(test.db, ["shared"], count.compute)).toBe(1);
    const filed = () =>
      test.db
        .selectFrom("shared_results")
        .select(["key", "data_version"])
        .where("key", "like", '%["","shared"]')
        .execute();
    const pool = postgresPoolOf(test.db);
    if (!pool) {
      expect(await filed()).toEqual([]);
      return;
    }
    const version = await readDataVersion(test.db);
    expect((await filed()).map((row) => Number(row.data_version))).toEqual([version]);
    // Another process: a Db of its own, with nothing in memory.
    const other = kyselyForPostgres(pool.options.connectionString as string, 1);
    try {
      expect(await cachedResult(other, ["shared"], count.compute)).toBe(1);
      expect(count.runs).toBe(1);
      // After a write, the first process to ask computes, and the other reads that.
      await addEdition(test.db, "cuijk-2029", 2029);
      expect(await cachedResult(other, ["shared"], count.compute)).toBe(2);
      expect(await cachedResult(test.db, ["shared"], count.compute)).toBe(2);
      expect(count.runs).toBe(2);
      // What older versions filed is gone.
      const versions = await test.db.selectFrom("shared_results").select("data_version").execute();
      expect(new Set(versions.map((row) => Number(row.data_version)))).toEqual(
        new Set([version + 1]),
      );
    } finally {
      await other.destroy();
    }
  });

  it("keeps no failure: the next request tries again", async () => {
    let fail = true;
    const flaky = async () => {
      if (fail) throw new Error("database gone");
      return "figures";
    };
    await expect(cachedResult(test.db, ["flaky"], flaky)).rejects.toThrow("database gone");
    fail = false;
    expect(await cachedResult(test.db, ["flaky"], flaky)).toBe("figures");
  });

  it("serves the metrics API the new figures right after an import", async () => {
    const editions = async () => {
      const request = new Request("http://localhost/api/metrics", {
        headers: { Cookie: session },
      });
      const body = await (
        await apiLoader({ request, params: {}, context: { db: test.db } })
      ).json();
      return body.editions.map((e: { edition_id: string }) => e.edition_id) as string[];
    };
    const first = await editions();
    expect(await editions()).toEqual(first);
    await addEdition(test.db, "cuijk-2031", 2031);
    // Cuijk comes last, after its 2030 edition of the test before
    expect(first.at(-1)).toBe("cuijk-2030");
    expect(await editions()).toEqual([...first, "cuijk-2031"]);
  });
});
