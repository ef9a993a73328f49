// The null rules on parts without any rows; every metric on real rows is
// computed by hand in metrics.db.test.ts.
import { describe, expect, it } from "vitest";
import { emptyParts } from "../../core/metric-parts";
import { deriveMetrics } from "../../reports/metrics/compute";
import { METRIC_KEYS, RATE_CASES } from "../../reports/metrics/definitions";

describe("deriveMetrics on an edition without rows", () => {
  const { metrics, rates } = deriveMetrics(emptyParts(8000));

  it("lists every metric in catalogue order", () => {
    expect(Object.keys(metrics)).toEqual(METRIC_KEYS);
  });

  it("gives counts and required totals as 0, the budget as given", () => {
    for (const key of [
      "registrations",
      "intakes",
      "plans",
      "awarded",
      "followed_12m",
      "assessed",
      "activities",
      "activities_workshop",
      "respondents",
    ] as const) {
      expect(metrics[key], key).toBe(0);
    }
    expect(metrics.microcredit_total).toBe(0);
    expect(metrics.start_budget_total).toBe(0);
    expect(metrics.budget).toBe(8000);
  });

  it("gives sums of optional columns as null: not measured is not zero", () => {
    for (const key of [
      "follow_on_funding_12m",
      "jobs_fte_12m",
      "volunteers_12m",
      "beneficiaries_12m",
      "partnerships_12m",
      "revenue_12m",
      "activity_hours",
      "activity_participants",
      "activity_hours_workshop",
    ] as const) {
      expect(metrics[key], key).toBeNull();
    }
  });

  it("gives every rate as null, except the share of a known budget used (0 of 8000)", () => {
    for (const key of Object.keys(RATE_CASES) as (keyof typeof RATE_CASES)[]) {
      if (key === "budget_used") continue;
      expect(metrics[key], key).toBeNull();
      expect(rates[key], key).toEqual({ n: 0, few_cases: true });
    }
    expect(metrics.budget_used).toBe(0);
    expect(deriveMetrics(emptyParts(0)).metrics.budget_used).toBeNull();
  });
});
