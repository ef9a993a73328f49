import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ACTIVITY_KINDS } from "../../core/contract/enums";
import { translator } from "../../core/i18n/messages";
import {
  CASE_COUNT_LABELS,
  caseCountLabel,
  GROUP_LABELS,
  METRIC_DEFINITIONS,
  METRIC_GROUPS,
  METRIC_KEYS,
  METRIC_UNITS,
  metricDefinition,
  RATE_CASES,
} from "../../reports/metrics/definitions";

// Every name of shared/spec/metrics.md, as written there, in its order (the
// follow-up coverage of evaluation.md after the outcomes it is about).
const CATALOGUE = [
  "registrations",
  "intakes",
  "plans",
  "awarded",
  "award_rate",
  "budget",
  "microcredit_total",
  "budget_used",
  "microcredit_mean",
  "microcredit_median",
  "microcredit_min",
  "microcredit_max",
  "start_budget_total",
  "public_share",
  "leverage",
  "cofunding_per_euro",
  "follow_on_funding_12m",
  "follow_on_leverage",
  "total_leverage",
  "followed_12m",
  "survival_12m",
  "survival_12m_low",
  "survival_12m_high",
  "jobs_fte_12m",
  "jobs_distance_fte_12m",
  "volunteers_12m",
  "beneficiaries_12m",
  "revenue_12m",
  "partnerships_12m",
  "cost_per_beneficiary",
  "cost_per_job",
  "survival_12m_unfunded",
  "followup_rate_12m",
  "survival_12m_bound_low",
  "survival_12m_bound_high",
  "survival_12m_difference",
  "survival_12m_difference_low",
  "survival_12m_difference_high",
  "assessed",
  "score_mean_awarded",
  "score_mean_not_awarded",
  "assessor_spread",
  "score_survival_auc",
  "activities",
  "activity_hours",
  "activity_participants",
  "respondents",
  "satisfaction_mean",
  "nps",
  "returning_share",
  "word_of_mouth_share",
];

const PER_KIND = ACTIVITY_KINDS.flatMap((kind) => [
  `activities_${kind}`,
  `activity_hours_${kind}`,
  `activity_participants_${kind}`,
]);

describe("metric definitions", () => {
  it("define every catalogue metric by its exact name, in catalogue order, plus activities per kind", () => {
    expect(METRIC_KEYS.filter((key) => CATALOGUE.includes(key))).toEqual(CATALOGUE);
    expect([...METRIC_KEYS].sort()).toEqual([...CATALOGUE, ...PER_KIND].sort());
    expect(METRIC_DEFINITIONS.map((d) => d.key)).toEqual(METRIC_KEYS);
  });

  it("give each metric a group, a unit and texts in Dutch and English", () => {
    const [nl, en] = [translator("nl"), translator("en")];
    for (const definition of METRIC_DEFINITIONS) {
      expect(METRIC_GROUPS).toContain(definition.group);
      expect(METRIC_UNITS).toContain(definition.unit);
      expect([definition.label, definition.formula, definition.caveat]).toEqual([
        `catalogue.${definition.key}.label`,
        `catalogue.${definition.key}.formula`,
        `catalogue.${definition.key}.caveat`,
      ]);
      for (const text of [definition.label, definition.formula, definition.caveat]) {
        expect(nl(text).trim(), definition.key).not.toBe("");
        expect(en(text).trim(), definition.key).not.toBe("");
      }
      // a label may read the same in both ("Budget"), an explanation never
      expect(nl(definition.formula), definition.key).not.toBe(en(definition.formula));
      expect(nl(definition.caveat), definition.key).not.toBe(en(definition.caveat));
    }
    for (const group of METRIC_GROUPS) expect(nl(GROUP_LABELS[group])).not.toBe("");
  });

  it("label every metric differently within a language", () => {
    for (const language of ["nl", "en"] as const) {
      const t = translator(language);
      const labels = METRIC_DEFINITIONS.map((d) => t(d.label));
      expect(new Set(labels).size, language).toBe(labels.length);
    }
  });

  it("name the n of every rate, mean and median, and only of those", () => {
    const rates = METRIC_DEFINITIONS.filter((d) => d.n !== null).map((d) => d.key);
    expect(rates).toEqual(Object.keys(RATE_CASES));
    for (const definition of METRIC_DEFINITIONS) {
      const isRate = ["share", "ratio", "score", "rating", "probability", "nps"].includes(
        definition.unit,
      );
      if (isRate) expect(definition.n, definition.key).not.toBeNull();
    }
    expect(metricDefinition("survival_12m").n).toBe("followed_12m");
    expect(metricDefinition("survival_12m_unfunded").n).toBe("followed_12m_unfunded");
    expect(metricDefinition("registrations").n).toBeNull();
  });

  it("label every count a rate can rest on", () => {
    for (const definition of METRIC_DEFINITIONS) {
      if (definition.n) {
        expect(translator("nl")(caseCountLabel(definition.n)), definition.key).not.toBe("");
      }
    }
    expect(caseCountLabel("followed_12m")).toEqual(metricDefinition("followed_12m").label);
    expect(caseCountLabel("referred")).toEqual(CASE_COUNT_LABELS.referred);
  });
});

describe("docs/metrics.md", () => {
  it("lists every catalogue metric with its unit and n", () => {
    const page = readFileSync(new URL("../../docs/metrics.md", import.meta.url), "utf8");
    // one table row per metric; Markdown formatting pads the cells
    const rows = new Map(
      page
        .split("\n")
        .map((line) => line.split("|").map((cell) => cell.trim()))
        .filter((cells) => /^`\w+`$/.test(cells[1] ?? ""))
        .map((cells) => [cells[1]?.slice(1, -1), cells.slice(2, 5)]),
    );
    for (const definition of METRIC_DEFINITIONS) {
      if (!CATALOGUE.includes(definition.key)) continue;
      expect(rows.get(definition.key), definition.key).toEqual([
        translator("nl")(definition.label),
        definition.unit,
        definition.n ? `\`${definition.n}\`` : "",
      ]);
    }
  });
});
