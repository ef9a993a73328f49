// Every metric of the catalogue on hand-made editions (hand-made-editions.ts),
// the arithmetic written out; then the demo dataset as a whole.
import { beforeAll, describe, expect, it } from "vitest";
import { ACTIVITY_KINDS, type ActivityKind } from "../../core/contract/enums";
import { DEFAULT_RUBRIC } from "../../core/rubric";
import { insertDataset } from "../../db/insert-dataset.server";
import type { EditionMetrics, MetricValues } from "../../reports/metrics/compute";
import { type ActivityKindKey, METRIC_KEYS } from "../../reports/metrics/definitions";
import { metricsJson } from "../../reports/metrics/json";
import {
  loadMetricsReport,
  type MetricsReport,
  UnknownEditionsError,
} from "../../reports/metrics/report.server";
import { weightedScore } from "../../reports/metrics/scores";
import { buildDemoDataset } from "../../seeds/demo";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { useTestDatabase } from "../support/test-db";
import { handMadeDataset } from "./hand-made-editions";

const AT = new Date("2026-01-01T00:00:00.000Z");

/** Every metric as expected: a number to 9 decimals, or null. */
function expectMetrics(actual: MetricValues, expected: MetricValues): void {
  for (const key of METRIC_KEYS) {
    const value = expected[key];
    if (value === null) expect(actual[key], key).toBeNull();
    else expect(actual[key], key).toBeCloseTo(value, 9);
  }
}

/** Activities per kind: [count, hours, participants]; a kind not given has none. */
function perKind(
  kinds: Partial<Record<ActivityKind, [number, number | null, number | null]>>,
): Record<ActivityKindKey, number | null> {
  const entries = ACTIVITY_KINDS.flatMap((kind) => {
    const [count, hours, participants] = kinds[kind] ?? [0, null, null];
    return [
      [`activities_${kind}`, count],
      [`activity_hours_${kind}`, hours],
      [`activity_participants_${kind}`, participants],
    ];
  });
  return Object.fromEntries(entries) as Record<ActivityKindKey, number | null>;
}

// Scores (0..100) of the hand-made applicants, from their rows:
// alphen-2019, default rubric (impact 0.3, four others 0.175; Σw = 1), scale 10:
//   a1 X: 100·(0.3·10 + 0.7·5)/10 = 65; Y: 100·(0.3·6 + 0.7·7)/10 = 67;
//      criterion means impact 8, others 6: 100·(2.4 + 4.2)/10 = 66; spread 67 − 65 = 2
//   a2 X only, all 7: 70 (single assessor: no spread)
//   a3 X and Y all 7 (X's `originaliteit` is outside the rubric): 70; spread 0
//   a4 X only, all 5: 50 (no award)
// alphen-2020, own rubric impact 2, haalbaarheid 1, bereik 1 (Σw = 4), scale 5:
//   b1 P: 100·(10 + 3 + 4)/20 = 85; Q: 100·(8 + 4 + 2)/20 = 70;
//      means 4.5, 3.5, 3: 100·(9 + 3.5 + 3)/20 = 77.5; spread 15
//   b2 P only (its `nieuw` is the default rubric's, not this one's): 100·(6 + 3 + 3)/20 = 60
//   b3 P: 100·(4 + 2 + 2)/20 = 40; Q: 100·(2 + 2 + 2.5)/20 = 32.5;
//      means 1.5, 2, 2.25: 100·(3 + 2 + 2.25)/20 = 36.25; spread 7.5 (no award)
// alphen-2021, default rubric, scale 10: c1 all 9: 90; c2 all 4: 40 (single assessors)

