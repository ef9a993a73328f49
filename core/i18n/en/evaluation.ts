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
  "evaluation.page.title": "Evaluation: does the microcredit work?",
  "evaluation.page.nav": "Evaluation",
  "evaluation.page.intro":
    "Each edition funds the plans the jury rated best; the budget line is the lowest score that still got a microcredit. Plans just above and just below that line are alike, except that those above mostly got the money. This page compares how many of those plans were still running a year later.",
  "evaluation.page.bandwidth": "Bandwidth (score points around the line)",
  "evaluation.page.bandwidthHint":
    "Only plans less than this many points from the line count, the closer the heavier. Default 15.",
  "evaluation.page.estimate": "The difference at the budget line",
  "evaluation.page.editions": "Editions included: {editions}.",
  "evaluation.page.chart.title":
    "Difference in survival after a year at the budget line: {itt} percentage points (95% interval {low} to {high})",
  "evaluation.page.chart.titleNone":
    "Plans near the budget line still running after a year (no estimate)",
  "evaluation.page.chart.x": "Score relative to the budget line (points)",
  "evaluation.page.chart.y": "Still running after 12 months",
  "evaluation.page.chart.bin": "Score points from the line",
  "evaluation.page.chart.side": "Side of the line",
  "evaluation.page.chart.share": "Still running",
  "evaluation.page.chart.count": "Applicants",
  "evaluation.page.side.below": "below",
  "evaluation.page.side.above": "on or above",
  "evaluation.page.chart.legendDots":
    "Dots: the share still running after a year per group of scores (larger: more applicants). Lines: the fitted line on each side; the jump at 0 is the difference.",
  "evaluation.page.figures": "Figures",
  "evaluation.page.itt": "Difference at the line",
  "evaluation.page.interval": "95% interval",
  "evaluation.page.awardJump": "Jump in the chance of an award",
  "evaluation.page.wald": "Effect of an award itself",
  "evaluation.page.survivalBelow": "Survival just below the line",
  "evaluation.page.nBelow": "Applicants below",
  "evaluation.page.nAbove": "Applicants on or above",
  "evaluation.page.points": "{value} percentage points",
  "evaluation.page.range": "{low} to {high} percentage points",
  "evaluation.page.waldNone":
    "cannot be estimated (the jump in awards is below 20 percentage points)",
  "evaluation.page.tooFew":
    "Too few applicants near the line to say anything: at least 30 on each side are needed, and there are {below} below and {above} above. That is why no number is shown. Choose more editions or a wider bandwidth.",
  "evaluation.page.robustness": "With another bandwidth",
  "evaluation.page.robustnessIntro":
    "An estimate that changes much with the bandwidth is less firm. With too few applicants no number is shown.",
  "evaluation.page.robustness.bandwidth": "Bandwidth",
  "evaluation.page.robustness.caption":
    "The difference at the line at half and twice the bandwidth",
  "evaluation.page.criteria": "Does the assessment predict survival?",
  "evaluation.page.criteriaIntro":
    "Per criterion: the chance that a funded initiative still running after a year scored higher than one that stopped. 0.5 is no better than chance, 1 a perfect prediction.",
  "evaluation.page.criteria.caption": "Predictive value per criterion",
  "evaluation.page.criterion": "Criterion",
  "evaluation.page.auc": "Predictive value (AUC)",
  "evaluation.page.nActive": "Running",
  "evaluation.page.nInactive": "Stopped",
  "evaluation.page.criterionHigher":
    "Plans that scored high on {criterion} were more often still running after a year.",
  "evaluation.page.criterionLower":
    "Plans that scored high on {criterion} were less often still running after a year.",
  "evaluation.page.criterionNeutral":
    "A high score on {criterion} said little about whether a plan was still running after a year.",
  "evaluation.page.criterionNone":
    "Nothing can be said about {criterion}: there are no followed running and stopped initiatives with a score.",
  "evaluation.page.criteriaNone": "No criteria with followed initiatives in this selection.",
  "evaluation.page.comparison": "Funded against unfunded",
  "evaluation.page.comparisonText":
    "All followed funded initiatives against all followed applicants without a credit: {difference} percentage points difference in survival after a year (95% interval {low} to {high}; {funded} funded, {comparison} not). This is no effect: those without a credit had weaker plans on average.",
  "evaluation.page.comparisonNone":
    "The difference between funded and unfunded cannot be computed ({funded} funded and {comparison} unfunded initiatives followed).",
  "evaluation.page.cannot": "What this cannot say",
  "evaluation.page.cannot1":
    "The difference holds for plans near the line, not for the best or the weakest plans.",
  "evaluation.page.cannot2":
    "It needs applicants without a credit to be followed after a year too. Those not followed are missing; they do not count as stopped.",
  "evaluation.page.cannot3":
    "With one municipality's editions the interval is wide. That is the honest answer, not a failure.",
  "evaluation.page.cannot4":
    "Funded against unfunded is no effect: the groups already differed in the quality of their plans.",
  "evaluation.page.noEditions": "No editions match this choice.",
  "evaluation.page.definitions": "What the figures mean exactly: see the definitions.",
  "evaluation.page.editionAuc": "Predictive value of the assessment",
  "evaluation.page.editionAucIntro":
    "Over this edition's funded initiatives followed after a year: the chance that one still running scored higher on the criterion than one that stopped (0.5: no better than chance).",
  "evaluation.def.group": "Evaluation",
  "evaluation.def.itt.label": "Difference at the budget line",
  "evaluation.def.itt.formula":
    "Over the editions included: applicants with a 12-month measurement and a score less than h points from their edition's budget line (the lowest score with an award), weighted by 1 − |r|/h. A weighted straight line on each side; the difference is the jump in 12-month survival at the line, with a 95% interval from robust standard errors (HC1).",
  "evaluation.def.itt.caveat":
    "Holds for plans near the line. With fewer than 30 applicants on a side no number. Those not followed do not count.",
  "evaluation.def.award_jump.label": "Jump in the chance of an award",
  "evaluation.def.award_jump.formula":
    "The same estimate with ‘got an award’ instead of ‘still running’: how much the chance of a microcredit jumps at the line.",
  "evaluation.def.award_jump.caveat":
    "Below 1 where the jury departed from the order of the scores, or with equal scores at the line.",
  "evaluation.def.effect_wald.label": "Effect of an award",
  "evaluation.def.effect_wald.formula":
    "The difference at the budget line divided by the jump in the chance of an award; only where that jump is at least 0.2.",
  "evaluation.def.effect_wald.caveat":
    "Inherits the uncertainty of both estimates; holds for plans near the line.",
  "evaluation.def.survival_below.label": "Survival just below the line",
  "evaluation.def.survival_below.formula":
    "The predicted share still running after 12 months just below the budget line (the line below it at 0).",
  "evaluation.def.survival_below.caveat":
    "A prediction from the line, not a count; beside the difference it gives the scale.",
  "evaluation.def.criterion_auc.label": "Predictive value per criterion (AUC)",
  "evaluation.def.criterion_auc.formula":
    "Over funded applicants with a 12-month measurement and a score on the criterion: the chance that a random running initiative scored higher than a random stopped one; ties count half. Scores are first put on 0..100.",
  "evaluation.def.criterion_auc.caveat":
    "0.5 is chance. Speaks only of funded plans; with few followed initiatives it is uncertain.",
  "evaluation.def.funded_vs_comparison.label": "Difference funded and comparison group",
  "evaluation.def.funded_vs_comparison.formula":
    "12-month survival of funded initiatives minus that of followed applicants without a credit, with Newcombe's interval from the two Wilson intervals.",
  "evaluation.def.funded_vs_comparison.caveat":
    "No effect: those without a credit had weaker plans on average. Even without any effect the difference is positive.",
};
