// The assessor calibration's texts in English, key for key the Dutch ones.
import type { calibrationNl } from "../nl/calibration";

export const calibrationEn: Record<keyof typeof calibrationNl, string> = {
  "calibration.title": "Assessor calibration: {edition}",
  "calibration.intro":
    "How lenient or strict each assessor scored beside the others who assessed the same plans, how much the assessors agreed, and whether the ranking changes when each assessor is read against their own mean and spread.",
  "calibration.assessors": "Assessors",
  "calibration.assessors.caption":
    "Leniency per assessor: the mean difference between their weighted score and the mean of all assessors of the same plan, in score points (0–100), over plans with two or more assessors. Positive: milder than the others.",
  "calibration.assessor": "Assessor",
  "calibration.assessorCode": "Assessor {n}",
  "calibration.plans": "Plans",
  "calibration.leniency": "Leniency",
  "calibration.agreement": "Agreement",
  "calibration.agreement.caption":
    "Krippendorff's alpha (interval metric) over the plans with two or more assessors: 1 is full agreement, 0 no more than chance; “–” where it cannot be computed.",
  "calibration.criterion": "Criterion",
  "calibration.alpha": "Alpha",
  "calibration.weighted": "Weighted score",
  "calibration.ranking": "Ranking",
  "calibration.ranking.caption":
    "Per plan the score (0–100) and the normalised score (the mean of its assessors' z-scores), with the place by each; equal values share the best place.",
  "calibration.applicant": "Applicant",
  "calibration.score": "Score",
  "calibration.normalised": "Normalised",
  "calibration.rank": "Place",
  "calibration.rankNormalised": "Place normalised",
  "calibration.flips": "Changes at {awards} awards: {applicants}.",
  "calibration.flipsNone": "No changes at {awards} awards.",
  "calibration.flips.about":
    "A change is a plan among the first {awards} by one ranking and not by the other.",
  "calibration.none": "Nobody in this edition was assessed.",
  "calibration.codes":
    "Assessors are shown as numbers here: their names are personal data only administrators see.",
  "calibration.link": "Assessor calibration",
  "calibration.linkAgreement":
    "Agreement of the assessors on the weighted score (Krippendorff's alpha): {alpha}.",
  "calibration.back": "Back to the edition",
  "workbook.sheet.calibration": "Calibration",
  "workbook.file.calibration": "calibration",
  "workbook.readme.calibrationSheet":
    "The calibration of the assessors per edition (shared/spec/evaluation.md, docs/decisions/025-assessor-calibration.md): per assessor the leniency, per criterion and on the weighted score the agreement (Krippendorff's alpha), per plan the score and the normalised score with their places and whether the plan changes places at the awards. In a research export assessors and applicants appear as their pseudonym, as on the Assessments sheet.",
  "workbook.source.calibration":
    "computed: impact assessment calibration --json (shared/spec/evaluation.md)",
  "workbook.calibration.edition_id.about": "The edition.",
  "workbook.calibration.figure.about":
    "What the row gives: leniency (an assessor), agreement (a criterion or weighted) or ranking (an applicant).",
  "workbook.calibration.assessor.about":
    "The assessor, with leniency; in a research export their pseudonym (B-…), the same as on the Assessments sheet.",
  "workbook.calibration.applicant.about":
    "The applicant, with ranking; in a research export its pseudonym (P-…).",
  "workbook.calibration.criterion.about":
    "The criterion, or weighted for the weighted score, with agreement.",
  "workbook.calibration.plans.about": "How many plans the assessor scored, with leniency.",
  "workbook.calibration.value.about":
    "leniency: mean difference from the mean of the same plan's assessors, in score points; agreement: Krippendorff's alpha; ranking: the score (0–100). Empty where it cannot be computed.",
  "workbook.calibration.normalised.about":
    "The mean of the plan's assessors' z-scores, with ranking.",
  "workbook.calibration.rank.about":
    "The place by score, highest first; equal values share the best place.",
  "workbook.calibration.rank_normalised.about": "The place by normalised score.",
  "workbook.calibration.flip.about":
    "Whether the plan is among the first k (the number of awards) by one ranking and not by the other.",
  "workbook.calibration.unit.value": "score points (0–100) or alpha (see figure)",
};
