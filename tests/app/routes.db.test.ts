import { describe, expect, it, vi } from "vitest";
import { loader as rootLoader } from "~/root";
import { loader as overviewLoader } from "~/routes/_index";
import { loader as healthLoader } from "~/routes/healthz";
import { action as languageAction } from "~/routes/taal";
import { type Db, kyselyForPostgres } from "../../db/connection.server";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { useTestDatabase } from "../support/test-db";

function args(db: Db, url = "http://localhost/", init?: RequestInit) {
  return { request: new Request(url, init), params: {}, context: { db } };
}

describe("routes on the demo data", () => {
  const test = useTestDatabase();

  it("the overview lists no editions in an empty database", async () => {
    expect(await overviewLoader(args(test.db))).toEqual({ editions: [] });
    expect(await rootLoader(args(test.db))).toEqual({ language: "nl", demo: false });
  });

  it("the overview lists every edition with its counts, marked as demo data", async () => {
    await loadDemoData(test.db);
    const { editions } = await overviewLoader(args(test.db));
    const groningen2020 = editions.find((e) => e.edition_id === "groningen-2020");
    expect(groningen2020).toMatchObject({
      municipality: "Groningen",
      year: 2020,
      name: "SOC Groningen 2020",
      registrations: 85,
      awarded: 20,
    });
    const order = editions.map((e) => `${e.municipality} ${e.year}`);
    expect(order).toEqual([...order].sort());
    expect(new Set(editions.map((e) => e.municipality)).size).toBeGreaterThanOrEqual(3);
    expect(await rootLoader(args(test.db))).toEqual({ language: "nl", demo: true });
  });

  it("sums microcredits per edition as the awards table does", async () => {
    const { editions } = await overviewLoader(args(test.db));
    const awards = await test.db
      .selectFrom("awards")
      .select(["edition_id", "microcredit_eur"])
      .execute();
    for (const edition of editions) {
      const cents = awards
        .filter((a) => a.edition_id === edition.edition_id)
        .reduce((sum, a) => sum + Math.round(a.microcredit_eur * 100), 0);
      expect(Math.round(edition.microcredit_total * 100), edition.edition_id).toBe(cents);
    }
  });

  it("healthz answers 200 while the database answers", async () => {
    const response = await healthLoader(args(test.db));
    expect(response.status).toBe(200);
  });
});

describe("language switch", () => {
  const test = useTestDatabase();

  it("sets a cookie the root loader reads, and returns to the page", async () => {
    const body = new URLSearchParams({ taal: "en", terug: "/edities/groningen-2020" });
    const response = await languageAction(
      args(test.db, "http://localhost/taal", { method: "POST", body }),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/edities/groningen-2020");
    const cookie = response.headers.get("Set-Cookie")?.split(";")[0] ?? "";
    const root = await rootLoader(
      args(test.db, "http://localhost/", { headers: { Cookie: cookie } }),
    );
    expect(root.language).toBe("en");
  });

  it("never redirects to another site", async () => {
    const body = new URLSearchParams({ taal: "nl", terug: "//evil.example/" });
    const response = await languageAction(
      args(test.db, "http://localhost/taal", { method: "POST", body }),
    );
    expect(response.headers.get("Location")).toBe("/");
  });

  it("refuses an unknown language", async () => {
    const body = new URLSearchParams({ taal: "fr" });
    const response = await languageAction(
      args(test.db, "http://localhost/taal", { method: "POST", body }),
    );
    expect(response.status).toBe(400);
  });
});

describe("healthz without a database", () => {
  it("answers 503 when the server does not answer", async () => {
    // Port 1 on loopback: nothing listens there, the connection is refused.
    const unreachable = kyselyForPostgres("postgres://postgres@127.0.0.1:1/impact");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const response = await healthLoader(args(unreachable));
    expect(response.status).toBe(503);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("ECONNREFUSED"));
    warn.mockRestore();
    await unreachable.destroy();
  });
});
