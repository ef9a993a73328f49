// The metric catalogue as data (shared/spec/metrics.md): one definition per
// figure, with its labels, unit, formula and caveat in Dutch and English.
// Definition pages, the export codebook and every table are generated from
// it. The keys are the catalogue's names and never change.
import { ACTIVITY_KINDS, type ActivityKind } from "../../core/contract/enums";
import type { Language } from "../../core/language";

export type Text = Record<Language, string>;

function text(nl: string, en: string): Text {
  return { nl, en };
}

export const METRIC_GROUPS = [
  "funnel",
  "funding",
  "outcomes",
  "assessment",
  "programme",
  "community",
] as const;
export type MetricGroup = (typeof METRIC_GROUPS)[number];

export const GROUP_LABELS: Record<MetricGroup, Text> = {
  funnel: text("Instroom", "Funnel"),
  funding: text("Financiering en hefboom", "Funding and leverage"),
  outcomes: text("Resultaten na een jaar", "Outcomes after one year"),
  assessment: text("Beoordeling", "Assessment"),
  programme: text("Programma en ervaring", "Programme and experience"),
  community: text("Gemeenschap", "Community"),
};

/**
 * count: whole things; euro: money; share: a part of a whole (0..1);
 * ratio: euros per euro; score: 0..100; rating: a mark 1..10;
 * probability: 0..1; fte: full-time jobs; hours; nps: −100..100.
 */
export const METRIC_UNITS = [
  "count",
  "euro",
  "share",
  "ratio",
  "score",
  "rating",
  "probability",
  "fte",
  "hours",
  "nps",
] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

const KIND_LABELS: Record<ActivityKind, Text> = {
  workshop: text("workshops", "workshops"),
  coaching: text("coaching", "coaching"),
  network: text("netwerkbijeenkomsten", "network meetings"),
  masterclass: text("masterclasses", "masterclasses"),
  other: text("overige activiteiten", "other activities"),
};

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
  followed_12m_unfunded: text(
    "Gevolgd na 12 maanden, zonder toekenning",
    "Followed at 12 months, not awarded",
  ),
  scored_awarded: text("Beoordeeld met score, met toekenning", "Scored, awarded"),
  scored_not_awarded: text("Beoordeeld met score, zonder toekenning", "Scored, not awarded"),
  multi_assessed: text("Aanmeldingen met 2 of meer beoordelaars", "Applicants with 2+ assessors"),
  scored_followed_12m: text(
    "Toegekend, met score en gevolgd na 12 maanden",
    "Awarded, scored and followed at 12 months",
  ),
  overall_answers: text("Enquêtes met een algemeen cijfer", "Surveys with an overall mark"),
  recommend_answers: text(
    "Enquêtes met een antwoord op de aanbeveelvraag",
    "Surveys answering the recommend question",
  ),
  referred: text(
    "Aanmeldingen met een bekend aanmeldkanaal",
    "Registrations with a known referral",
  ),
} as const satisfies Record<string, Text>;

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
  label: Text;
  unit: MetricUnit;
  /** How it is computed, in words. */
  formula: Text;
  /** What to keep in mind when presenting it. */
  caveat: Text;
  /** For a rate, mean or median: the count it rests on; null otherwise. */
  n: CaseCountKey | null;
}

type DefinitionText = Omit<MetricDefinition, "key" | "n">;

