// /evaluatie on the demo data: the figures are loadEvaluation's (the JSON's),
// in Dutch and English, for each role; a municipality user sees only their
// own editions; too few cases near the line show no number.
import { describe, expect, it } from "vitest";
import { setLanguageCookie } from "~/i18n/language.server";
import { loader as definitionLoader } from "~/routes/definities.$metric";
import { loader as editionLoader } from "~/routes/edities.$editionId";
import { loader } from "~/routes/evaluatie";
import { loader as chartFile } from "~/routes/evaluatie_.grafieken.$file";
import type { Role } from "../../core/accounts";
import type { Db } from "../../db/connection.server";
import { EVALUATION_KEYS } from "../../reports/evaluation/definitions";
import { loadEvaluation } from "../../reports/evaluation/report.server";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { loginAs, requestArgs } from "../support/session";
import { useTestDatabase } from "../support/test-db";

const ENGLISH = async () => (await setLanguageCookie("en")).split(";")[0] as string;

describe("the evaluation page", () => {
  const test = useTestDatabase();
  const sessions: Partial<Record<Role | "groningen", string>> = {};

  async function page(who: Role | "groningen", query = "", english = false) {
    const cookie = [sessions[who], english ? await ENGLISH() : ""].filter(Boolean).join("; ");
    return loader(requestArgs(test.db, `http://localhost/evaluatie${query}`, cookie));
  }

  it("shows researchers and administrators the evaluation of every edition, as the JSON computes it", async () => {
    await loadDemoData(test.db);
    sessions.researcher = await loginAs(test.db, "researcher");
    sessions.admin = await loginAs(test.db, "admin");
    sessions.groningen = await loginAs(test.db, "municipality", ["Groningen"]);
    const expected = await loadEvaluation(test.db as Db, {}, 15);
    for (const who of ["researcher", "admin"] as const) {
      const data = await page(who);
      expect(data.errors).toEqual([]);
      expect(data.page?.result).toEqual(expected);
      expect(data.options.municipalities).toContain("Leeuwarden");
    }
    const data = await page("researcher");
    const { rdd } = expected;
    // The demo has enough near the line over all its editions for a number.
    expect(rdd.reason).toBeNull();
    expect(rdd.n_below).toBeGreaterThanOrEqual(30);
    expect(rdd.itt).not.toBeNull();
    const chart = data.page?.chart;
    expect(chart?.title).toMatch(
      /^Verschil in voortbestaan na een jaar op de budgetgrens: [+-]?[\d,]+ procentpunt/,
    );
    expect(chart?.svg).toContain("<svg");
    // The table beside the chart: one row per bin, the applicants adding up to the sample.
    expect(chart?.table.columns).toEqual([
      "Scorepunten t.o.v. de grens",
      "Kant van de grens",
      "Loopt nog",
      "Aanvragers",
    ]);
    const counted = (chart?.table.rows ?? []).map((row) => Number(row[3]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(rdd.n_below + rdd.n_above);
    // A criterion's plain sentence and its counts.
    const draagvlak = data.page?.criteria.find((c) => c.key === "draagvlak");
    expect(draagvlak?.auc).toEqual(expected.criterion_auc.draagvlak);
    expect(draagvlak?.statement).toMatch(/Draagvlak/);
  });

  it("speaks English when asked", async () => {
    const data = await page("researcher", "", true);
    expect(data.page?.chart?.title).toMatch(
      /^Difference in survival after a year at the budget line: [+-]?[\d.]+ percentage points/,
    );
    expect(data.page?.chart?.table.columns[0]).toBe("Score points from the line");
    for (const c of data.page?.criteria ?? [])
      expect(c.statement).toMatch(/^(Plans|A high|Nothing)/);
    const dutch = await page("researcher");
    for (const c of dutch.page?.criteria ?? [])
      expect(c.statement).toMatch(/^(Plannen|Een hoge|Over)/);
  });

  it("shows a municipality user only their own editions, and another municipality not at all", async () => {
    for (const english of [false, true]) {
      const own = await page("groningen", "", english);
      expect(own.options.municipalities).toEqual(["Groningen"]);
      const used = [
        ...(own.page?.result.rdd.editions_used ?? []),
        ...(own.page?.result.rdd.editions_left_out.map((e) => e.edition_id) ?? []),
      ];
      expect(used.length).toBeGreaterThan(0);
      for (const id of used) expect(id).toMatch(/^groningen-/);
      expect(own.page?.result).toEqual(
        await loadEvaluation(test.db as Db, { municipalities: ["Groningen"] }, 15),
      );
      // The demo follows Groningen's unfunded plans: enough near the line for an estimate.
      const rdd = own.page?.result.rdd;
      expect(rdd?.reason).toBeNull();
      expect(rdd?.n_below).toBeGreaterThanOrEqual(30);
      expect(rdd?.n_above).toBeGreaterThanOrEqual(30);
      expect(own.page?.chart?.title).toMatch(
        english ? /^Difference in survival/ : /^Verschil in voortbestaan/,
      );
      const other = await page("groningen", "?municipality=Leeuwarden", english);
      expect(other.page).toBeNull();
      expect(other.errors).toEqual([
        english
          ? expect.stringMatching(/^No editions of municipality Leeuwarden/)
          : expect.stringMatching(/^Geen edities van gemeente Leeuwarden/),
      ]);
    }
  });

  it("says so where there are too few cases near the line, and shows no number", async () => {
    for (const english of [false, true]) {
      const data = await page("researcher", "?municipality=Groningen&from=2022&to=2022", english);
      const rdd = data.page?.result.rdd;
      expect(rdd?.reason).toBe("too_few");
      expect(Math.min(rdd?.n_below ?? 0, rdd?.n_above ?? 0)).toBeLessThan(30);
      expect(rdd?.itt).toBeNull();
      expect(data.page?.chart).toBeNull();
    }
    // Nor does the chart exist as a file.
    const missing = chartFile({
      ...requestArgs(
        test.db,
        "http://localhost/evaluatie/grafieken/evaluatie-grens.svg?municipality=Groningen&from=2022&to=2022",
        sessions.researcher,
      ),
      params: { file: "evaluatie-grens.svg" },
    });
    await expect(missing).rejects.toMatchObject({ status: 404 });
  });

  it("takes the bandwidth as a query parameter and says when it is wrong", async () => {
    const wide = await page("researcher", "?bandwidth=7,5");
    expect(wide.page?.result.rdd.bandwidth).toBe(7.5);
    expect(wide.page?.result.rdd.robustness.map((r) => r.bandwidth)).toEqual([3.75, 15]);
    const wrong = await page("researcher", "?bandwidth=veel");
    expect(wrong.page?.result.rdd.bandwidth).toBe(15);
    expect(wrong.errors).toEqual([expect.stringMatching(/“veel”/)]);
  });

  it("serves the chart as SVG and CSV with the page's filter", async () => {
    const file = await chartFile({
      ...requestArgs(
        test.db,
        "http://localhost/evaluatie/grafieken/evaluatie-grens.csv",
        sessions.researcher,
      ),
      params: { file: "evaluatie-grens.csv" },
    });
    expect(file.status).toBe(200);
    expect(await file.text()).toMatch(/^\uFEFF?Scorepunten t\.o\.v\. de grens;Kant van de grens/);
  });

  it("shows each criterion's predictive value on the edition page, as the evaluation computes it", async () => {
    const expected = await loadEvaluation(test.db as Db, { editionIds: ["groningen-2020"] }, 15);
    for (const english of [false, true]) {
      const cookie = [sessions.groningen, english ? await ENGLISH() : ""]
        .filter(Boolean)
        .join("; ");
      const edition = await editionLoader(
        requestArgs(
          test.db,
          "http://localhost/edities/groningen-2020",
          cookie,
          {},
          {
            editionId: "groningen-2020",
          },
        ),
      );
      expect(Object.fromEntries(edition.predictive.map((c) => [c.key, c.auc]))).toEqual(
        expected.criterion_auc,
      );
      const draagvlak = edition.predictive.find((c) => c.key === "draagvlak");
      expect(draagvlak?.auc.n_active).toBeGreaterThan(0);
      expect(draagvlak?.statement).toMatch(
        english ? /Draagvlak.*after a year/ : /Draagvlak.*na een jaar/,
      );
    }
  });

  it("asks for a login", async () => {
    await expect(loader(requestArgs(test.db, "http://localhost/evaluatie"))).rejects.toMatchObject({
      status: 302,
    });
  });

  it("has a definition page for each of the evaluation's figures", async () => {
    for (const key of EVALUATION_KEYS) {
      expect(
        await definitionLoader(
          requestArgs(test.db, "http://localhost/", undefined, {}, { metric: key }),
        ),
      ).toEqual({
        kind: "evaluation",
        key,
      });
    }
  });
});