const ALPHEN_2019: MetricValues = {
  registrations: 6,
  intakes: 5, // a1..a5
  plans: 4, // a1..a4
  awarded: 3,
  award_rate: 3 / 6,
  budget: 10_000,
  microcredit_total: 4500.1, // 2000 + 1500 + 1000.10
  budget_used: 4500.1 / 10_000,
  microcredit_mean: 4500.1 / 3,
  microcredit_median: 1500, // 1000.10, 1500, 2000
  microcredit_min: 1000.1,
  microcredit_max: 2000,
  start_budget_total: 9500, // 4000 + 3000 + 2500
  public_share: 4500.1 / 9500,
  leverage: 9500 / 4500.1,
  cofunding_per_euro: (9500 - 4500.1) / 4500.1,
  // a1 1000 + a3 500.50; a2 not measured; a4 has no award; a1's 6-month row is not O12
  follow_on_funding_12m: 1500.5,
  follow_on_leverage: 1500.5 / 4500.1,
  total_leverage: (9500 + 1500.5) / 4500.1,
  followed_12m: 3, // a1, a2, a3
  survival_12m: 2 / 3, // a1 and a3 active
  // Wilson, 2 of 3: centre 0.573084, half 0.365424
  survival_12m_low: 0.207659598808,
  survival_12m_high: 0.938508055979,
  jobs_fte_12m: 2.75, // 1.5 + 0 + 1.25
  jobs_distance_fte_12m: 0.5, // 0.5 + 0; a3 not measured
  volunteers_12m: 10, // 4 + 6
  beneficiaries_12m: 150, // 100 + 50 (a4's 7 is the comparison group's)
  revenue_12m: 30_000.55, // 20000 + 10000.55
  partnerships_12m: 3, // 2 + 1
  cost_per_beneficiary: 4500.1 / 150,
  cost_per_job: 4500.1 / 2.75,
  survival_12m_unfunded: 1 / 2, // a4 stopped, a5 active
  // every award followed: both bounds are the survival itself
  followup_rate_12m: 3 / 3,
  survival_12m_bound_low: 2 / 3,
  survival_12m_bound_high: (2 + 0) / 3,
  // 2/3 − 1/2 = 1/6; Wilson 2 of 3: 0.207660..0.938508, 1 of 2: 0.094531..0.905469;
  // low = 1/6 − √((2/3 − 0.207660)² + (0.905469 − 1/2)²), high = 1/6 + √((0.938508 − 2/3)² + (1/2 − 0.094531)²)
  survival_12m_difference: 1 / 6,
  survival_12m_difference_low: -0.445781235081,
  survival_12m_difference_high: 0.654829226635,
  assessed: 4, // a1..a4
  score_mean_awarded: (66 + 70 + 70) / 3,
  score_mean_not_awarded: 50,
  assessor_spread: (2 + 0) / 2, // a1 and a3; a2 and a4 had one assessor
  // active a1 66, a3 70 against stopped a2 70: (66 < 70) 0 + (70 = 70) ½, of 2 pairs
  score_survival_auc: 0.5 / 2,
  activities: 4,
  activity_hours: 6.5, // 2 + 3 + 1.5; c1 has no hours
  activity_participants: 34, // 10 + 4 + 20; w2 has no participants
  ...perKind({ workshop: [2, 5, 10], coaching: [1, null, 4], network: [1, 1.5, 20] }),
  respondents: 4,
  satisfaction_mean: (8 + 6 + 9) / 3, // r3 gave no mark
  nps: (100 * (2 - 1)) / 3, // 10 and 9 promote, 6 detracts; r4 did not answer
  returning_share: 1 / 6, // a3
  word_of_mouth_share: 2 / 4, // a1 and a3 of a1, a2, a3, a5
};

