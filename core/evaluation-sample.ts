// What the evaluation (shared/spec/evaluation.md) is computed from: the
// selected editions with their rubric, and every assessed applicant with its
// score, award and 12-month outcome. The database fills it
// (db/queries/evaluation-sample.server.ts); reports/evaluation computes.

export interface EvaluationEdition {
  edition_id: string;
  municipality: string;
  year: number;
  /** The criterion keys of the edition's rubric (its criteria rows, else the default rubric). */
  criteria: string[];
  /** The labels its criteria rows give, by key; a criterion without one goes by its key. */
  labels?: Record<string, string>;
}

/** One assessed applicant: at least one assessment row. */
export interface EvaluationApplicant {
  edition_id: string;
  applicant_id: string;
  /**
   * score(a) on 0..100 as the catalogue computes it (applicant_scores); null
   * where none of the applicant's scores is on a criterion of the rubric.
   */
  score: number | null;
  awarded: boolean;
  /** `active` of the applicant's `months = 12` outcome row; null without one. */
  active_12m: boolean | null;
  /**
   * Per criterion of the edition's rubric that the applicant has a score on:
   * x(a) = 100 × mean over assessors of score_c / score_scale_max. Only
   * where the predictive value uses it (awarded, with a 12-month row); empty
   * for the others.
   */
  criteria: Record<string, number>;
}

export interface EvaluationSample {
  /** Every selected edition, by municipality, then year. */
  editions: EvaluationEdition[];
  applicants: EvaluationApplicant[];
}

/** Follow-up counts at 12 months over the selected editions (metrics.md). */
export interface FollowUpCounts {
  /** Awarded applicants with a `months = 12` row, and of them the active ones. */
  followed_12m: number;
  active_12m: number;
  /** Applicants without an award with a `months = 12` row (the comparison group). */
  followed_12m_unfunded: number;
  active_12m_unfunded: number;
}
