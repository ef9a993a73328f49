// Every metric of the catalogue from the additive parts of one edition or of
// several summed together: ratios are recomputed from summed numerators and
// denominators, medians and the AUC from pooled rows, never averaged.

import { ACTIVITY_KINDS } from "../../core/contract/enums";
import type { EditionMetricInputs, MetricParts } from "../../core/metric-parts";
import { newcombeDifference } from "../evaluation/newcombe";
import {
  type ActivityKindKey,
  type CaseCountKey,
  METRIC_KEYS,
  type MetricKey,
  RATE_CASES,
  type RateKey,
} from "./definitions";
import { addMeasured, sumParts } from "./parts";
import { delta, deltaPct, safeRatio } from "./ratios";
import { netPromoterScore } from "./scores";
import { restsOnFewCases } from "./small-numbers";
import { aucWithTies, median, wilsonInterval } from "./statistics";

export type MetricValues = Record<MetricKey, number | null>;

/** The count a rate rests on, and whether that is fewer than 10 cases. */
export interface RateBasis {
  n: number;
  few_cases: boolean;
}

export interface MetricSet {
  metrics: MetricValues;
  rates: Record<RateKey, RateBasis>;
}

function caseCounts({ counts, pooled }: MetricParts): Record<CaseCountKey, number> {
  return {
    registrations: counts.registrations,
    awarded: counts.awarded,
    followed_12m: counts.followed_12m,
    followed_12m_unfunded: counts.followed_12m_unfunded,
    compared_12m: Math.min(counts.followed_12m, counts.followed_12m_unfunded),
    scored_awarded: counts.scored_awarded,
    scored_not_awarded: counts.scored_not_awarded,
    multi_assessed: counts.multi_assessed,
    scored_followed_12m: pooled.scores_active_12m.length + pooled.scores_inactive_12m.length,
    overall_answers: counts.overall_answers,
    recommend_answers: counts.recommend_answers,
    referred: counts.referred,
  };
}

function rateBases(parts: MetricParts): Record<RateKey, RateBasis> {
  const n = caseCounts(parts);
  const entries = Object.entries(RATE_CASES).map(([key, base]) => [
    key,
    { n: n[base], few_cases: restsOnFewCases(n[base]) },
  ]);
  return Object.fromEntries(entries) as Record<RateKey, RateBasis>;
}

function activityMetrics({
  counts,
  measured,
}: MetricParts): Record<ActivityKindKey, number | null> {
  const entries = ACTIVITY_KINDS.flatMap((kind) => [
    [`activities_${kind}`, counts[`activities_${kind}`]],
    [`activity_hours_${kind}`, measured[`activity_hours_${kind}`]],
    [`activity_participants_${kind}`, measured[`activity_participants_${kind}`]],
  ]);
  return Object.fromEntries(entries) as Record<ActivityKindKey, number | null>;
}

function extremes(values: readonly number[]): { min: number | null; max: number | null } {
  if (values.length === 0) return { min: null, max: null };
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, max };
}

/**
 * Follow-up coverage (evaluation.md): how many of the awarded were followed,
 * what survival would be if every unfollowed one had stopped or had gone on,
 * and funded minus comparison with Newcombe's interval, all from counts.
 */
function coverageMetrics({ counts: c }: MetricParts) {
  const unfollowed = c.awarded - c.followed_12m;
  const difference = newcombeDifference(
    c.active_12m,
    c.followed_12m,
    c.active_12m_unfunded,
    c.followed_12m_unfunded,
  );
  return {
    followup_rate_12m: safeRatio(c.followed_12m, c.awarded),
    survival_12m_bound_low: safeRatio(c.active_12m, c.awarded),
    survival_12m_bound_high: safeRatio(c.active_12m + unfollowed, c.awarded),
    survival_12m_difference: difference?.difference ?? null,
    survival_12m_difference_low: difference?.low ?? null,
    survival_12m_difference_high: difference?.high ?? null,
  };
}

