// The domain's shared shapes: which editions a question is about, the additive
// parts every metric is computed from, and the follow-up moment the catalogue
// reads. The database fills them, the reports compute from them.
import { ACTIVITY_KINDS } from "./contract/enums";

/** Which editions to compute; every given condition must hold. */
export interface EditionFilter {
  editionIds?: readonly string[];
  /** Matched without regard to case. */
  municipalities?: readonly string[];
  fromYear?: number;
  toYear?: number;
  /** One of the edition's themes, matched without regard to case. */
  theme?: string;
  /**
   * The user's scope (db/scope.ts): editions of other municipalities do not
   * exist for this query. Unlike `municipalities`, it is never user input.
   */
  visibleMunicipalities?: readonly string[];
}

/** Whole numbers that add up across editions; never null (0 when nothing). */
export const COUNT_PARTS = [
  "registrations",
  "intakes",
  "plans",
  "returning",
  // applicants with a known referral
  "referred",
  // applicants referred by word of mouth or a former participant
  "word_of_mouth",
  "awarded",
  "followed_12m",
  "active_12m",
  "followed_12m_unfunded",
  "active_12m_unfunded",
  "assessed",
  // assessed applicants with a score, with an award
  "scored_awarded",
  "scored_not_awarded",
  // applicants with two or more assessors
  "multi_assessed",
  "respondents",
  "overall_answers",
  "overall_sum",
  "recommend_answers",
  "promoters",
  "detractors",
  ...ACTIVITY_KINDS.map((kind) => `activities_${kind}` as const),
] as const;

/** Euro totals of required columns: exact to the cent, 0 when nothing. */
export const AMOUNT_PARTS = ["budget", "microcredit_total", "start_budget_total"] as const;

/**
 * Sums of optional columns (at most two decimals): null where no row gives a
 * value, because "not measured" is not "zero".
 */
export const MEASURED_PARTS = [
  "follow_on_funding_12m",
  "jobs_fte_12m",
  "jobs_distance_fte_12m",
  "volunteers_12m",
  "beneficiaries_12m",
  "revenue_12m",
  "partnerships_12m",
  ...ACTIVITY_KINDS.map((kind) => `activity_hours_${kind}` as const),
  ...ACTIVITY_KINDS.map((kind) => `activity_participants_${kind}` as const),
] as const;

/** Sums of 0..100 scores, to divide by their counts. */
export const SCORE_PARTS = ["score_sum_awarded", "score_sum_not_awarded", "spread_sum"] as const;

/** Rows that cannot be summed: medians, extremes and ranks need them all. */
export const POOLED_PARTS = [
  "microcredits",
  // scores of awarded applicants followed at 12 months and still active
  "scores_active_12m",
  // ... and no longer active
  "scores_inactive_12m",
] as const;

export type CountPart = (typeof COUNT_PARTS)[number];
export type AmountPart = (typeof AMOUNT_PARTS)[number];
export type MeasuredPart = (typeof MEASURED_PARTS)[number];
export type ScorePart = (typeof SCORE_PARTS)[number];
export type PooledPart = (typeof POOLED_PARTS)[number];

export interface MetricParts {
  counts: Record<CountPart, number>;
  amounts: Record<AmountPart, number>;
  measured: Record<MeasuredPart, number | null>;
  scoreSums: Record<ScorePart, number>;
  pooled: Record<PooledPart, number[]>;
}

export interface EditionMetricInputs {
  edition_id: string;
  municipality: string;
  year: number;
  themes: string[];
  /** The same municipality's edition with the greatest year below this one. */
  previous_edition_id: string | null;
  /** False for a predecessor loaded only for the year-over-year delta. */
  selected: boolean;
  parts: MetricParts;
}

function filled<K extends string, V>(keys: readonly K[], value: () => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value()])) as Record<K, V>;
}

/** The parts of an edition without any rows. */
export function emptyParts(budget = 0): MetricParts {
  return {
    counts: filled(COUNT_PARTS, () => 0),
    amounts: { ...filled(AMOUNT_PARTS, () => 0), budget },
    measured: filled(MEASURED_PARTS, () => null),
    scoreSums: filled(SCORE_PARTS, () => 0),
    pooled: filled(POOLED_PARTS, () => []),
  };
}

/**
 * The catalogue's O12: outcome rows at 12 months. The one follow-up moment
 * the parts read outcome rows at (a write to outcome rows at other moments
 * changes no part, and the import refreshes accordingly), and the status a
 * 360Giving grant reports.
 */
export const O12_MONTHS = 12;
