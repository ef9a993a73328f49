// The edition, municipality and definition pages on the demo data: their
// figures are the catalogue's, and what does not exist answers 404.
import { describe, expect, it } from "vitest";
import { setLanguageCookie } from "~/i18n/language.server";
import { loader as definitionLoader } from "~/routes/definities.$metric";
import { loader as editionLoader } from "~/routes/edities.$editionId";
import { loader as editionChartFile } from "~/routes/edities.$editionId_.grafieken.$file";
import { loader as municipalityLoader } from "~/routes/gemeenten.$slug";
import { loader as municipalityChartFile } from "~/routes/gemeenten.$slug_.grafieken.$file";
import { loader as overviewChartFile } from "~/routes/grafieken.$file";
import { formatNumber } from "../../core/format";
import { translator } from "../../core/i18n/messages";
import type { Db } from "../../db/connection.server";
import { listFilterOptions } from "../../db/queries/editions.server";
import { loadEditionPage } from "../../reports/dashboard/edition.server";
import { loadMunicipalityPage } from "../../reports/dashboard/municipality.server";
import { loadOverview } from "../../reports/dashboard/overview.server";
import { followUpCoverage } from "../../reports/metrics/coverage";
import { groupMetricKeys, metricDefinition } from "../../reports/metrics/definitions";
import { formatMetricDelta, formatMetricValue } from "../../reports/metrics/format-metric";
import { loadMetricsReport } from "../../reports/metrics/report.server";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { htmlTableRows } from "../support/html-table";
import { loginAs } from "../support/session";
import { useTestDatabase } from "../support/test-db";

let session = "";

/** The cells' texts of an HTML table, row by row (headers included). */
const tableRows = (html: string) => htmlTableRows(html).map((row) => row.cells);

/** A request of the logged-in researcher, with an extra cookie (the language) where given. */
function args(db: Db, params: Record<string, string>, cookie?: string, url = "http://localhost/") {
  const headers = { Cookie: [session, cookie].filter(Boolean).join("; ") };
  return { request: new Request(url, { headers }), params, context: { db } };
}

async function status(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (thrown) {
    return (thrown as Response).status;
  }
}

