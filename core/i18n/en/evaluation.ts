// The evaluation's texts in English, key for key the Dutch ones.
import type { evaluationNl } from "../nl/evaluation";

export const evaluationEn: Record<keyof typeof evaluationNl, string> = {
  "evaluation.badBandwidth":
    "{option} must be a number of score points above 0 and at most 100, such as 15 or 7.5 (not “{value}”).",
  "evaluation.unknownMunicipality":
    "No editions of municipality {names}. Check the spelling; `impact metrics` shows every edition.",
  "evaluation.unknownParameter":
    "Unknown parameter: {names}. Possible are: edition, municipality, from, to, theme, bandwidth.",
  "evaluation.repeatedBandwidth": "Give bandwidth at most once.",
  "evaluation.title":
    "Does the microcredit work? The effect at the budget line, with a bandwidth of {bandwidth} score points",
  "evaluation.noEditions": "No editions match this choice.",
  "evaluation.editionsUsed":
    "Editions with applicants on both sides of the line: {count} ({editions}).",
  "evaluation.editionsLeftOut": "Left out: {list}.",
  "evaluation.reason.not_assessed": "{edition} (nobody assessed)",
  "evaluation.reason.no_funded_assessed": "{edition} (no assessed applicant with an award)",
  "evaluation.reason.no_unfunded_assessed": "{edition} (no assessed applicant without an award)",
  "evaluation.sample":
    "Near the line, measured after 12 months: {below} applicants below it, {above} on or above it.",
  "evaluation.tooFew":
    "Too few applicants near the line for an estimate: at least 30 on each side are needed.",
  "evaluation.singular": "No estimate: on one side of the line every applicant has the same score.",
  "evaluation.itt":
    "Difference in survival after 12 months at the line: {itt} percentage points (95% interval {low} to {high}).",
  "evaluation.survivalBelow": "Survival just below the line: {value}.",
  "evaluation.awardJump":
    "At the line the chance of an award jumps by {jump} percentage points; the effect of an award itself is then {wald} percentage points.",
  "evaluation.awardJumpSmall":
    "At the line the chance of an award jumps by only {jump} percentage points: too little to estimate the effect of an award itself.",
  "evaluation.robustness":
    "With bandwidth {bandwidth}: {itt} percentage points ({low} to {high}), {below} below, {above} above.",
  "evaluation.robustnessNone":
    "With bandwidth {bandwidth}: too few applicants ({below} below, {above} above).",
  "evaluation.criteria":
    "Does the assessment predict survival? Per criterion the chance that an initiative still running after a year scored higher than one that stopped (0.5: no better than chance):",
  "evaluation.criterion": "{criterion}: {auc} ({active} running, {inactive} stopped)",
  "evaluation.comparison":
    "Funded against the comparison group: {difference} percentage points difference in survival after 12 months (95% interval {low} to {high}; {funded} funded and {comparison} unfunded initiatives followed).",
  "evaluation.comparisonNone":
    "Funded against the comparison group: cannot be computed ({funded} funded and {comparison} unfunded initiatives followed).",
  "evaluation.caveat":
    "The difference at the line holds for plans near the line, not for every initiative. The comparison group is no experiment: those without a credit had weaker plans on average.",
};
