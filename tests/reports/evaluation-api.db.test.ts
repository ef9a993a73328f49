import { beforeAll, describe, expect, it } from "vitest";
import { loader } from "~/routes/api.evaluatie";
import type { Db } from "../../db/connection.server";
import { insertDataset } from "../../db/insert-dataset.server";
import { loadEvaluation } from "../../reports/evaluation/report.server";
import { loginAs } from "../support/session";
import { useTestDatabase } from "../support/test-db";
import { evaluationDataset } from "./evaluation-editions";

let researcher = "";

function get(db: Db, query = "", cookie = researcher) {
  const request = new Request(`http://localhost/api/evaluatie${query}`, {
    headers: { Cookie: cookie },
  });
  return loader({ request, params: {}, context: { db } });
}

describe("GET /api/evaluatie", () => {
  const test = useTestDatabase();

  beforeAll(async () => {
    await insertDataset(test.db, evaluationDataset());
    researcher = await loginAs(test.db, "researcher");
  });

  it("answers 401 without a login", async () => {
    expect((await get(test.db, "", "")).status).toBe(401);
  });

  it("answers the same JSON as the command line, never cached", async () => {
    const response = await get(test.db, "?municipality=Ceder&bandwidth=15");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("application/json");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.json()).toEqual(
      JSON.parse(JSON.stringify(await loadEvaluation(test.db, { municipalities: ["Ceder"] }, 15))),
    );
  });

  it("lets researchers and administrators see every edition", async () => {
    const admin = await loginAs(test.db, "admin");
    for (const cookie of [researcher, admin]) {
      const body = await (await get(test.db, "", cookie)).json();
      expect(body.rdd.editions_used).toEqual(["ceder-2020", "duin-2020"]);
    }
  });

  it("shows a municipality user only their own editions", async () => {
    const ceder = await loginAs(test.db, "municipality", ["Ceder"]);
    const body = await (await get(test.db, "", ceder)).json();
    expect(body.rdd.editions_used).toEqual(["ceder-2020"]);
    expect(body.rdd.editions_left_out.map((e: { edition_id: string }) => e.edition_id)).toEqual([
      "ceder-2021",
      "ceder-2022",
      "ceder-2023",
    ]);
    // The comparison counts are Ceder's too: 34 funded and 35 unfunded followed.
    expect(body.funded_vs_comparison).toMatchObject({ n_funded: 34, n_comparison: 35 });
    const duin = await get(test.db, "?municipality=Duin", ceder);
    expect(duin.status).toBe(404);
    expect(await duin.json()).toEqual({
      error:
        "Geen edities van gemeente Duin. Kijk de schrijfwijze na; `impact metrics` toont alle edities.",
    });
    const edition = await get(test.db, "?edition=duin-2020", ceder);
    expect(edition.status).toBe(404);
  });

  it.each([
    [
      "?bandwidth=0",
      "bandwidth moet een aantal scorepunten groter dan 0 en hoogstens 100 zijn, zoals 15 of 7,5 (niet “0”).",
    ],
    ["?bandwidth=5&bandwidth=6", "Geef bandwidth hoogstens één keer."],
    [
      "?gemeente=Ceder",
      "Onbekende parameter: gemeente. Mogelijk zijn: edition, municipality, from, to, theme, bandwidth.",
    ],
    ["?from=2021&to=2019", "Ongeldige keuze van edities: from mag niet later zijn dan to."],
  ])("answers 400 with a Dutch message for %s", async (query, error) => {
    const response = await get(test.db, query);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
  });

  it("answers 404 for a municipality or edition that does not exist", async () => {
    expect((await get(test.db, "?municipality=Eik")).status).toBe(404);
    const response = await get(test.db, "?edition=ceder-1999");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "De editie ceder-1999 bestaat niet." });
  });
});
