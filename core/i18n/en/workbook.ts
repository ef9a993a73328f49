// The exports' texts in English, key for key the Dutch ones. Sheet names,
// file names and headers are part of what researchers' programs read.
import type { workbookNl } from "../nl/workbook";

export const workbookEn: Record<keyof typeof workbookNl, string> = {
  "workbook.yes": "yes",
  "workbook.no": "no",
  "workbook.dateFormat": "yyyy-mm-dd",
  "workbook.fileName.research": "research",
  "workbook.fileName.full": "full",
  "workbook.aborted": "The export was stopped: its recipient went away.",

  "workbook.sheet.readme": "Read me",
  "workbook.sheet.codebook": "Codebook",
  "workbook.sheet.metrics": "Metrics",
  "workbook.sheet.evaluation": "Evaluation",
  "workbook.file.readme": "read-me",
  "workbook.file.codebook": "codebook",
  "workbook.file.metrics": "metrics",
  "workbook.file.evaluation": "evaluation",

  "workbook.readme.topic": "Topic",
  "workbook.readme.text": "Explanation",
  "workbook.readme.title.research": "SOC Impact Monitor: research file (pseudonymised)",
  "workbook.readme.title.full": "SOC Impact Monitor: full file (confidential, with personal data)",
  "workbook.readme.what": "What",
  "workbook.readme.whatText":
    "The data of the Social Entrepreneurs Challenge: editions, assessment criteria, registrations, assessments, awards, outcomes, surveys, programme and stories, and the metrics per edition with the change from the previous edition.",
  "workbook.readme.generatedAt": "Made at",
  "workbook.readme.selection": "Choice of editions",
  "workbook.readme.filter.all": "all editions",
  "workbook.readme.filter.editions": "edition {editions}",
  "workbook.readme.filter.municipalities": "municipality {municipalities}",
  "workbook.readme.filter.from": "from {year}",
  "workbook.readme.filter.to": "up to and including {year}",
  "workbook.readme.filter.theme": "theme {theme}",
  "workbook.readme.editions": "Editions",
  "workbook.readme.editionCount.one": "{count} edition",
  "workbook.readme.editionCount.other": "{count} editions",
  "workbook.readme.version": "Version of the data",
  "workbook.readme.versionText": "import {id} of {at}",
  "workbook.readme.noImports": "data loaded outside the import",
  "workbook.readme.licence": "Licence",
  "workbook.readme.licenceText.research":
    "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Credit: SOC Impact Monitor, Social Entrepreneurs Challenge.",
  "workbook.readme.licenceText.full":
    "No open licence: confidential, contains personal data. For administrators only; do not share.",
  "workbook.readme.pseudonyms": "Pseudonyms",
  "workbook.readme.pseudonymsText.research":
    "Each registration has a fixed pseudonym (P-…) instead of its applicant_id: an HMAC-SHA256 with this installation's secret key. The same registration has the same pseudonym in every export; without the key it cannot be reversed. Assessors have a pseudonym per edition (B-…).",
  "workbook.readme.pseudonymsText.full":
    "The real applicant_ids, with the research pseudonym beside them, so that questions about a pseudonym can be answered.",
  "workbook.readme.withheld": "Left out",
  "workbook.readme.withheldText.research":
    "Names, e-mail addresses and phone numbers of entrepreneurs, the assessors' comments and the assessors' names.",
  "workbook.readme.withheldText.full": "Nothing.",
  "workbook.readme.quotes": "Quotes",
  "workbook.readme.quotesText.research":
    "Survey quotes only where the participant consented; stories only where published.",
  "workbook.readme.quotesText.full":
    "Every quote and story, also without consent or publication: do not publish.",
  "workbook.readme.smallNumbers": "Small numbers",
  "workbook.readme.smallNumbersText.research":
    "On the Metrics sheet a count of registrations or respondents from 1 to 4 shows as <5, and so does the number of cases under a rate; the change from the previous edition is then left empty. The codebook says which columns. A rate on fewer than 10 cases is uncertain: the _n column beside it says how many it rests on.",
  "workbook.readme.smallNumbersText.full": "Not applied: every count as it is.",
  "workbook.readme.consistency": "Snapshot",
  "workbook.readme.consistencyText.oneState":
    "Every sheet shows the data as it was when the export began (the version above). An import that finished while it was being made is in the next export.",
  "workbook.readme.consistencyText.sheetBySheet":
    "The sheets are read one after the other. An import that finished while the export was being made may show in one sheet and not in another: make the export again then.",
  "workbook.readme.codebook": "Codebook",
  "workbook.readme.codebookText": "Every column of every sheet is described on the Codebook sheet.",
  "workbook.readme.values": "Values",
  "workbook.readme.valuesText":
    "Amounts in euros as numbers with a euro format, shares as numbers from 0 to 1 (shown as a percentage), dates as dates, yes/no as text. An empty cell means: not given, or not computable.",
  "workbook.readme.sheet": "Sheet {sheet}",
  "workbook.readme.codebookSheet": "Description of every column of every sheet.",
  "workbook.readme.metricsSheet":
    "The metrics per edition (see docs/metrics.md), with for each metric the change from the same municipality's previous edition (_delta) and that change as a part of the previous value (_delta_pct).",

  "workbook.codebook.sheet": "sheet",
  "workbook.codebook.column": "column",
  "workbook.codebook.description": "description",
  "workbook.codebook.unit": "unit",
  "workbook.codebook.type": "type",
  "workbook.codebook.allowed": "allowed_values",
  "workbook.codebook.source": "source",
  "workbook.codebook.about.sheet": "The sheet the column is on.",
  "workbook.codebook.about.column": "The column's name in the header row.",
  "workbook.codebook.about.description": "What the column holds.",
  "workbook.codebook.about.unit": "The unit of a number.",
  "workbook.codebook.about.type": "The kind of value.",
  "workbook.codebook.about.allowed": "The values that can occur.",
  "workbook.codebook.about.source": "Where the value comes from.",
  "workbook.codebook.about.topic": "The topic.",
  "workbook.codebook.about.text": "What there is to know about it.",

  "workbook.type.text": "text",
  "workbook.type.slug": "code (lower-case letters, digits, hyphens)",
  "workbook.type.email": "e-mail address",
  "workbook.type.kvk": "KvK number (8 digits)",
  "workbook.type.logical": "true/false (TRUE/FALSE)",
  "workbook.type.list": "text: list separated by semicolons",
  "workbook.type.integer": "whole number",
  "workbook.type.decimal": "number",
  "workbook.type.euro": "amount in euros",
  "workbook.type.bool": "yes/no",
  "workbook.type.date": "date",
  "workbook.type.enum": "choice from a list",
  "workbook.type.share": "share (0–1)",
  "workbook.type.countOrSuppressed": "whole number, or <5",

  "workbook.allowed.atMost": "{count} characters at most",
  "workbook.allowed.slug": "a–z, 0–9 and -",
  "workbook.allowed.pseudonym": "P- and 16 hexadecimal digits",
  "workbook.allowed.assessorPseudonym": "B- and 16 hexadecimal digits",

  "workbook.unit.count": "count",
  "workbook.unit.euro": "euro",
  "workbook.unit.share": "share (0–1)",
  "workbook.unit.share_difference": "difference of shares (−1–1)",
  "workbook.unit.ratio": "euros per euro",
  "workbook.unit.score": "score (0–100)",
  "workbook.unit.rating": "mark (1–10)",
  "workbook.unit.probability": "probability (0–1)",
  "workbook.unit.fte": "FTE",
  "workbook.unit.hours": "hours",
  "workbook.unit.nps": "NPS (−100 to 100)",

  "workbook.source.contract": "import: sheet {sheet}, column {column}",
  "workbook.source.criterion": "import: sheet assessments, column {criterion}",
  "workbook.source.pseudonym": "derived from edition_id and applicant_id (HMAC-SHA256)",
  "workbook.source.assessorPseudonym": "derived from edition_id and assessor (HMAC-SHA256)",
  "workbook.source.metric": "computed: metric {metric} (docs/metrics.md)",
  "workbook.source.report": "computed: the same municipality's previous edition",
  "workbook.source.export": "this export",
  "workbook.readme.evaluationSheet":
    "The evaluation over this export's editions (shared/spec/evaluation.md, docs/decisions/020-evaluation.md): the difference in 12-month survival at the budget line at bandwidth 15 and at half and twice it, the jump in awards, the predictive value per criterion and funded against the comparison group. Totals only, one row per figure.",
  "workbook.source.evaluation": "computed: impact evaluate --json (shared/spec/evaluation.md)",
  "workbook.evaluation.unit.points": "score points (0–100)",
  "workbook.evaluation.unit.value": "share, difference of shares or probability (see figure)",
  "workbook.evaluation.figure.about":
    "Which figure: itt (difference at the budget line), award_jump (jump in the chance of an award), effect_wald (itt / award_jump), survival_below (survival just below the line), criterion_auc (predictive value of a criterion), funded_vs_comparison (funded minus comparison group, no effect). See /definities in the app.",
  "workbook.evaluation.criterion.about": "The criterion, for criterion_auc; empty otherwise.",
  "workbook.evaluation.bandwidth.about":
    "The bandwidth h in score points around the budget line, for the figures at the line; itt is also given at h/2 and 2h.",
  "workbook.evaluation.value.about":
    "The figure; empty where it cannot be estimated (see reason), for effect_wald also where award_jump is below 0.2.",
  "workbook.evaluation.low.about":
    "Lower bound of the 95% interval (itt: HC1; funded_vs_comparison: Newcombe).",
  "workbook.evaluation.high.about": "Upper bound of the 95% interval.",
  "workbook.evaluation.n_1.about":
    "What the figure rests on, first group: applicants on or above the line within the bandwidth (itt and related), running initiatives (criterion_auc) or followed funded initiatives (funded_vs_comparison).",
  "workbook.evaluation.n_0.about":
    "Second group: applicants below the line within the bandwidth, stopped initiatives or followed applicants without an award.",
  "workbook.evaluation.reason.about":
    "Why there is no estimate: too_few (fewer than 30 on a side), singular (every score the same on a side); empty with an estimate.",

  "workbook.column.pseudonym": "pseudonym",
  "workbook.column.pseudonym.about":
    "Fixed pseudonym of the registration: HMAC-SHA256 of edition_id and applicant_id with this installation's secret key. The same in every export; cannot be reversed without the key.",
  "workbook.column.assessorPseudonym.about":
    "In the research version: a pseudonym of the assessor within the edition, instead of the name.",
  "workbook.column.criterion.about":
    "The assessor's score on the criterion {criterion}, on the edition's scale (0 to score_scale_max); empty where the criterion is not in the edition's rubric.",
  "workbook.column.previousEdition": "previous_edition_id",
  "workbook.column.previousEdition.about":
    "The same municipality's edition with the greatest year before this one; empty where there is none.",
  "workbook.column.n.about": "The number of cases '{label}' rests on: {cases}.",
  "workbook.column.coverage.about":
    "How many awarded initiatives '{label}' rests on were followed, in words; below 80% also between which bounds the rate lies if the unfollowed all stopped or all went on (followup_rate_12m, survival_12m_bound_low, survival_12m_bound_high).",
  "workbook.column.delta.about":
    "'{label}' of this edition minus that of the previous edition; empty without a previous value.",
  "workbook.column.deltaPct.about":
    "The change in '{label}' divided by the previous value; empty where that is empty or 0.",
  "workbook.column.suppressed.about": "In the research version a count from 1 to 4 shows as <5.",
  "workbook.column.suppressedDelta.about":
    "In the research version empty where this or the previous count is 1 to 4.",
};
