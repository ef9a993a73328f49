import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { loader } from "~/routes/api.metrics";
import type { Db } from "../../db/connection.server";
import { insertDataset } from "../../db/insert-dataset.server";
import { metricsJson } from "../../reports/metrics/json";
import { loadMetricsReport } from "../../reports/metrics/report.server";
import { loginAs } from "../support/session";
import { useTestDatabase } from "../support/test-db";
import { handMadeDataset } from "./hand-made-editions";

let session = "";

function get(db: Db, query = "", cookie = session, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/metrics${query}`, {
    headers: { Cookie: cookie, ...headers },
  });
  return loader({ request, params: {}, context: { db } });
}

describe("GET /api/metrics", () => {
  const test = useTestDatabase();

  beforeAll(async () => {
    await insertDataset(test.db, handMadeDataset());
    session = await loginAs(test.db, "researcher");
  });

  it("answers 401 without a login, and only the municipality's own editions to a municipality user", async () => {
    expect((await get(test.db, "", "")).status).toBe(401);
    const alphen = await loginAs(test.db, "municipality", ["Alphen"]);
    const body = await (await get(test.db, "", alphen)).json();
    expect(new Set(body.editions.map((e: { municipality: string }) => e.municipality))).toEqual(
      new Set(["Alphen"]),
    );
    const beek = await get(test.db, "?municipality=Beek", alphen);
    expect((await beek.json()).editions).toEqual([]);
  });

  it("answers the same JSON as the command line, never cached", async () => {
    const response = await get(test.db);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("application/json");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = await response.json();
    const expected = metricsJson(await loadMetricsReport(test.db, {}, new Date(body.generated_at)));
    expect(body).toEqual(expected);
    expect(body.editions).toHaveLength(4);
  });

  it("gzips the same JSON for clients that accept it, and only for them", async () => {
    const plain = await (await get(test.db)).text();
    const zipped = await get(test.db, "", session, { "Accept-Encoding": "br, gzip;q=0.8" });
    expect(zipped.headers.get("Content-Encoding")).toBe("gzip");
    expect(zipped.headers.get("Vary")).toBe("Accept-Encoding");
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()).toBe(plain);
    const refused = await get(test.db, "", session, { "Accept-Encoding": "gzip;q=0, identity" });
    expect(refused.headers.get("Content-Encoding")).toBeNull();
    expect(await refused.text()).toBe(plain);
  });

  it("filters by repeated municipalities, years and theme", async () => {
    const response = await get(
      test.db,
      "?municipality=alphen&municipality=Beek&from=2020&to=2020&theme=Armoede",
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.editions.map((e: { edition_id: string }) => e.edition_id)).toEqual([
      "alphen-2020",
      "beek-2020",
    ]);
    expect(body.aggregate.metrics.budget).toBe(13_000);
  });

  it.each([
    [
      "?from=twintig",
      "Ongeldige keuze van edities: from moet een jaartal tussen 2000 en 2100 zijn, zoals 2020.",
    ],
    ["?from=2021&to=2019", "Ongeldige keuze van edities: from mag niet later zijn dan to."],
    ["?to=2020&to=2021", "Geef to hoogstens één keer."],
    [
      "?gemeente=Alphen",
      "Onbekende parameter: gemeente. Mogelijk zijn: edition, municipality, from, to, theme.",
    ],
  ])("answers 400 with a Dutch message for %s", async (query, error) => {
    const response = await get(test.db, query);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
  });

  it("answers 404 for an edition that does not exist", async () => {
    const response = await get(test.db, "?edition=alphen-2019&edition=alphen-1999");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "De editie alphen-1999 bestaat niet." });
  });
});