const SELF_REPORTED = text(
  "Opgegeven door de initiatiefnemers zelf, niet gecontroleerd. Alleen gevolgde initiatieven tellen mee, en een ontbrekende meting is geen nul: zonder metingen blijft het veld leeg.",
  "Reported by the initiatives themselves, not verified. Only followed initiatives count, and a missing measurement is not zero: without measurements the field stays empty.",
);
const FOLLOWED_ONLY = text(
  "Het microkrediet telt alle toekenningen, de noemer alleen de gevolgde initiatieven: bij onvolledige follow-up valt dit te hoog uit.",
  "The microcredit counts every award, the denominator only the followed initiatives: with incomplete follow-up this comes out too high.",
);
const SURVEY_SELECTION = text(
  "Wie de enquête invult, kiest dat zelf; tevreden en ontevreden deelnemers reageren niet even vaak.",
  "Respondents choose to answer; satisfied and dissatisfied participants do not respond equally often.",
);
const SCORE_FORMULA = text(
  "De score van een aanmelding: per criterium het gemiddelde van de beoordelaars, gewogen met de rubric van de editie (eigen criteria of de standaardrubric) en gedeeld door de hoogste score van de schaal, op 0–100.",
  "An applicant's score: per criterion the mean over the assessors, weighted by the edition's rubric (its own criteria or the default rubric) and divided by the top of the scale, on 0–100.",
);
const SCORE_CAVEAT = text(
  "Edities met een andere rubric of schaal zijn op 0–100 gebracht, maar niet op dezelfde manier beoordeeld. Over meerdere edities: het gemiddelde over alle aanmeldingen samen.",
  "Editions with another rubric or scale are brought to 0–100 but were not assessed the same way. Over several editions: the mean over all applicants together.",
);
const POOLED_MEDIAN = text(
  "Over meerdere edities: de mediaan van alle microkredieten samen, niet het gemiddelde van de medianen.",
  "Over several editions: the median of all microcredits together, not the mean of the medians.",
);
const SINGLE_AMOUNT = text(
  "Eén bedrag van één initiatief: in openbare stukken is het herleidbaar tot een persoon.",
  "One amount of one initiative: in public documents it can be traced to a person.",
);

