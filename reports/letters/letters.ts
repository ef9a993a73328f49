// The letters of an edition from their inputs: per assessed applicant the
// decision, its score per criterion beside the cohort's median and
// quartiles, its weighted score and its numbered comments. Pure.
import type { Language } from "../../core/language";
import type { CalibrationInput } from "../../db/queries/calibration-inputs.server";
import type { LetterInputs } from "../../db/queries/letter-inputs.server";
import { criterionName } from "../evaluation/page.server";
import { type CohortSpread, cohortSpread } from "./cohort";
import { type NumberedComment, numberComments } from "./comments";

export interface LetterScore {
  /** The applicant's figure: per criterion the mean over its assessors; null without one. */
  score: number | null;
  cohort: CohortSpread | null;
}

export interface LetterCriterion extends LetterScore {
  key: string;
  label: string;
  /** The criterion's share of the rubric's weight, 0..1. */
  share: number;
}

export interface LetterModel {
  language: Language;
  edition: { edition_id: string; name: string };
  applicant: { applicant_id: string; initiative: string; entrepreneur: string | null };
  /** The microcredit awarded, or null: not awarded. */
  microcredit_eur: number | null;
  assessors: number;
  score_scale_max: number;
  /** The rubric's criteria, heaviest first; scores on 0..score_scale_max. */
  criteria: LetterCriterion[];
  /** score(a) on 0..100. */
  weighted: LetterScore;
  comments: NumberedComment[];
  generatedAt: string;
}

export interface LetterSettings {
  language: Language;
  generatedAt: string;
}

/** Per applicant, per criterion: the mean of its assessors' scores. */
function criterionMeans(scores: CalibrationInput["scores"]): Map<string, Map<string, number>> {
  const sums = new Map<string, Map<string, { sum: number; n: number }>>();
  for (const { applicant_id, criterion, score } of scores) {
    const ofApplicant = sums.get(applicant_id) ?? new Map<string, { sum: number; n: number }>();
    const total = ofApplicant.get(criterion) ?? { sum: 0, n: 0 };
    ofApplicant.set(criterion, { sum: total.sum + score, n: total.n + 1 });
    sums.set(applicant_id, ofApplicant);
  }
  return new Map(
    [...sums].map(([applicant, ofApplicant]) => [
      applicant,
      new Map([...ofApplicant].map(([criterion, { sum, n }]) => [criterion, sum / n])),
    ]),
  );
}

/** The cohort's figures: what each assessed applicant has, where it has one. */
function spreadOver(values: (number | null | undefined)[]): CohortSpread | null {
  return cohortSpread(values.filter((v): v is number => typeof v === "number"));
}

/**
 * One letter per applicant in `inputs` (the assessed ones), in their order.
 * The cohort is the same applicants: assessed in this edition.
 */
export function buildLetters(
  scoring: CalibrationInput,
  inputs: LetterInputs,
  settings: LetterSettings,
): LetterModel[] {
  const means = criterionMeans(scoring.scores);
  const weightedOf = new Map(scoring.applicantScores.map((s) => [s.applicant_id, s.score]));
  const ids = inputs.applicants.map((a) => a.applicant_id);
  const totalWeight = scoring.rubric.reduce((sum, c) => sum + c.weight, 0);
  const rubric = scoring.rubric.map((c) => ({
    key: c.criterion,
    label: criterionName(c.criterion, inputs.labels),
    share: c.weight / totalWeight,
    cohort: spreadOver(ids.map((id) => means.get(id)?.get(c.criterion))),
  }));
  const weightedCohort = spreadOver(ids.map((id) => weightedOf.get(id)));
  const commentsOf = new Map<string, string[]>();
  for (const { applicant_id, comment } of inputs.comments) {
    commentsOf.set(applicant_id, [...(commentsOf.get(applicant_id) ?? []), comment]);
  }
  return inputs.applicants.map((a) => ({
    language: settings.language,
    edition: inputs.edition,
    applicant: {
      applicant_id: a.applicant_id,
      initiative: a.initiative,
      entrepreneur: a.entrepreneur,
    },
    microcredit_eur: a.microcredit_eur,
    assessors: a.assessors,
    score_scale_max: scoring.score_scale_max,
    criteria: rubric.map((c) => ({ ...c, score: means.get(a.applicant_id)?.get(c.key) ?? null })),
    weighted: { score: weightedOf.get(a.applicant_id) ?? null, cohort: weightedCohort },
    comments: numberComments(commentsOf.get(a.applicant_id) ?? []),
    generatedAt: settings.generatedAt,
  }));
}
