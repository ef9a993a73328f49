import { describe, expect, it, vi } from "vitest";
import { loader as rootLoader } from "~/root";
import { loader as overviewLoader } from "~/routes/_index";
import { loader as healthLoader } from "~/routes/healthz";
import { action as languageAction } from "~/routes/taal";
import { type Db, kyselyForPostgres } from "../../db/connection.server";
import { loadOverview } from "../../reports/dashboard/overview.server";
import { coverageNote } from "../../reports/metrics/coverage";
import { metricDefinition } from "../../reports/metrics/definitions";
import { formatMetricValue } from "../../reports/metrics/format-metric";
import { loadMetricsReport } from "../../reports/metrics/report.server";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { editionIdsOf, htmlTableRows } from "../support/html-table";
import { loginAs } from "../support/session";
import { useTestDatabase } from "../support/test-db";

let session = "";

/** A request of the logged-in admin (the root loader reads the language cookie beside it). */
function args(db: Db, url = "http://localhost/", init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set("Cookie", [headers.get("Cookie"), session].filter(Boolean).join("; "));
  return { request: new Request(url, { ...init, headers }), params: {}, context: { db } };
}

describe("routes on the demo data", () => {
  const test = useTestDatabase();

  it("the overview is empty, and says how to import, in an empty database", async () => {
    session = await loginAs(test.db, "admin");
    const data = await overviewLoader(args(test.db));
    expect(data.options).toEqual({ municipalities: [], years: [], themes: [] });
    expect(data.overview).toMatchObject({ latestYear: null, years: [] });
    expect(editionIdsOf(data.editions.html)).toEqual([]);
    expect(await rootLoader(args(test.db))).toEqual({
      language: "nl",
      demo: false,
      user: { name: "Test admin", role: "admin" },
      nonce: "",
    });
  });

  it("shows the demo editions with the catalogue's figures, marked as demo data", async () => {
    await loadDemoData(test.db);
    const { overview, options, editions } = await overviewLoader(args(test.db));
    expect(options.municipalities.length).toBeGreaterThanOrEqual(3);
    const report = await loadMetricsReport(test.db, {}, new Date());
    // without a municipality chosen, the table lists the latest year's editions
    const latestYear = Math.max(...report.editions.map((e) => e.year));
    expect(editionIdsOf(editions.html)).toEqual(
      report.editions.filter((e) => e.year === latestYear).map((e) => e.edition_id),
    );
    // the table's few figures, equal to the catalogue's
    const first = report.editions.find((e) => e.year === latestYear);
    const figures = [
      "registrations",
      "awarded",
      "microcredit_total",
      "leverage",
      "survival_12m",
    ] as const;
    // survival with its follow-up coverage beside it (reports/metrics/coverage.ts)
    expect(htmlTableRows(editions.html)[1]?.cells.slice(3)).toEqual(
      figures.map(
        (key) =>
          formatMetricValue(metricDefinition(key).unit, first?.metrics[key] ?? null, "nl") +
          (coverageNote(key, first?.metrics ?? {}, "nl") ?? ""),
      ),
    );
    const all = await overviewLoader(args(test.db, "http://localhost/?municipality=Groningen"));
    const groningen2020 = htmlTableRows(all.editions.html).find((row) =>
      row.links.includes("/edities/groningen-2020"),
    );
    expect(groningen2020?.cells.slice(0, 5)).toEqual([
      "SOC Groningen 2020",
      "Groningen",
      "2020",
      "85",
      "20",
    ]);
    // the headline of the latest year is the sum over that year's editions
    const latest = overview.latestYear as number;
    const sum = (year: number) =>
      report.editions
        .filter((e) => e.year === year)
        .reduce((n, e) => n + (e.metrics.registrations ?? 0), 0);
    const registrations = overview.headline.find((h) => h.key === "registrations");
    expect(registrations?.value).toBe(sum(latest));
    expect(registrations?.delta).toBe(sum(latest) - sum(latest - 1));
    expect(overview.charts.map((c) => c.id)).toEqual([
      "trechter-per-jaar",
      "publiek-geld-per-jaar",
      "overleving-per-jaar",
    ]);
    for (const chart of overview.charts)
      expect(chart.svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(await rootLoader(args(test.db))).toMatchObject({ language: "nl", demo: true });
  });

  it("applies the selection in the URL and says when it is wrong", async () => {
    const url = "http://localhost/?municipality=Groningen&from=2019&to=2020&theme=";
    const { overview, values, editions } = await overviewLoader(args(test.db, url));
    expect(values).toEqual({ municipality: "Groningen", from: "2019", to: "2020", theme: "" });
    expect(editionIdsOf(editions.html)).toEqual(["groningen-2019", "groningen-2020"]);
    expect(overview.years).toEqual([2019, 2020]);
    const wrong = await overviewLoader(args(test.db, "http://localhost/?from=2022&to=2019"));
    expect(wrong.error).toBe("Ongeldige keuze van edities: from mag niet later zijn dan to.");
    expect(editionIdsOf(wrong.editions.html).length).toBeGreaterThan(2);
  });

  it("draws every measured year's survival as a point", async () => {
    const { overview } = await overviewLoader(
      args(test.db, "http://localhost/?municipality=Groningen"),
    );
    const survival = overview.charts.find((c) => c.id === "overleving-per-jaar");
    expect(survival?.table.rows.map((r) => r[0])).toEqual(overview.years.map(String));
    const perYear = await loadOverview(test.db, { municipalities: ["Groningen"] }, "nl");
    const measured = perYear.years.filter((y) => y.metrics.survival_12m !== null);
    expect(measured.length).toBeGreaterThan(0);
    expect((survival?.svg.match(/<circle/g) ?? []).length).toBe(measured.length);
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