/** Every catalogue metric, in catalogue order, and the n of every rate. */
export function deriveMetrics(parts: MetricParts): MetricSet {
  const { counts: c, amounts, measured: m, scoreSums, pooled } = parts;
  const micro = amounts.microcredit_total;
  const start = amounts.start_budget_total;
  const survival = wilsonInterval(c.active_12m, c.followed_12m);
  const microcredits = extremes(pooled.microcredits);
  const perKind = activityMetrics(parts);
  const values: MetricValues = {
    registrations: c.registrations,
    intakes: c.intakes,
    plans: c.plans,
    awarded: c.awarded,
    award_rate: safeRatio(c.awarded, c.registrations),
    budget: amounts.budget,
    microcredit_total: micro,
    budget_used: safeRatio(micro, amounts.budget),
    microcredit_mean: safeRatio(micro, c.awarded),
    microcredit_median: median(pooled.microcredits),
    microcredit_min: microcredits.min,
    microcredit_max: microcredits.max,
    start_budget_total: start,
    public_share: safeRatio(micro, start),
    leverage: safeRatio(start, micro),
    cofunding_per_euro: safeRatio(start - micro, micro),
    follow_on_funding_12m: m.follow_on_funding_12m,
    follow_on_leverage: safeRatio(m.follow_on_funding_12m, micro),
    total_leverage: safeRatio(start + (m.follow_on_funding_12m ?? 0), micro),
    followed_12m: c.followed_12m,
    survival_12m: safeRatio(c.active_12m, c.followed_12m),
    survival_12m_low: survival?.low ?? null,
    survival_12m_high: survival?.high ?? null,
    jobs_fte_12m: m.jobs_fte_12m,
    jobs_distance_fte_12m: m.jobs_distance_fte_12m,
    volunteers_12m: m.volunteers_12m,
    beneficiaries_12m: m.beneficiaries_12m,
    revenue_12m: m.revenue_12m,
    partnerships_12m: m.partnerships_12m,
    cost_per_beneficiary: safeRatio(micro, m.beneficiaries_12m),
    cost_per_job: safeRatio(micro, m.jobs_fte_12m),
    survival_12m_unfunded: safeRatio(c.active_12m_unfunded, c.followed_12m_unfunded),
    ...coverageMetrics(parts),
    assessed: c.assessed,
    score_mean_awarded: safeRatio(scoreSums.score_sum_awarded, c.scored_awarded),
    score_mean_not_awarded: safeRatio(scoreSums.score_sum_not_awarded, c.scored_not_awarded),
    assessor_spread: safeRatio(scoreSums.spread_sum, c.multi_assessed),
    score_survival_auc: aucWithTies(pooled.scores_active_12m, pooled.scores_inactive_12m),
    activities: ACTIVITY_KINDS.reduce((total, kind) => total + c[`activities_${kind}`], 0),
    activity_hours: ACTIVITY_KINDS.map((kind) => m[`activity_hours_${kind}`]).reduce(addMeasured),
    activity_participants: ACTIVITY_KINDS.map((kind) => m[`activity_participants_${kind}`]).reduce(
      addMeasured,
    ),
    ...perKind,
    respondents: c.respondents,
    satisfaction_mean: safeRatio(c.overall_sum, c.overall_answers),
    nps: netPromoterScore({
      promoters: c.promoters,
      detractors: c.detractors,
      answers: c.recommend_answers,
    }),
    returning_share: safeRatio(c.returning, c.registrations),
    word_of_mouth_share: safeRatio(c.word_of_mouth, c.referred),
  };
  return { metrics: inCatalogueOrder(values), rates: rateBases(parts) };
}

function inCatalogueOrder(values: MetricValues): MetricValues {
  return Object.fromEntries(METRIC_KEYS.map((key) => [key, values[key]])) as MetricValues;
}

export interface EditionMetrics extends MetricSet {
  edition_id: string;
  municipality: string;
  year: number;
  themes: string[];
  previous_edition_id: string | null;
  /** m(E) − m(previous); null without a previous edition or value. */
  delta: MetricValues;
  /** delta / m(previous); null where the previous value is null or 0. */
  delta_pct: MetricValues;
}

export interface AggregateMetrics extends MetricSet {
  edition_ids: string[];
}

function differences(
  current: MetricValues,
  previous: MetricValues | undefined,
  difference: (current: number | null, previous: number | null) => number | null,
): MetricValues {
  const entries = METRIC_KEYS.map((key) => [
    key,
    difference(current[key], previous?.[key] ?? null),
  ]);
  return Object.fromEntries(entries) as MetricValues;
}

const municipalityOrder = new Intl.Collator("nl").compare;

/**
 * The metrics of every selected edition, with the difference from its
 * previous edition, by municipality then year. The sort happens here, not in
 * SQL, so PGlite and PostgreSQL (whose collations differ) give one order.
 */
export function editionMetrics(inputs: readonly EditionMetricInputs[]): EditionMetrics[] {
  const derived = inputs.map((input) => ({ input, set: deriveMetrics(input.parts) }));
  const metricsById = new Map(derived.map(({ input, set }) => [input.edition_id, set.metrics]));
  return derived
    .filter(({ input }) => input.selected)
    .sort(
      (a, b) =>
        municipalityOrder(a.input.municipality, b.input.municipality) ||
        a.input.year - b.input.year,
    )
    .map(({ input, set }) => {
      const previous = input.previous_edition_id
        ? metricsById.get(input.previous_edition_id)
        : undefined;
      return {
        edition_id: input.edition_id,
        municipality: input.municipality,
        year: input.year,
        themes: input.themes,
        previous_edition_id: input.previous_edition_id,
        ...set,
        delta: differences(set.metrics, previous, delta),
        delta_pct: differences(set.metrics, previous, deltaPct),
      };
    });
}

/** One set of metrics over several editions, from their summed parts. */
export function aggregateMetrics(inputs: readonly EditionMetricInputs[]): AggregateMetrics {
  return {
    edition_ids: inputs.map((input) => input.edition_id),
    ...deriveMetrics(sumParts(inputs.map((input) => input.parts))),
  };
}