const ALPHEN_2020: MetricValues = {
  registrations: 4,
  intakes: 3,
  plans: 3,
  awarded: 2,
  award_rate: 2 / 4,
  budget: 5000,
  microcredit_total: 2200.2, // 1000.20 + 1200
  budget_used: 2200.2 / 5000,
  microcredit_mean: 2200.2 / 2,
  microcredit_median: (1000.2 + 1200) / 2,
  microcredit_min: 1000.2,
  microcredit_max: 1200,
  start_budget_total: 4400.4, // 2000.40 + 2400
  public_share: 2200.2 / 4400.4,
  leverage: 4400.4 / 2200.2,
  cofunding_per_euro: (4400.4 - 2200.2) / 2200.2,
  follow_on_funding_12m: null, // followed, but never measured
  follow_on_leverage: null,
  total_leverage: (4400.4 + 0) / 2200.2, // empty follow-on funding counts as 0 here
  followed_12m: 2,
  survival_12m: 2 / 2,
  // Wilson, 2 of 2: 1 + z²/2 = 2.920729; centre 0.671190, half 0.328810
  survival_12m_low: 0.342380223955,
  survival_12m_high: 1,
  jobs_fte_12m: null,
  jobs_distance_fte_12m: null,
  volunteers_12m: null,
  beneficiaries_12m: null,
  revenue_12m: null,
  partnerships_12m: null,
  cost_per_beneficiary: null,
  cost_per_job: null,
  survival_12m_unfunded: null, // no comparison group
  followup_rate_12m: 2 / 2,
  survival_12m_bound_low: 2 / 2,
  survival_12m_bound_high: 2 / 2,
  survival_12m_difference: null, // no comparison group
  survival_12m_difference_low: null,
  survival_12m_difference_high: null,
  assessed: 3,
  score_mean_awarded: (77.5 + 60) / 2,
  score_mean_not_awarded: 36.25,
  assessor_spread: (15 + 7.5) / 2,
  score_survival_auc: null, // both followed are active: nothing to rank against
  activities: 1,
  activity_hours: 3,
  activity_participants: null,
  ...perKind({ masterclass: [1, 3, null] }),
  respondents: 0,
  satisfaction_mean: null,
  nps: null,
  returning_share: 1 / 4, // b1
  word_of_mouth_share: 2 / 3, // b1 and b3 of b1, b2, b3
};

const ALPHEN_2021: MetricValues = {
  registrations: 2,
  intakes: 2,
  plans: 2,
  awarded: 1,
  award_rate: 1 / 2,
  budget: 2000,
  microcredit_total: 900,
  budget_used: 900 / 2000,
  microcredit_mean: 900,
  microcredit_median: 900,
  microcredit_min: 900,
  microcredit_max: 900,
  start_budget_total: 1800,
  public_share: 900 / 1800,
  leverage: 1800 / 900,
  cofunding_per_euro: (1800 - 900) / 900,
  follow_on_funding_12m: null,
  follow_on_leverage: null,
  total_leverage: 1800 / 900,
  followed_12m: 0, // no outcome rows at all
  survival_12m: null,
  survival_12m_low: null,
  survival_12m_high: null,
  jobs_fte_12m: null,
  jobs_distance_fte_12m: null,
  volunteers_12m: null,
  beneficiaries_12m: null,
  revenue_12m: null,
  partnerships_12m: null,
  cost_per_beneficiary: null,
  cost_per_job: null,
  survival_12m_unfunded: null,
  // one award, not followed: anywhere from none to all still running
  followup_rate_12m: 0 / 1,
  survival_12m_bound_low: 0 / 1,
  survival_12m_bound_high: (0 + 1) / 1,
  survival_12m_difference: null,
  survival_12m_difference_low: null,
  survival_12m_difference_high: null,
  assessed: 2,
  score_mean_awarded: 90,
  score_mean_not_awarded: 40,
  assessor_spread: null, // single assessors only
  score_survival_auc: null,
  activities: 0,
  activity_hours: null,
  activity_participants: null,
  ...perKind({}),
  respondents: 1,
  satisfaction_mean: 10,
  nps: 100,
  returning_share: 0 / 2,
  word_of_mouth_share: 0 / 1, // c1 came by the campaign; c2 did not say
};