const CATALOGUE: Record<CatalogueKey, DefinitionText> = {
  registrations: {
    group: "funnel",
    label: text("Aanmeldingen", "Registrations"),
    unit: "count",
    formula: text("Het aantal aanmeldingen van de editie.", "The number of registrations."),
    caveat: text(
      "Telt aanmeldingen, geen personen: wie twee initiatieven aanmeldt, telt twee keer.",
      "Counts registrations, not people: someone registering two initiatives counts twice.",
    ),
  },
  intakes: {
    group: "funnel",
    label: text("Intakes", "Intakes"),
    unit: "count",
    formula: text(
      "Aanmeldingen waarmee een intakegesprek is gehouden.",
      "Registrations with an intake interview held.",
    ),
    caveat: text(
      "Alleen wat is vastgelegd: een intake die niet is ingevuld, telt niet.",
      "Only what was recorded: an intake not entered does not count.",
    ),
  },
  plans: {
    group: "funnel",
    label: text("Ingediende plannen", "Plans submitted"),
    unit: "count",
    formula: text(
      "Aanmeldingen die een plan met begroting hebben ingediend.",
      "Registrations that handed in a plan and budget.",
    ),
    caveat: text(
      "Alleen wat is vastgelegd: een plan dat niet als ingediend is aangevinkt, telt niet.",
      "Only what was recorded: a plan not marked as submitted does not count.",
    ),
  },
  awarded: {
    group: "funnel",
    label: text("Toekenningen", "Awards"),
    unit: "count",
    formula: text("Het aantal toegekende microkredieten.", "The number of microcredits awarded."),
    caveat: text(
      "Toegekend, niet per se uitbetaald of teruggevorderd.",
      "Awarded, not necessarily paid out or reclaimed.",
    ),
  },
  award_rate: {
    group: "funnel",
    label: text("Toekenningspercentage", "Award rate"),
    unit: "share",
    formula: text("Toekenningen gedeeld door aanmeldingen.", "Awards divided by registrations."),
    caveat: text(
      "Hangt vooral af van de grootte van de pot: een kleiner budget geeft een lager percentage, los van de kwaliteit van de plannen.",
      "Depends mostly on the size of the pot: a smaller budget gives a lower rate, whatever the quality of the plans.",
    ),
  },
  budget: {
    group: "funding",
    label: text("Budget", "Budget"),
    unit: "euro",
    formula: text(
      "Het budget van de editie voor microkredieten. Over meerdere edities: de som.",
      "The edition's budget for microcredits. Over several editions: the sum.",
    ),
    caveat: text(
      "Het budget voor microkredieten, zonder de kosten van campagne en begeleiding.",
      "The budget for microcredits, without the cost of the campaign and coaching.",
    ),
  },
  microcredit_total: {
    group: "funding",
    label: text("Microkrediet totaal", "Microcredit total"),
    unit: "euro",
    formula: text(
      "De som van alle toegekende microkredieten; 0 zonder toekenningen.",
      "The sum of all microcredits awarded; 0 without awards.",
    ),
    caveat: text(
      "Toegekend, niet per se uitbetaald: leningen die terugkomen zijn niet afgetrokken.",
      "Awarded, not necessarily paid out: loans that are repaid are not deducted.",
    ),
  },
  budget_used: {
    group: "funding",
    label: text("Budgetbesteding", "Budget used"),
    unit: "share",
    formula: text(
      "Microkrediet totaal gedeeld door het budget.",
      "Microcredit total divided by the budget.",
    ),
    caveat: text(
      "Boven 100% is er meer toegekend dan er budget was.",
      "Above 100% more was awarded than there was budget.",
    ),
  },
  microcredit_mean: {
    group: "funding",
    label: text("Gemiddeld microkrediet", "Mean microcredit"),
    unit: "euro",
    formula: text(
      "Microkrediet totaal gedeeld door het aantal toekenningen.",
      "Microcredit total divided by the number of awards.",
    ),
    caveat: text(
      "Een paar grote bedragen trekken het gemiddelde op; kijk ook naar de mediaan.",
      "A few large amounts pull the mean up; see the median too.",
    ),
  },
  microcredit_median: {
    group: "funding",
    label: text("Mediaan microkrediet", "Median microcredit"),
    unit: "euro",
    formula: text(
      "Het middelste microkrediet als alle bedragen op volgorde staan; bij een even aantal het gemiddelde van de middelste twee.",
      "The middle microcredit when all amounts are in order; for an even count the mean of the middle two.",
    ),
    caveat: POOLED_MEDIAN,
  },
  microcredit_min: {
    group: "funding",
    label: text("Kleinste microkrediet", "Smallest microcredit"),
    unit: "euro",
    formula: text("Het kleinste toegekende microkrediet.", "The smallest microcredit awarded."),
    caveat: SINGLE_AMOUNT,
  },
  microcredit_max: {
    group: "funding",
    label: text("Grootste microkrediet", "Largest microcredit"),
    unit: "euro",
    formula: text("Het grootste toegekende microkrediet.", "The largest microcredit awarded."),
    caveat: SINGLE_AMOUNT,
  },
  start_budget_total: {
    group: "funding",
    label: text("Startbudget totaal", "Start budget total"),
    unit: "euro",
    formula: text(
      "De som van de startbudgetten van de toegekende initiatieven; 0 zonder toekenningen.",
      "The sum of the start budgets of the awarded initiatives; 0 without awards.",
    ),
    caveat: text(
      "Het startbudget zoals begroot bij de aanvraag, niet wat achteraf is uitgegeven.",
      "The start budget as planned in the application, not what was spent afterwards.",
    ),
  },
  public_share: {
    group: "funding",
    label: text("Publiek aandeel", "Public share"),
    unit: "share",
    formula: text(
      "Microkrediet totaal gedeeld door startbudget totaal.",
      "Microcredit total divided by start budget total.",
    ),
    caveat: text(
      "Per toekenning is het microkrediet hoogstens het maximale aandeel van de editie (meestal 50%); dit is het aandeel over alle toekenningen samen.",
      "Per award the microcredit is at most the edition's maximum share (usually 50%); this is the share over all awards together.",
    ),
  },
  leverage: {
    group: "funding",
    label: text("Hefboom", "Leverage"),
    unit: "ratio",
    formula: text(
      "Startbudget totaal gedeeld door microkrediet totaal: euro's initiatiefbudget per publieke euro.",
      "Start budget total divided by microcredit total: euros of initiative budget per public euro.",
    ),
    caveat: text(
      "De publieke euro telt zelf mee: een hefboom van 2 betekent dat elke publieke euro één euro ander geld meebracht (zie ander geld per publieke euro).",
      "The public euro itself counts: a leverage of 2 means each public euro brought one euro of other money (see other money per public euro).",
    ),
  },
  cofunding_per_euro: {
    group: "funding",
    label: text("Ander geld per publieke euro", "Other money per public euro"),
    unit: "ratio",
    formula: text(
      "(Startbudget totaal − microkrediet totaal) gedeeld door microkrediet totaal.",
      "(Start budget total − microcredit total) divided by microcredit total.",
    ),
    caveat: text(
      "Omvat de eigen bijdrage van de initiatiefnemers én de cofinanciering door anderen.",
      "Includes the initiatives' own contribution as well as cofunding by others.",
    ),
  },
  follow_on_funding_12m: {
    group: "funding",
    label: text("Vervolgfinanciering na 12 maanden", "Follow-on funding at 12 months"),
    unit: "euro",
    formula: text(
      "De som van de vervolgfinanciering in de metingen na 12 maanden van toegekende initiatieven; leeg als niemand die heeft gemeten.",
      "The sum of follow-on funding in the 12-month measurements of awarded initiatives; empty when nobody measured it.",
    ),
    caveat: SELF_REPORTED,
  },
  follow_on_leverage: {
    group: "funding",
    label: text("Hefboom vervolgfinanciering", "Follow-on leverage"),
    unit: "ratio",
    formula: text(
      "Vervolgfinanciering na 12 maanden gedeeld door microkrediet totaal.",
      "Follow-on funding at 12 months divided by microcredit total.",
    ),
    caveat: text(
      "Het microkrediet telt alle toekenningen, de vervolgfinanciering alleen de gevolgde initiatieven: bij onvolledige follow-up is dit een ondergrens.",
      "The microcredit counts every award, the follow-on funding only the followed initiatives: with incomplete follow-up this is a lower bound.",
    ),
  },
  total_leverage: {
    group: "funding",
    label: text("Totale hefboom", "Total leverage"),
    unit: "ratio",
    formula: text(
      "(Startbudget totaal + vervolgfinanciering na 12 maanden, leeg telt als 0) gedeeld door microkrediet totaal: de hefboom met het geld dat in het eerste jaar is opgehaald erbij.",
      "(Start budget total + follow-on funding at 12 months, empty counted as 0) divided by microcredit total: the leverage with the money raised in the first year added.",
    ),
    caveat: text(
      "Zonder gemeten vervolgfinanciering is dit gelijk aan de hefboom; het is dan geen bewijs dat er niets is opgehaald.",
      "Without measured follow-on funding this equals the leverage; that is no proof that nothing was raised.",
    ),
  },
  followed_12m: {
    group: "outcomes",
    label: text("Gevolgd na 12 maanden", "Followed at 12 months"),
    unit: "count",
    formula: text(
      "Toegekende initiatieven met een meting na 12 maanden.",
      "Awarded initiatives with a 12-month measurement.",
    ),
    caveat: text(
      "Vergelijk met het aantal toekenningen: alle uitkomsten gaan alleen over de gevolgde initiatieven.",
      "Compare with the number of awards: every outcome is about the followed initiatives only.",
    ),
  },
  survival_12m: {
    group: "outcomes",
    label: text("Nog actief na 12 maanden", "Still active at 12 months"),
    unit: "share",
    formula: text(
      "Gevolgde toegekende initiatieven die na 12 maanden nog actief zijn, gedeeld door het aantal gevolgde.",
      "Followed awarded initiatives still active at 12 months, divided by the number followed.",
    ),
    caveat: text(
      "Wie niet gevolgd is, telt niet mee; raken juist gestopte initiatieven uit beeld, dan valt dit te hoog uit.",
      "Initiatives not followed do not count; if it is the stopped ones that drop out of sight, this comes out too high.",
    ),
  },
  survival_12m_low: {
    group: "outcomes",
    label: text("Nog actief na 12 maanden, ondergrens", "Still active at 12 months, lower bound"),
    unit: "share",
    formula: text(
      "De ondergrens van het 95%-betrouwbaarheidsinterval van Wilson (z = 1,959964) rond het percentage nog actief.",
      "The lower bound of the 95% Wilson score interval (z = 1.959964) around the survival rate.",
    ),
    caveat: text(
      "Hoe kleiner de groep, hoe breder het interval: het zegt hoe zeker het percentage is, niet meer.",
      "The smaller the group, the wider the interval: it says how certain the rate is, nothing more.",
    ),
  },
  survival_12m_high: {
    group: "outcomes",
    label: text("Nog actief na 12 maanden, bovengrens", "Still active at 12 months, upper bound"),
    unit: "share",
    formula: text(
      "De bovengrens van het 95%-betrouwbaarheidsinterval van Wilson (z = 1,959964) rond het percentage nog actief.",
      "The upper bound of the 95% Wilson score interval (z = 1.959964) around the survival rate.",
    ),
    caveat: text(
      "Hoe kleiner de groep, hoe breder het interval: het zegt hoe zeker het percentage is, niet meer.",
      "The smaller the group, the wider the interval: it says how certain the rate is, nothing more.",
    ),
  },
  jobs_fte_12m: {
    group: "outcomes",
    label: text("Banen na 12 maanden (fte)", "Jobs at 12 months (FTE)"),
    unit: "fte",
    formula: text(
      "De som van de betaalde banen in fte in de metingen na 12 maanden van toegekende initiatieven.",
      "The sum of paid jobs in FTE in the 12-month measurements of awarded initiatives.",
    ),
    caveat: SELF_REPORTED,
  },
  jobs_distance_fte_12m: {
    group: "outcomes",
    label: text("Banen met afstand tot werk (fte)", "Jobs, distance to labour market (FTE)"),
    unit: "fte",
    formula: text(
      "Van de banen na 12 maanden: de fte voor mensen met een afstand tot de arbeidsmarkt.",
      "Of the jobs at 12 months: the FTE for people with a distance to the labour market.",
    ),
    caveat: SELF_REPORTED,
  },
  volunteers_12m: {
    group: "outcomes",
    label: text("Vrijwilligers na 12 maanden", "Volunteers at 12 months"),
    unit: "count",
    formula: text(
      "De som van de vrijwilligers in de metingen na 12 maanden van toegekende initiatieven.",
      "The sum of volunteers in the 12-month measurements of awarded initiatives.",
    ),
    caveat: SELF_REPORTED,
  },
  beneficiaries_12m: {
    group: "outcomes",
    label: text("Bereikte personen na 12 maanden", "People reached at 12 months"),
    unit: "count",
    formula: text(
      "De som van de bereikte personen in de metingen na 12 maanden van toegekende initiatieven.",
      "The sum of people reached in the 12-month measurements of awarded initiatives.",
    ),
    caveat: SELF_REPORTED,
  },
  revenue_12m: {
    group: "outcomes",
    label: text("Omzet na 12 maanden", "Revenue at 12 months"),
    unit: "euro",
    formula: text(
      "De som van de omzet over het afgelopen jaar in de metingen na 12 maanden van toegekende initiatieven.",
      "The sum of revenue over the past year in the 12-month measurements of awarded initiatives.",
    ),
    caveat: SELF_REPORTED,
  },
  partnerships_12m: {
    group: "outcomes",
    label: text("Samenwerkingen na 12 maanden", "Partnerships at 12 months"),
    unit: "count",
    formula: text(
      "De som van de samenwerkingen met lokale bedrijven in de metingen na 12 maanden van toegekende initiatieven.",
      "The sum of partnerships with local businesses in the 12-month measurements of awarded initiatives.",
    ),
    caveat: SELF_REPORTED,
  },
  cost_per_beneficiary: {
    group: "outcomes",
    label: text("Publieke euro's per bereikt persoon", "Public euros per person reached"),
    unit: "euro",
    formula: text(
      "Microkrediet totaal gedeeld door de bereikte personen na 12 maanden.",
      "Microcredit total divided by the people reached at 12 months.",
    ),
    caveat: FOLLOWED_ONLY,
  },
  cost_per_job: {
    group: "outcomes",
    label: text("Publieke euro's per baan (fte)", "Public euros per job (FTE)"),
    unit: "euro",
    formula: text(
      "Microkrediet totaal gedeeld door de banen na 12 maanden (fte).",
      "Microcredit total divided by the jobs at 12 months (FTE).",
    ),
    caveat: FOLLOWED_ONLY,
  },
  survival_12m_unfunded: {
    group: "outcomes",
    label: text(
      "Nog actief na 12 maanden, zonder toekenning",
      "Still active at 12 months, not awarded",
    ),
    unit: "share",
    formula: text(
      "Hetzelfde percentage over aanmelders zonder toekenning die na 12 maanden zijn gemeten (de vergelijkingsgroep); leeg als er geen zijn.",
      "The same rate over applicants without an award measured at 12 months (the comparison group); empty where there are none.",
    ),
    caveat: text(
      "Geen experiment: wie geen toekenning kreeg, had gemiddeld een zwakker plan. Het verschil met de toegekende initiatieven is dus niet alleen het effect van de Challenge.",
      "Not an experiment: applicants without an award had weaker plans on average. The difference with awarded initiatives is therefore not only the Challenge's effect.",
    ),
  },
  assessed: {
    group: "assessment",
    label: text("Beoordeeld", "Assessed"),
    unit: "count",
    formula: text(
      "Aanmeldingen met ten minste één beoordeling.",
      "Registrations with at least one assessment.",
    ),
    caveat: text(
      "Meestal de ingediende plannen; een beoordeling zonder scores telt wel mee, maar heeft geen score.",
      "Usually the submitted plans; an assessment without scores counts but has no score.",
    ),
  },
  score_mean_awarded: {
    group: "assessment",
    label: text("Gemiddelde score, toegekend", "Mean score, awarded"),
    unit: "score",
    formula: text(
      `Het gemiddelde van de score van beoordeelde aanmeldingen met een toekenning. ${SCORE_FORMULA.nl}`,
      `The mean score of assessed applicants with an award. ${SCORE_FORMULA.en}`,
    ),
    caveat: SCORE_CAVEAT,
  },
  score_mean_not_awarded: {
    group: "assessment",
    label: text("Gemiddelde score, niet toegekend", "Mean score, not awarded"),
    unit: "score",
    formula: text(
      `Het gemiddelde van de score van beoordeelde aanmeldingen zonder toekenning. ${SCORE_FORMULA.nl}`,
      `The mean score of assessed applicants without an award. ${SCORE_FORMULA.en}`,
    ),
    caveat: SCORE_CAVEAT,
  },
  assessor_spread: {
    group: "assessment",
    label: text("Verschil tussen beoordelaars", "Assessor spread"),
    unit: "score",
    formula: text(
      "Over aanmeldingen met 2 of meer beoordelaars: het gemiddelde verschil tussen de hoogste en de laagste gewogen score (0–100) van de afzonderlijke beoordelaars.",
      "Over applicants with 2 or more assessors: the mean difference between the highest and the lowest weighted score (0–100) of the individual assessors.",
    ),
    caveat: text(
      "Aanmeldingen met één beoordelaar tellen niet mee. Een groot verschil is niet per se slecht: over sommige plannen kun je twisten.",
      "Applicants with a single assessor do not count. A large spread is not necessarily bad: some plans are debatable.",
    ),
  },
  score_survival_auc: {
    group: "assessment",
    label: text("Voorspelt de score overleving? (AUC)", "Does the score predict survival? (AUC)"),
    unit: "probability",
    formula: text(
      "Over toegekende initiatieven met een meting na 12 maanden: de kans dat een willekeurig nog actief initiatief hoger scoorde dan een willekeurig gestopt initiatief; gelijke scores tellen half. Leeg zonder zowel actieve als gestopte initiatieven.",
      "Over awarded initiatives with a 12-month measurement: the probability that a random still active one scored higher than a random stopped one; ties count half. Empty without both kinds.",
    ),
    caveat: text(
      "0,5 is gissen, 1 is perfect voorspellen. Alleen over toegekende plannen: over de afgewezen zegt het niets.",
      "0.5 is guessing, 1 is perfect prediction. About awarded plans only: it says nothing about the rejected ones.",
    ),
  },
  activities: {
    group: "programme",
    label: text("Activiteiten", "Activities"),
    unit: "count",
    formula: text(
      "Het aantal activiteiten in het programma: workshops, coaching, netwerkbijeenkomsten, masterclasses en overige.",
      "The number of programme activities: workshops, coaching, network meetings, masterclasses and other.",
    ),
    caveat: text(
      "Telt bijeenkomsten, niet hun inhoud of kwaliteit.",
      "Counts meetings, not their content or quality.",
    ),
  },
  activity_hours: {
    group: "programme",
    label: text("Uren programma", "Programme hours"),
    unit: "hours",
    formula: text(
      "De som van de uren van de activiteiten; leeg als geen activiteit uren heeft.",
      "The sum of the activities' hours; empty when no activity has hours.",
    ),
    caveat: text(
      "De duur van de bijeenkomsten, niet vermenigvuldigd met het aantal deelnemers.",
      "The length of the meetings, not multiplied by the number of participants.",
    ),
  },
  activity_participants: {
    group: "programme",
    label: text("Deelnemers aan activiteiten", "Activity participants"),
    unit: "count",
    formula: text(
      "De som van de deelnemers van de activiteiten; leeg als geen activiteit deelnemers heeft.",
      "The sum of the activities' participants; empty when no activity has participants.",
    ),
    caveat: text(
      "Deelnames, geen personen: wie aan drie workshops meedoet, telt drie keer.",
      "Attendances, not people: someone at three workshops counts three times.",
    ),
  },
  respondents: {
    group: "programme",
    label: text("Respondenten", "Respondents"),
    unit: "count",
    formula: text("Het aantal ingevulde evaluatie-enquêtes.", "The number of evaluation surveys."),
    caveat: SURVEY_SELECTION,
  },
  satisfaction_mean: {
    group: "programme",
    label: text("Tevredenheid (gemiddeld cijfer)", "Satisfaction (mean mark)"),
    unit: "rating",
    formula: text(
      "Het gemiddelde van het algemene cijfer (1–10) over de enquêtes met een cijfer.",
      "The mean overall mark (1–10) over the surveys with a mark.",
    ),
    caveat: SURVEY_SELECTION,
  },
  nps: {
    group: "programme",
    label: text("Net Promoter Score", "Net Promoter Score"),
    unit: "nps",
    formula: text(
      "100 × (het aandeel dat de Challenge met 9 of 10 aanbeveelt − het aandeel met 0 tot en met 6), over de enquêtes met een antwoord op die vraag.",
      "100 × (the share recommending the Challenge with 9 or 10 − the share answering 0 to 6), over the surveys answering that question.",
    ),
    caveat: text(
      `Loopt van −100 tot 100 en springt met weinig respondenten sterk heen en weer. ${SURVEY_SELECTION.nl}`,
      `Runs from −100 to 100 and jumps about with few respondents. ${SURVEY_SELECTION.en}`,
    ),
  },
  returning_share: {
    group: "community",
    label: text("Terugkerende deelnemers", "Returning participants"),
    unit: "share",
    formula: text(
      "Aanmeldingen van wie eerder meedeed, gedeeld door alle aanmeldingen.",
      "Registrations by earlier participants, divided by all registrations.",
    ),
    caveat: text(
      "Zoals de aanmelder het zelf opgeeft; in de eerste editie van een gemeente hoort dit 0 te zijn.",
      "As the applicant states it; in a municipality's first edition it should be 0.",
    ),
  },
  word_of_mouth_share: {
    group: "community",
    label: text("Via via aangemeld", "Referred by word of mouth"),
    unit: "share",
    formula: text(
      "Aanmeldingen die via mond-tot-mondreclame of een oud-deelnemer kwamen, gedeeld door de aanmeldingen waarvan bekend is hoe ze van de Challenge hoorden.",
      "Registrations that came by word of mouth or through a former participant, divided by the registrations with a known referral.",
    ),
    caveat: text(
      "Aanmeldingen zonder antwoord op de vraag tellen niet mee.",
      "Registrations that did not answer the question do not count.",
    ),
  },
};