describe("dashboard pages", () => {
  const test = useTestDatabase();

  it("an edition page shows the catalogue's figures beside the previous edition's", async () => {
    await loadDemoData(test.db);
    session = await loginAs(test.db, "researcher");
    const page = await editionLoader(args(test.db, { editionId: "groningen-2020" }));
    const report = await loadMetricsReport(
      test.db,
      { editionIds: ["groningen-2020", "groningen-2019"] },
      new Date(),
    );
    const [y2019, y2020] = report.editions;
    // The tables: the previous edition, this one and the change, as the catalogue computes them.
    const funnel = tableRows(page.tables.funnel);
    const fewCases: Partial<Record<string, { few_cases: boolean }>> = y2020?.rates ?? {};
    expect(funnel[0]).toEqual(["Cijfer", "2019", "2020", "Verschil met het jaar ervoor"]);
    for (const key of groupMetricKeys("funnel")) {
      const { unit, label: labelKey } = metricDefinition(key);
      const label = translator("nl")(labelKey);
      expect(funnel.find((row) => row[0] === label)).toEqual([
        label,
        formatMetricValue(unit, y2019?.metrics[key] ?? null, "nl"),
        // a rate on fewer than 10 cases carries its mark
        `${formatMetricValue(unit, y2020?.metrics[key] ?? null, "nl")}${fewCases[key]?.few_cases ? "*" : ""}`,
        formatMetricDelta(unit, y2020?.delta[key] ?? null, "nl"),
      ]);
    }
    expect(funnel.find((row) => row[0] === "Aanmeldingen")?.[2]).toBe("85");
    // survival carries how many of the 20 awarded were followed
    const survival = tableRows(page.tables.outcomes).find(
      (row) => row[0] === "Nog actief na 12 maanden",
    );
    const coverage = followUpCoverage(y2020?.metrics ?? {}, "nl");
    expect(coverage).toMatch(/^\d+ van 20 gevolgd \(\d+%\)/);
    expect(survival?.[2]).toContain(coverage);
    expect(page.hasOutcomes).toBe(Boolean(y2020?.metrics.followed_12m));
    expect(page.details.edition.themes).toEqual([
      "Prettig samen wonen in de buurt",
      "Positieve gezondheid",
      "Voorkomen van zorg",
    ]);
    expect(page.details.awardShares).toHaveLength(20);
    for (const share of page.details.awardShares) expect(share).toBeLessThanOrEqual(0.5);
    expect(page.charts.funnel.table.rows.slice(0, 4)).toEqual([
      ["Aanmeldingen", "85"],
      ["Intakes", "84"],
      ["Plannen", "38"],
      ["Toegekend", "20"],
    ]);
  });

  it("shows only consented quotes and published stories", async () => {
    const page = await editionLoader(args(test.db, { editionId: "groningen-2020" }));
    const consented = await test.db
      .selectFrom("surveys")
      .select("quote")
      .where("edition_id", "=", "groningen-2020")
      .where("quote_consent", "=", true)
      .where("quote", "is not", null)
      .execute();
    const withheld = await test.db
      .selectFrom("surveys")
      .select("quote")
      .where("edition_id", "=", "groningen-2020")
      .where("quote_consent", "=", false)
      .where("quote", "is not", null)
      .execute();
    expect(page.details.quotes.sort()).toEqual(consented.map((q) => q.quote).sort());
    for (const { quote } of withheld) expect(page.details.quotes).not.toContain(quote);
    expect(page.details.stories.map((s) => s.initiative)).toContain("Matsie");
    const unpublished = await test.db
      .selectFrom("stories")
      .select("title")
      .where("published", "=", false)
      .execute();
    for (const { title } of unpublished)
      expect(page.details.stories.map((s) => s.title)).not.toContain(title);
  });

  it("a municipality page shows its editions over the years and the others as benchmark", async () => {
    const page = await municipalityLoader(args(test.db, { slug: "groningen" }));
    expect(page.municipality).toBe("Groningen");
    expect(page.overview.editions.map((e) => e.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022]);
    const others = await loadMetricsReport(test.db, { fromYear: 2017, toYear: 2022 }, new Date());
    const registrations = others.editions
      .filter((e) => e.municipality !== "Groningen")
      .reduce((sum, e) => sum + (e.metrics.registrations ?? 0), 0);
    const groningen = others.editions.filter((e) => e.municipality === "Groningen");
    // The funnel's table: a column per year, then the others together, then the latest change.
    const rows = tableRows(page.tables.funnel);
    expect(rows[0]).toEqual([
      "Cijfer",
      "2017",
      "2018",
      "2019",
      "2020",
      "2021",
      "2022",
      "Andere gemeenten (2017–2022)",
      "Verschil met het jaar ervoor",
    ]);
    const registrationsRow = rows.find((row) => row[0] === "Aanmeldingen");
    const latest = groningen.at(-1)?.metrics.registrations ?? 0;
    const before = groningen.at(-2)?.metrics.registrations ?? 0;
    expect(registrationsRow?.slice(1)).toEqual([
      ...groningen.map((e) => formatNumber(e.metrics.registrations, "nl")),
      formatNumber(registrations, "nl"),
      `${latest > before ? "+" : latest < before ? "−" : "±"}${formatNumber(Math.abs(latest - before), "nl")}`,
    ]);
    expect(page.others?.edition_count).toBe(others.editions.length - groningen.length);
  });

  it("computes page figures that survive JSON, in which app processes share them", async () => {
    const slugOf = (name: string) => name.toLowerCase();
    const models = [
      await listFilterOptions(test.db),
      await loadOverview(test.db, {}, "nl", { editions: "latest" }),
      await loadMunicipalityPage(test.db, "groningen", "en", slugOf),
      await loadEditionPage(test.db, "groningen-2020", "nl"),
    ];
    for (const model of models) {
      expect(model).toBeTruthy();
      expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    }
  });

  it("answers 404 for an edition, municipality or metric that does not exist", async () => {
    expect(await status(editionLoader(args(test.db, { editionId: "nergens-2020" })))).toBe(404);
    expect(await status(municipalityLoader(args(test.db, { slug: "atlantis" })))).toBe(404);
    expect(await status(definitionLoader(args(test.db, { metric: "geluk" })))).toBe(404);
    expect(await definitionLoader(args(test.db, { metric: "leverage" }))).toEqual({
      kind: "metric",
      key: "leverage",
    });
    // The evaluation's figures have definition pages of their own.
    expect(await definitionLoader(args(test.db, { metric: "itt" }))).toEqual({
      kind: "evaluation",
      key: "itt",
    });
  });

  it("writes the chart findings in the chosen language", async () => {
    const cookie = (await setLanguageCookie("en")).split(";")[0];
    const page = await editionLoader(args(test.db, { editionId: "groningen-2020" }, cookie));
    expect(page.charts.funnel.title).toMatch(/^Of 85 registrations, 20 received a microcredit/);
  });

  it("sends each page's charts as SVG and CSV files, the same as the page shows", async () => {
    const page = await editionLoader(args(test.db, { editionId: "groningen-2020" }));
    const svg = await editionChartFile(
      args(test.db, { editionId: "groningen-2020", file: "trechter.svg" }),
    );
    expect(svg.headers.get("Content-Type")).toBe("image/svg+xml; charset=utf-8");
    expect(svg.headers.get("Content-Disposition")).toBe('attachment; filename="trechter.svg"');
    expect(await svg.text()).toBe(page.charts.funnel.svg);
    const csv = await editionChartFile(
      args(test.db, { editionId: "groningen-2020", file: "trechter.csv" }),
    );
    expect(csv.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    // Read as bytes: Response.text() would drop the BOM that tells Excel it is UTF-8.
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.subarray(3).toString("utf8").split("\r\n").slice(1, 3)).toEqual([
      "Aanmeldingen;85",
      "Intakes;84",
    ]);

    const municipality = await municipalityLoader(args(test.db, { slug: "groningen" }));
    const perYear = await municipalityChartFile(
      args(test.db, { slug: "groningen", file: "trechter-per-jaar.svg" }),
    );
    expect(await perYear.text()).toBe(
      municipality.overview.charts.find((c) => c.id === "trechter-per-jaar")?.svg,
    );

    // The overview's charts follow the filters in the query, as the page does.
    const filtered = "http://localhost/grafieken/x?municipality=Groningen&to=2019";
    const overviewCsv = await overviewChartFile(
      args(test.db, { file: "trechter-per-jaar.csv" }, undefined, filtered),
    );
    const years = (await overviewCsv.text())
      .split("\r\n")
      .slice(1)
      .map((row) => row.split(";")[0]);
    expect(years).toEqual(["2017", "2018", "2019"]);
  });

  it("answers 404 for a chart file that is not on the page", async () => {
    for (const file of ["geluk.svg", "trechter.png", "trechter", "../trechter.svg"])
      expect(
        await status(editionChartFile(args(test.db, { editionId: "groningen-2020", file }))),
      ).toBe(404);
    expect(
      await status(
        editionChartFile(args(test.db, { editionId: "nergens-2020", file: "trechter.svg" })),
      ),
    ).toBe(404);
  });
});
