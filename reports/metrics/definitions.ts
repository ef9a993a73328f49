// The metric catalogue as data (shared/spec/metrics.md): one definition per
// figure, with its group, unit and the n it rests on; its label, formula and
// caveat are in the dictionary (core/i18n/*/catalogue.ts) under
// `catalogue.<key>.label`, `.formula` and `.caveat`. Definition pages, the
// export codebook and every table are generated from it. The keys are the
// catalogue's names and never change.
import { ACTIVITY_KINDS } from "../../core/contract/enums";
import type { MessageKey } from "../../core/i18n/messages";

export const METRIC_GROUPS = [
  "funnel",
  "funding",
  "outcomes",
  "assessment",
  "programme",
  "community",
] as const;
export type MetricGroup = (typeof METRIC_GROUPS)[number];

export const GROUP_LABELS = {
  funnel: "catalogue.group.funnel",
  funding: "catalogue.group.funding",
  outcomes: "catalogue.group.outcomes",
  assessment: "catalogue.group.assessment",
  programme: "catalogue.group.programme",
  community: "catalogue.group.community",
} as const satisfies Record<MetricGroup, MessageKey>;

/**
 * count: whole things; euro: money; share: a part of a whole (0..1);
 * share_difference: one share minus another (−1..1), read in percentage points;
 * ratio: euros per euro; score: 0..100; rating: a mark 1..10;
 * probability: 0..1; fte: full-time jobs; hours; nps: −100..100.
 */
export const METRIC_UNITS = [
  "count",
  "euro",
  "share",
  "share_difference",
  "ratio",
  "score",
  "rating",
  "probability",
  "fte",
  "hours",
  "nps",
] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

const activityCountKeys = ACTIVITY_KINDS.map((kind) => `activities_${kind}` as const);
const activityHourKeys = ACTIVITY_KINDS.map((kind) => `activity_hours_${kind}` as const);
const activityParticipantKeys = ACTIVITY_KINDS.map(
  (kind) => `activity_participants_${kind}` as const,
);
export type ActivityKindKey =
  | (typeof activityCountKeys)[number]
  | (typeof activityHourKeys)[number]
  | (typeof activityParticipantKeys)[number];

/** Every metric, in catalogue order; activities per kind follow their totals. */
export const METRIC_KEYS = [
  // funnel
  "registrations",
  "intakes",
  "plans",
  "awarded",
  "award_rate",
  // funding and leverage
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
  // outcomes after one year
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
  // follow-up coverage (shared/spec/evaluation.md)
  "followup_rate_12m",
  "survival_12m_bound_low",
  "survival_12m_bound_high",
  "survival_12m_difference",
  "survival_12m_difference_low",
  "survival_12m_difference_high",
  // assessment
  "assessed",
  "score_mean_awarded",
  "score_mean_not_awarded",
  "assessor_spread",
  "score_survival_auc",
  // programme and experience
  "activities",
  "activity_hours",
  "activity_participants",
  ...activityCountKeys,
  ...activityHourKeys,
  ...activityParticipantKeys,
  "respondents",
  "satisfaction_mean",
  "nps",
  // community
  "returning_share",
  "word_of_mouth_share",
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];
type CatalogueKey = Exclude<MetricKey, ActivityKindKey>;

/**
 * Counts that a rate can rest on but that are not metrics of their own. A
 * rate's n is one of these or one of the count metrics.
 */
export const CASE_COUNT_LABELS = {
  followed_12m_unfunded: "catalogue.count.followed_12m_unfunded",
  // A difference between two groups is as uncertain as its smaller group.
  compared_12m: "catalogue.count.compared_12m",
  scored_awarded: "catalogue.count.scored_awarded",
  scored_not_awarded: "catalogue.count.scored_not_awarded",
  multi_assessed: "catalogue.count.multi_assessed",
  scored_followed_12m: "catalogue.count.scored_followed_12m",
  overall_answers: "catalogue.count.overall_answers",
  recommend_answers: "catalogue.count.recommend_answers",
  referred: "catalogue.count.referred",
} as const satisfies Record<string, MessageKey>;