// A budget and nothing else: counts and required totals 0, everything else null.
const BEEK_2020: MetricValues = {
  registrations: 0,
  intakes: 0,
  plans: 0,
  awarded: 0,
  award_rate: null,
  budget: 8000,
  microcredit_total: 0,
  budget_used: 0 / 8000, // nothing awarded yet of a known budget: 0%, not unknown
  microcredit_mean: null,
  microcredit_median: null,
  microcredit_min: null,
  microcredit_max: null,
  start_budget_total: 0,
  public_share: null,
  leverage: null,
  cofunding_per_euro: null,
  follow_on_funding_12m: null,
  follow_on_leverage: null,
  total_leverage: null,
  followed_12m: 0,
  survival_12m: null,
  survival_12m_low: null,
  survival_12m_high: null,
  jobs_fte_12m: null,
  jobs_distance_fte_12m: null,
  volunteers_12m: null,
  beneficiaries_12m: null,
  revenue_12m: null,
  partnerships_12m: null,
  cost_per_beneficiary: null,
  cost_per_job: null,
  survival_12m_unfunded: null,
  followup_rate_12m: null, // no awards
  survival_12m_bound_low: null,
  survival_12m_bound_high: null,
  survival_12m_difference: null,
  survival_12m_difference_low: null,
  survival_12m_difference_high: null,
  assessed: 0,
  score_mean_awarded: null,
  score_mean_not_awarded: null,
  assessor_spread: null,
  score_survival_auc: null,
  activities: 0,
  activity_hours: null,
  activity_participants: null,
  ...perKind({}),
  respondents: 0,
  satisfaction_mean: null,
  nps: null,
  returning_share: null,
  word_of_mouth_share: null,
};

// Alphen over the three years: numerators and denominators summed first.
const ALPHEN_TOGETHER: MetricValues = {
  registrations: 12, // 6 + 4 + 2
  intakes: 10,
  plans: 9,
  awarded: 6,
  award_rate: 6 / 12,
  budget: 17_000,
  microcredit_total: 7600.3, // 4500.10 + 2200.20 + 900
  budget_used: 7600.3 / 17_000,
  microcredit_mean: 7600.3 / 6,
  // pooled: 900, 1000.10, 1000.20, 1200, 1500, 2000; not the mean of 1500, 1100.10 and 900
  microcredit_median: (1000.2 + 1200) / 2,
  microcredit_min: 900,
  microcredit_max: 2000,
  start_budget_total: 15_700.4, // 9500 + 4400.40 + 1800
  public_share: 7600.3 / 15_700.4,
  leverage: 15_700.4 / 7600.3,
  cofunding_per_euro: (15_700.4 - 7600.3) / 7600.3,
  follow_on_funding_12m: 1500.5, // only 2019 measured it
  follow_on_leverage: 1500.5 / 7600.3,
  total_leverage: (15_700.4 + 1500.5) / 7600.3,
  followed_12m: 5, // 3 + 2 + 0
  // 4 of 5, not the mean of 2/3 and 2/2 (0.833)
  survival_12m: 4 / 5,
  // Wilson, 4 of 5: 1 + z²/5 = 1.768292; centre 0.669655, half 0.294121
  survival_12m_low: 0.37553462703,
  survival_12m_high: 0.963775891774,
  jobs_fte_12m: 2.75,
  jobs_distance_fte_12m: 0.5,
  volunteers_12m: 10,
  beneficiaries_12m: 150,
  revenue_12m: 30_000.55,
  partnerships_12m: 3,
  cost_per_beneficiary: 7600.3 / 150,
  cost_per_job: 7600.3 / 2.75,
  survival_12m_unfunded: 1 / 2,
  // summed first: 5 of 6 awards followed, 4 of them active
  followup_rate_12m: 5 / 6,
  survival_12m_bound_low: 4 / 6,
  survival_12m_bound_high: (4 + 1) / 6,
  // 4/5 − 1/2 = 0.3 from the pooled counts; Wilson 4 of 5: 0.375535..0.963776, 1 of 2 as above
  survival_12m_difference: 0.3,
  survival_12m_difference_low: -0.287005789462,
  survival_12m_difference_high: 0.737295651405,
  assessed: 9,
  score_mean_awarded: (66 + 70 + 70 + 77.5 + 60 + 90) / 6,
  score_mean_not_awarded: (50 + 36.25 + 40) / 3,
  assessor_spread: (2 + 0 + 15 + 7.5) / 4,
  // active 66, 70, 77.5, 60 against stopped 70: 0 + ½ + 1 + 0, of 4 pairs
  score_survival_auc: 1.5 / 4,
  activities: 5,
  activity_hours: 9.5, // 6.5 + 3
  activity_participants: 34, // 34 + not measured
  ...perKind({
    workshop: [2, 5, 10],
    coaching: [1, null, 4],
    network: [1, 1.5, 20],
    masterclass: [1, 3, null],
  }),
  respondents: 5,
  satisfaction_mean: (23 + 10) / (3 + 1),
  nps: (100 * (3 - 1)) / (3 + 1),
  returning_share: 2 / 12,
  word_of_mouth_share: 4 / 8,
};

