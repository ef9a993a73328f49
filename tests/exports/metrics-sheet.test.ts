// The metrics sheet's small-number rule (metrics.md, "Small numbers"): in
// research scope a count of people from 1 to 4 shows as <5, and a change from
// or to such a count is left empty, since it would give the count away.
import { describe, expect, it } from "vitest";
import { type EditionMetricInputs, emptyParts } from "../../core/metric-parts";
import { metricsSheet, PERSON_COUNTS } from "../../reports/exports/metrics-sheet";
import type { ExportScope } from "../../reports/exports/scope";
import type { Cell } from "../../reports/exports/sheet";
import { aggregateMetrics, editionMetrics } from "../../reports/metrics/compute";
import { METRIC_DEFINITIONS } from "../../reports/metrics/definitions";
import type { MetricsReport } from "../../reports/metrics/report.server";

function zwolle(year: number, registrations: number): EditionMetricInputs {
  const parts = emptyParts(10_000);
  return {
    edition_id: `zwolle-${year}`,
    municipality: "Zwolle",
    year,
    themes: [],
    previous_edition_id: year > 2019 ? `zwolle-${year - 1}` : null,
    selected: true,
    parts: { ...parts, counts: { ...parts.counts, registrations, respondents: registrations } },
  };
}

const INPUTS = [zwolle(2019, 3), zwolle(2020, 8), zwolle(2021, 12), zwolle(2022, 0)];
const REPORT: MetricsReport = {
  generated_at: "2026-03-01T09:30:00Z",
  editions: editionMetrics(INPUTS),
  aggregate: aggregateMetrics(INPUTS),
};

async function columnsOf(scope: ExportScope, names: readonly string[]) {
  const sheet = metricsSheet(REPORT, scope, "nl");
  const headers = sheet.columns.map((column) => column.header);
  const rows: (readonly Cell[])[] = [];
  for await (const batch of sheet.batches()) rows.push(...batch);
  return names.map((name) => rows.map((row) => row[headers.indexOf(name)]));
}

describe("the metrics sheet", () => {
  it("has one column per metric, its change and relative change, and n beside a rate", () => {
    const headers = metricsSheet(REPORT, "full", "nl").columns.map((c) => c.header);
    expect(headers.slice(0, 4)).toEqual(["editie_id", "gemeente", "jaar", "vorige_editie_id"]);
    for (const { key, n } of METRIC_DEFINITIONS) {
      expect(headers).toContain(key);
      expect(headers).toContain(`${key}_delta`);
      expect(headers).toContain(`${key}_delta_pct`);
      expect(headers.includes(`${key}_n`)).toBe(n !== null);
    }
  });

  it("shows counts of people from 1 to 4 as <5 in research scope, and hides changes that tell", async () => {
    const [registrations, delta, pct, n] = await columnsOf("research", [
      "registrations",
      "registrations_delta",
      "registrations_delta_pct",
      "award_rate_n",
    ]);
    expect(registrations).toEqual(["<5", 8, 12, 0]);
    // 2020 comes from 3, which the change would give away; 2021 and 2022 do not.
    expect(delta).toEqual([null, null, 4, -12]);
    expect(pct).toEqual([null, null, 0.5, -1]);
    expect(n).toEqual(["<5", 8, 12, 0]);
  });

  it("shows every count as it is in full scope", async () => {
    const [registrations, delta, n] = await columnsOf("full", [
      "registrations",
      "registrations_delta",
      "award_rate_n",
    ]);
    expect(registrations).toEqual([3, 8, 12, 0]);
    expect(delta).toEqual([null, 5, 4, -12]);
    expect(n).toEqual([3, 8, 12, 0]);
  });

  it("leaves other counts and sums alone, and says so in the codebook", async () => {
    const [activities] = await columnsOf("research", ["activities"]);
    expect(activities).toEqual([0, 0, 0, 0]);
    const described = metricsSheet(REPORT, "research", "nl").columns;
    const personCounts: ReadonlySet<string> = PERSON_COUNTS;
    for (const column of described) {
      const suppressed = personCounts.has(column.header) || column.header.endsWith("_n");
      expect(column.codebook.type === "geheel getal, of <5", column.header).toBe(suppressed);
    }
  });

  it("writes survival's follow-up coverage beside it, with small counts as <5 in research scope", async () => {
    const parts = emptyParts(10_000);
    // 6 awards, 3 followed, 2 of them active: 50% followed, survival between 2/6 and 5/6
    const followed: EditionMetricInputs = {
      ...zwolle(2019, 8),
      previous_edition_id: null,
      parts: {
        ...parts,
        counts: { ...parts.counts, awarded: 6, followed_12m: 3, active_12m: 2 },
      },
    };
    const report: MetricsReport = {
      generated_at: REPORT.generated_at,
      editions: editionMetrics([followed]),
      aggregate: aggregateMetrics([followed]),
    };
    const coverage = async (scope: ExportScope) => {
      const sheet = metricsSheet(report, scope, "nl");
      const at = sheet.columns.findIndex((c) => c.header === "survival_12m_coverage");
      expect(sheet.columns[at - 2]?.header).toBe("survival_12m");
      for await (const batch of sheet.batches()) return batch[0]?.[at];
    };
    expect(await coverage("full")).toBe(
      "3 van 6 gevolgd (50%); tussen 33% en 83%: van 3 van de 6 initiatieven weten we het niet",
    );
    expect(await coverage("research")).toBe(
      "<5 van 6 gevolgd (50%); tussen 33% en 83%: van <5 van de 6 initiatieven weten we het niet",
    );
  });
});