export type CaseCountKey =
  | "registrations"
  | "awarded"
  | "followed_12m"
  | keyof typeof CASE_COUNT_LABELS;

/** The n of every rate, mean and median: the count of cases it rests on. */
export const RATE_CASES = {
  award_rate: "registrations",
  budget_used: "awarded",
  microcredit_mean: "awarded",
  microcredit_median: "awarded",
  public_share: "awarded",
  leverage: "awarded",
  cofunding_per_euro: "awarded",
  follow_on_leverage: "followed_12m",
  total_leverage: "awarded",
  survival_12m: "followed_12m",
  survival_12m_low: "followed_12m",
  survival_12m_high: "followed_12m",
  cost_per_beneficiary: "followed_12m",
  cost_per_job: "followed_12m",
  survival_12m_unfunded: "followed_12m_unfunded",
  followup_rate_12m: "awarded",
  survival_12m_bound_low: "awarded",
  survival_12m_bound_high: "awarded",
  survival_12m_difference: "compared_12m",
  survival_12m_difference_low: "compared_12m",
  survival_12m_difference_high: "compared_12m",
  score_mean_awarded: "scored_awarded",
  score_mean_not_awarded: "scored_not_awarded",
  assessor_spread: "multi_assessed",
  score_survival_auc: "scored_followed_12m",
  satisfaction_mean: "overall_answers",
  nps: "recommend_answers",
  returning_share: "registrations",
  word_of_mouth_share: "referred",
} as const satisfies Partial<Record<MetricKey, CaseCountKey>>;
export type RateKey = keyof typeof RATE_CASES;

export interface MetricDefinition {
  key: MetricKey;
  group: MetricGroup;
  /** The dictionary keys of its texts: `catalogue.<key>.label` and so on. */
  label: MessageKey;
  unit: MetricUnit;
  /** How it is computed, in words. */
  formula: MessageKey;
  /** What to keep in mind when presenting it. */
  caveat: MessageKey;
  /** For a rate, mean or median: the count it rests on; null otherwise. */
  n: CaseCountKey | null;
}

/** Where a metric sits in the catalogue and what it counts in. */
type Placement = Pick<MetricDefinition, "group" | "unit">;

const CATALOGUE: Record<CatalogueKey, Placement> = {
  registrations: { group: "funnel", unit: "count" },
  intakes: { group: "funnel", unit: "count" },
  plans: { group: "funnel", unit: "count" },
  awarded: { group: "funnel", unit: "count" },
  award_rate: { group: "funnel", unit: "share" },
  budget: { group: "funding", unit: "euro" },
  microcredit_total: { group: "funding", unit: "euro" },
  budget_used: { group: "funding", unit: "share" },
  microcredit_mean: { group: "funding", unit: "euro" },
  microcredit_median: { group: "funding", unit: "euro" },
  microcredit_min: { group: "funding", unit: "euro" },
  microcredit_max: { group: "funding", unit: "euro" },
  start_budget_total: { group: "funding", unit: "euro" },
  public_share: { group: "funding", unit: "share" },
  leverage: { group: "funding", unit: "ratio" },
  cofunding_per_euro: { group: "funding", unit: "ratio" },
  follow_on_funding_12m: { group: "funding", unit: "euro" },
  follow_on_leverage: { group: "funding", unit: "ratio" },
  total_leverage: { group: "funding", unit: "ratio" },
  followed_12m: { group: "outcomes", unit: "count" },
  survival_12m: { group: "outcomes", unit: "share" },
  survival_12m_low: { group: "outcomes", unit: "share" },
  survival_12m_high: { group: "outcomes", unit: "share" },
  jobs_fte_12m: { group: "outcomes", unit: "fte" },
  jobs_distance_fte_12m: { group: "outcomes", unit: "fte" },
  volunteers_12m: { group: "outcomes", unit: "count" },
  beneficiaries_12m: { group: "outcomes", unit: "count" },
  revenue_12m: { group: "outcomes", unit: "euro" },
  partnerships_12m: { group: "outcomes", unit: "count" },
  cost_per_beneficiary: { group: "outcomes", unit: "euro" },
  cost_per_job: { group: "outcomes", unit: "euro" },
  survival_12m_unfunded: { group: "outcomes", unit: "share" },
  followup_rate_12m: { group: "outcomes", unit: "share" },
  survival_12m_bound_low: { group: "outcomes", unit: "share" },
  survival_12m_bound_high: { group: "outcomes", unit: "share" },
  survival_12m_difference: { group: "outcomes", unit: "share_difference" },
  survival_12m_difference_low: { group: "outcomes", unit: "share_difference" },
  survival_12m_difference_high: { group: "outcomes", unit: "share_difference" },
  assessed: { group: "assessment", unit: "count" },
  score_mean_awarded: { group: "assessment", unit: "score" },
  score_mean_not_awarded: { group: "assessment", unit: "score" },
  assessor_spread: { group: "assessment", unit: "score" },
  score_survival_auc: { group: "assessment", unit: "probability" },
  activities: { group: "programme", unit: "count" },
  activity_hours: { group: "programme", unit: "hours" },
  activity_participants: { group: "programme", unit: "count" },
  respondents: { group: "programme", unit: "count" },
  satisfaction_mean: { group: "programme", unit: "rating" },
  nps: { group: "programme", unit: "nps" },
  returning_share: { group: "community", unit: "share" },
  word_of_mouth_share: { group: "community", unit: "share" },
};