/** The per-kind siblings of activities, activity_hours and activity_participants. */
function kindDefinitions(): Record<ActivityKindKey, DefinitionText> {
  const entries = ACTIVITY_KINDS.flatMap((kind) => {
    const of = KIND_LABELS[kind];
    const only = text(`Alleen ${of.nl}.`, `Only ${of.en}.`);
    const variant = (total: DefinitionText, nl: string, en: string): DefinitionText => ({
      ...total,
      label: text(nl, en),
      formula: text(`${total.formula.nl} ${only.nl}`, `${total.formula.en} ${only.en}`),
    });
    return [
      [
        `activities_${kind}`,
        variant(CATALOGUE.activities, `Activiteiten: ${of.nl}`, `Activities: ${of.en}`),
      ],
      [
        `activity_hours_${kind}`,
        variant(CATALOGUE.activity_hours, `Uren: ${of.nl}`, `Hours: ${of.en}`),
      ],
      [
        `activity_participants_${kind}`,
        variant(CATALOGUE.activity_participants, `Deelnemers: ${of.nl}`, `Participants: ${of.en}`),
      ],
    ] as const;
  });
  return Object.fromEntries(entries) as Record<ActivityKindKey, DefinitionText>;
}

const DEFINITION_TEXTS: Record<MetricKey, DefinitionText> = { ...CATALOGUE, ...kindDefinitions() };

function rateCases(key: MetricKey): CaseCountKey | null {
  return (RATE_CASES as Partial<Record<MetricKey, CaseCountKey>>)[key] ?? null;
}

/** Every definition, in catalogue order. */
export const METRIC_DEFINITIONS: readonly MetricDefinition[] = METRIC_KEYS.map((key) => ({
  key,
  ...DEFINITION_TEXTS[key],
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

/** The label of the count a rate rests on. */
export function caseCountLabel(key: CaseCountKey): Text {
  return key in CASE_COUNT_LABELS
    ? CASE_COUNT_LABELS[key as keyof typeof CASE_COUNT_LABELS]
    : metricDefinition(key as MetricKey).label;
}