function edition(report: MetricsReport, editionId: string): EditionMetrics {
  const found = report.editions.find((e) => e.edition_id === editionId);
  if (!found) throw new Error(`${editionId} is not in the report`);
  return found;
}

describe("metrics on hand-made editions", () => {
  const test = useTestDatabase();
  let report: MetricsReport;

  beforeAll(async () => {
    await insertDataset(test.db, handMadeDataset());
    report = await loadMetricsReport(test.db, {}, AT);
  });

  it("lists the editions by municipality and year, each with its predecessor", () => {
    expect(
      report.editions.map((e) => [e.edition_id, e.municipality, e.year, e.previous_edition_id]),
    ).toEqual([
      ["alphen-2019", "Alphen", 2019, null],
      ["alphen-2020", "Alphen", 2020, "alphen-2019"],
      ["alphen-2021", "Alphen", 2021, "alphen-2020"],
      ["beek-2020", "Beek", 2020, null],
    ]);
    expect(report.generated_at).toBe("2026-01-01T00:00:00Z");
  });

  it("computes every metric of an edition on the default rubric with outcomes", () => {
    expectMetrics(edition(report, "alphen-2019").metrics, ALPHEN_2019);
  });

  it("computes every metric of an edition on its own rubric with a 5-point scale", () => {
    expectMetrics(edition(report, "alphen-2020").metrics, ALPHEN_2020);
  });

  it("computes every metric of an edition without outcomes", () => {
    expectMetrics(edition(report, "alphen-2021").metrics, ALPHEN_2021);
  });

  it("gives an empty edition zero counts and totals, and null ratios and optional sums", () => {
    expectMetrics(edition(report, "beek-2020").metrics, BEEK_2020);
  });

  it("keeps money exact to the cent", () => {
    const metrics = edition(report, "alphen-2019").metrics;
    expect(metrics.microcredit_total).toBe(4500.1);
    expect(metrics.revenue_12m).toBe(30_000.55);
    expect(metrics.follow_on_funding_12m).toBe(1500.5);
  });

  it("gives every rate its n and marks those on fewer than 10 cases", () => {
    const { rates } = edition(report, "alphen-2019");
    expect(rates.award_rate).toEqual({ n: 6, few_cases: true });
    expect(rates.survival_12m).toEqual({ n: 3, few_cases: true });
    expect(rates.survival_12m_unfunded).toEqual({ n: 2, few_cases: true });
    expect(rates.followup_rate_12m).toEqual({ n: 3, few_cases: true });
    // the smaller of the followed groups: 2 without an award against 3 with
    expect(rates.survival_12m_difference).toEqual({ n: 2, few_cases: true });
    expect(rates.score_mean_awarded).toEqual({ n: 3, few_cases: true });
    expect(rates.score_mean_not_awarded).toEqual({ n: 1, few_cases: true });
    expect(rates.assessor_spread).toEqual({ n: 2, few_cases: true });
    expect(rates.score_survival_auc).toEqual({ n: 3, few_cases: true });
    expect(rates.satisfaction_mean).toEqual({ n: 3, few_cases: true });
    expect(rates.nps).toEqual({ n: 3, few_cases: true });
    expect(rates.word_of_mouth_share).toEqual({ n: 4, few_cases: true });
    expect(rates.microcredit_median).toEqual({ n: 3, few_cases: true });
    expect(edition(report, "beek-2020").rates.award_rate).toEqual({ n: 0, few_cases: true });
  });

  it("has no difference for a first edition", () => {
    for (const id of ["alphen-2019", "beek-2020"]) {
      const { delta, delta_pct } = edition(report, id);
      expect(Object.keys(delta)).toEqual(METRIC_KEYS);
      expect(Object.values(delta).every((value) => value === null)).toBe(true);
      expect(Object.values(delta_pct).every((value) => value === null)).toBe(true);
    }
  });

  it("gives the difference from the previous edition, null where either is unknown", () => {
    const { delta, delta_pct } = edition(report, "alphen-2020");
    expect(delta.registrations).toBe(-2); // 4 − 6
    expect(delta_pct.registrations).toBeCloseTo(-2 / 6, 12);
    expect(delta.microcredit_total).toBe(-2299.9); // 2200.20 − 4500.10, to the cent
    expect(delta_pct.microcredit_total).toBeCloseTo(-2299.9 / 4500.1, 12);
    expect(delta.microcredit_median).toBe(-399.9); // 1100.10 − 1500
    expect(delta.survival_12m).toBeCloseTo(1 - 2 / 3, 11);
    expect(delta_pct.survival_12m).toBeCloseTo(1 / 3 / (2 / 3), 11);
    expect(delta.respondents).toBe(-4); // 0 − 4
    expect(delta_pct.respondents).toBe(-1);
    // unknown now or then: no difference
    expect(delta.follow_on_funding_12m).toBeNull();
    expect(delta.satisfaction_mean).toBeNull();
    expect(delta.score_survival_auc).toBeNull();

    const next = edition(report, "alphen-2021");
    expect(next.delta.respondents).toBe(1); // 1 − 0
    expect(next.delta_pct.respondents).toBeNull(); // … of 0: no percentage
    expect(next.delta.budget).toBe(-3000);
    expect(next.delta_pct.budget).toBe(-0.6);
  });

  it("sums a municipality over the years: ratios from summed parts, medians from pooled rows", async () => {
    const alphen = await loadMetricsReport(test.db, { municipalities: ["ALPHEN"] }, AT);
    expect(alphen.editions.map((e) => e.edition_id)).toEqual([
      "alphen-2019",
      "alphen-2020",
      "alphen-2021",
    ]);
    expect(alphen.aggregate.edition_ids).toEqual(["alphen-2019", "alphen-2020", "alphen-2021"]);
    expectMetrics(alphen.aggregate.metrics, ALPHEN_TOGETHER);
    expect(alphen.aggregate.metrics.microcredit_total).toBe(7600.3);
    expect(alphen.aggregate.metrics.start_budget_total).toBe(15_700.4);
    expect(alphen.aggregate.rates.survival_12m).toEqual({ n: 5, few_cases: true });
    expect(alphen.aggregate.rates.award_rate).toEqual({ n: 12, few_cases: false });
  });

  it("sums all municipalities in a year, keeping the previous editions for the deltas", async () => {
    const in2020 = await loadMetricsReport(test.db, { fromYear: 2020, toYear: 2020 }, AT);
    expect(in2020.editions.map((e) => e.edition_id)).toEqual(["alphen-2020", "beek-2020"]);
    // alphen-2019 is not selected but still the predecessor
    expect(edition(in2020, "alphen-2020").delta.registrations).toBe(-2);
    const together = in2020.aggregate.metrics;
    expect(together.budget).toBe(13_000); // 5000 + 8000
    expect(together.registrations).toBe(4); // 4 + 0
    expect(together.budget_used).toBeCloseTo(2200.2 / 13_000, 12);
    expect(together.survival_12m).toBe(1);
  });

  it("selects by theme and edition", async () => {
    const poverty = await loadMetricsReport(test.db, { theme: "armoede" }, AT);
    expect(poverty.editions.map((e) => e.edition_id)).toEqual([
      "alphen-2019",
      "alphen-2020",
      "beek-2020",
    ]);
    const one = await loadMetricsReport(test.db, { editionIds: ["alphen-2021"] }, AT);
    expect(one.editions.map((e) => e.edition_id)).toEqual(["alphen-2021"]);
    expect(one.editions[0]?.delta.awarded).toBe(-1); // 1 − 2
    expectMetrics(one.aggregate.metrics, ALPHEN_2021);
    const none = await loadMetricsReport(test.db, { municipalities: ["Cuijk"] }, AT);
    expect(none.editions).toEqual([]);
    expect(none.aggregate.metrics.registrations).toBe(0);
  });

  it("refuses editions that do not exist", async () => {
    const asked = loadMetricsReport(test.db, { editionIds: ["alphen-2021", "alphen-1999"] }, AT);
    await expect(asked).rejects.toThrow(UnknownEditionsError);
    await expect(asked).rejects.toThrow("De editie alphen-1999 bestaat niet.");
  });

  it("answers in the machine-readable form of the catalogue", () => {
    const json = metricsJson(report);
    expect(Object.keys(json)).toEqual(["generated_at", "editions", "aggregate"]);
    const [first] = json.editions;
    expect(Object.keys(first ?? {})).toEqual([
      "edition_id",
      "municipality",
      "year",
      "previous_edition_id",
      "metrics",
      "delta",
      "delta_pct",
    ]);
    expect(json.aggregate.edition_count).toBe(4);
    // survives a round trip through JSON unchanged: no NaN, no Infinity
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe("metrics on the demo dataset", () => {
  const test = useTestDatabase();
  const demo = buildDemoDataset();
  let report: MetricsReport;

  beforeAll(async () => {
    await loadDemoData(test.db);
    report = await loadMetricsReport(test.db, {}, AT);
  });

  it("has every catalogue metric for every edition, and the Groningen 2020 funnel", () => {
    const json = metricsJson(report);
    expect(json.editions).toHaveLength(13);
    for (const e of json.editions) {
      for (const part of [e.metrics, e.delta, e.delta_pct]) {
        expect(Object.keys(part), e.edition_id).toEqual(METRIC_KEYS);
      }
    }
    const groningen = json.editions.find((e) => e.edition_id === "groningen-2020");
    expect(groningen?.previous_edition_id).toBe("groningen-2019");
    expect(groningen?.metrics).toMatchObject({
      registrations: 85,
      intakes: 84,
      plans: 38,
      awarded: 20,
      award_rate: 20 / 85,
    });
  });

  it("agrees with the scores computed row by row from the demo's assessments", () => {
    // The database weighs thousands of scores; here the same formula runs per
    // applicant in plain code, from the rows the demo was built from.
    for (const e of demo.editions) {
      const own = demo.criteria.filter((c) => c.edition_id === e.edition_id);
      const rubric = own.length > 0 ? own : DEFAULT_RUBRIC;
      const awarded = new Set(
        demo.awards.filter((w) => w.edition_id === e.edition_id).map((w) => w.applicant_id),
      );
      const scores = new Map<string, number[]>();
      for (const s of demo.assessment_scores) {
        if (s.edition_id !== e.edition_id) continue;
        const key = `${s.applicant_id}|${s.criterion}`;
        scores.set(key, [...(scores.get(key) ?? []), Number(s.score)]);
      }
      const applicants = new Set(
        demo.assessments.filter((a) => a.edition_id === e.edition_id).map((a) => a.applicant_id),
      );
      const awardedScores = [...applicants]
        .filter((id) => awarded.has(id))
        .map(
          (id) =>
            weightedScore(
              rubric.map((c) => {
                const list = scores.get(`${id}|${c.criterion}`) ?? [];
                return {
                  weight: Number(c.weight),
                  meanScore: list.reduce((a, b) => a + b, 0) / list.length,
                };
              }),
              e.score_scale_max ?? 10,
            ) ?? 0,
        );
      const mean = awardedScores.reduce((a, b) => a + b, 0) / awardedScores.length;
      expect(edition(report, e.edition_id).metrics.score_mean_awarded, e.edition_id).toBeCloseTo(
        mean,
        9,
      );
    }
  });
});