/** The per-kind siblings of activities, activity_hours and activity_participants sit with their totals. */
function kindPlacements(): Record<ActivityKindKey, Placement> {
  const entries = ACTIVITY_KINDS.flatMap((kind) => [
    [`activities_${kind}`, CATALOGUE.activities],
    [`activity_hours_${kind}`, CATALOGUE.activity_hours],
    [`activity_participants_${kind}`, CATALOGUE.activity_participants],
  ]);
  return Object.fromEntries(entries) as Record<ActivityKindKey, Placement>;
}

const PLACEMENTS: Record<MetricKey, Placement> = { ...CATALOGUE, ...kindPlacements() };

function rateCases(key: MetricKey): CaseCountKey | null {
  return (RATE_CASES as Partial<Record<MetricKey, CaseCountKey>>)[key] ?? null;
}

/** Every definition, in catalogue order. */
export const METRIC_DEFINITIONS: readonly MetricDefinition[] = METRIC_KEYS.map((key) => ({
  key,
  ...PLACEMENTS[key],
  label: `catalogue.${key}.label` as const,
  formula: `catalogue.${key}.formula` as const,
  caveat: `catalogue.${key}.caveat` as const,
  n: rateCases(key),
}));

const BY_KEY = new Map(METRIC_DEFINITIONS.map((definition) => [definition.key, definition]));

export function metricDefinition(key: MetricKey): MetricDefinition {
  return BY_KEY.get(key) as MetricDefinition;
}

/**
 * The metrics of a group as tables show them: the per-kind activity figures
 * are left out (they belong in the programme chart, not in every table).
 */
export function groupMetricKeys(group: MetricGroup): MetricKey[] {
  const perKind = new Set<string>([
    ...activityCountKeys,
    ...activityHourKeys,
    ...activityParticipantKeys,
  ]);
  return METRIC_DEFINITIONS.filter((d) => d.group === group && !perKind.has(d.key)).map(
    (d) => d.key,
  );
}

export function isRateKey(key: MetricKey): key is RateKey {
  return rateCases(key) !== null;
}

/** The label (a dictionary key) of the count a rate rests on. */
export function caseCountLabel(key: CaseCountKey): MessageKey {
  return key in CASE_COUNT_LABELS
    ? CASE_COUNT_LABELS[key as keyof typeof CASE_COUNT_LABELS]
    : metricDefinition(key as MetricKey).label;
}
