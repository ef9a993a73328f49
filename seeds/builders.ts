// Builders for the rows of one SOC edition: parameters in, contract rows out.
// The demo dataset and the national-scale benchmark generator both use them,
// so every function is linear in the size of the edition and draws only from
// the random source it is given.
//
// One hidden number drives the story of each applicant: the strength of the
// plan (0..1). Stronger plans get further in the funnel, score higher with the
// jury (seen through assessor noise), are awarded more often and survive
// longer, so the demo's assessment metrics show a real, imperfect signal.

import type { ActivityKind, Instrument, Referral, Stage } from "../core/contract/enums";
import { DEFAULT_RUBRIC, type RubricCriterion } from "../core/rubric";
import type { Dataset } from "../db/dataset";
import type {
  IsoDate,
  NewActivity,
  NewApplicant,
  NewAssessment,
  NewAssessmentScore,
  NewAward,
  NewCriterion,
  NewEdition,
  NewOutcome,
  NewStory,
  NewSurvey,
} from "../db/schema";
import type { Random } from "./random";

export interface CriterionSpec {
  criterion: string;
  label: string | null;
  weight: number;
}

export interface StorySpec {
  title: string;
  summary: string;
  quote: string | null;
  published: boolean;
}

/** A named initiative that must be awarded in its edition (a known winner). */
export interface FeaturedCase {
  initiative: string;
  organisation?: string | null;
  district?: string | null;
  theme?: string | null;
  stage?: Stage;
  returning?: boolean;
  story?: StorySpec;
}

/** Head counts at each step; each step is a subset of the one before. */
export interface Funnel {
  registrations: number;
  intakes: number;
  plans: number;
  awards: number;
}

export interface EditionCalendar {
  launchedOn: IsoDate;
  closedOn: IsoDate;
  finaleOn: IsoDate;
}

export interface EditionParams {
  editionId: string;
  municipality: string;
  year: number;
  themes: readonly string[];
  budgetEur: number;
  /** What the awards add up to as a share of the budget; above 1 overspends. */
  budgetUse: number;
  /** Defaults to the contract's 0.5. */
  maxShare?: number;
  /** Defaults to the contract's 10. */
  scoreScaleMax?: number;
  /** Omitted: the edition uses the default rubric and has no criteria rows. */
  criteria?: readonly CriterionSpec[];
  calendar: EditionCalendar;
  funnel: Funnel;
  districts: readonly string[];
  /** Share of applicants who took part in an earlier edition. */
  returningShare: number;
  featured?: readonly FeaturedCase[];
  /** Applicant ids are the prefix and a zero-padded registration number. */
  idPrefix: string;
  /** The day the data describes: follow-ups after it have not happened yet. */
  asOf: IsoDate;
  /**
   * Set: outcomes follow a model with a known effect of the award (the
   * national-scale data, for checking the evaluation): every applicant
   * with a plan has the same chance to run after 12 months given the plan's
   * strength, raised by this much for an awarded one, and every applicant
   * with a plan is followed at 12 months. Unset: the demo's outcomes.
   */
  awardEffect?: number;
  /**
   * The demo's comparison group, widened: of the unfunded applicants with a
   * plan that the demo's own draw leaves unfollowed at 12 months, this share
   * is followed too, drawn from a stream of its own (`fork`), so every other
   * row of the edition stays as it was. Unset or 0: the demo's 45%.
   */
  comparisonFollowUp?: number;
}

/** The applicants of an edition with the hidden strength of each plan. */
export interface Cohort {
  applicants: NewApplicant[];
  strength: ReadonlyMap<string, number>;
  featured: ReadonlyMap<string, FeaturedCase>;
}

export const FOLLOW_UP_MONTHS = [6, 12, 24] as const;
const DEFAULT_MAX_SHARE = 0.5;
const DEFAULT_SCALE_MAX = 10;

// ---------------------------------------------------------------- numbers

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function clampInt(value: number, min: number, max: number): number {
  return clamp(Math.round(value), min, max);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Cuts a text to a contract length limit, on a word boundary where possible. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

interface RowKey {
  edition_id: string;
  applicant_id: string;
}

function applicantKey(row: RowKey): RowKey {
  return { edition_id: row.edition_id, applicant_id: row.applicant_id };
}

// ---------------------------------------------------------------- dates

function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1) / 86_400_000;
}

function fromDayNumber(day: number): IsoDate {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar months later; the 31st becomes the last day of a shorter month. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y = 2000, m = 1, d = 1] = date.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month, 2)}-${pad(Math.min(d, lastDay), 2)}`;
}

function byDate(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function dateBetween(rng: Random, from: IsoDate, to: IsoDate): IsoDate {
  return fromDayNumber(rng.int(dayNumber(from), dayNumber(to)));
}

// ---------------------------------------------------------------- text pools

const INITIATIVE_CONCEPTS = [
  "Buurtkeuken",
  "Repair Café",
  "Wijkmoestuin",
  "Taalmaatjes",
  "Fietsmaatjes",
  "Klusbus",
  "Buurtkamer",
  "Wijkwinkel",
  "Kledingruil",
  "Huiswerkklas",
  "Beweegmaatjes",
  "Wijkrestaurant",
  "Voedseltuin",
  "Buurtbus",
  "Digicafé",
  "Schuldhulpmaatjes",
  "Buurtbieb",
  "Wandelclub",
  "Zorgcoöperatie",
  "Jongerenatelier",
  "Kookcafé",
  "Wijkwerkplaats",
  "Buurtbakkerij",
  "Naaiatelier",
  "Ontmoetingstuin",
  "Seniorensoos",
  "Muziekmaatjes",
  "Buurtconciërge",
  "Speelotheek",
  "Klussenbank",
] as const;

const INITIATIVE_BRANDS = [
  "De Gouden Draad",
  "Wijkwijs",
  "Samen Sterk",
  "Het Buurtbankje",
  "De Soepfiets",
  "Krachtpatsers",
  "Tweede Kans Fietsen",
  "Kledingbieb",
  "Eet Mee aan Tafel",
  "De Boodschappenbus",
  "Heel de Buurt",
  "Zorgbuddy's",
  "Thuis in de Wijk",
  "De Groene Loper",
  "Maatjesmaal",
  "Schuldvrij Samen",
  "Talentenwerkplaats",
  "Opgewekt Ouder",
  "De Mantelzorgkoffie",
  "Buurtgenoten",
  "Stadsimker",
  "Meer dan Koffie",
  "Kinderkracht",
  "De Vrolijke Vork",
  "Mens en Moestuin",
  "Stille Kracht",
  "De Luisterlijn",
  "Loods 42",
  "Bakkie Troost",
  "Handen aan Huis",
  "Nieuwe Buren",
  "Het Warme Nest",
  "Fit na Vijftig",
  "Op Eigen Benen",
  "De Wijkchef",
  "Gewoon Meedoen",
] as const;

const FIRST_NAMES = [
  "Anouk",
  "Sjoerd",
  "Fenna",
  "Bouke",
  "Mirjam",
  "Sanne",
  "Ahmed",
  "Fatima",
  "Yusuf",
  "Özlem",
  "Chantal",
  "Joëlle",
  "Jeroen",
  "Marieke",
  "Henk",
  "Ingrid",
  "Tjitske",
  "Wiebe",
  "Lotte",
  "Daan",
  "Nadia",
  "Ruben",
  "Esther",
  "Koen",
  "Femke",
  "Bas",
  "Merel",
  "Stijn",
  "Anneke",
  "Rachid",
  "Priya",
  "Gerrit",
  "Hilde",
  "Mohamed",
  "Iris",
  "Thijs",
] as const;

const LAST_NAMES = [
  "de Vries",
  "Bakker",
  "Jansen",
  "van der Meer",
  "Hoekstra",
  "Dijkstra",
  "Postma",
  "de Boer",
  "Visser",
  "Smit",
  "Mulder",
  "Bos",
  "van Dijk",
  "Kuipers",
  "El Amrani",
  "Yilmaz",
  "Wiersma",
  "Zijlstra",
  "de Groot",
  "Brouwer",
  "Veenstra",
  "van den Berg",
  "Kramer",
  "Meijer",
  "Huisman",
  "Pranoto",
  "Oosterhof",
  "Schuurman",
] as const;

const ASSESSMENT_COMMENTS = {
  high: [
    "Sterk plan met een duidelijke doelgroep en realistische begroting.",
    "Veel draagvlak in de wijk; de initiatiefnemer kent de buurt goed.",
    "Overtuigend verdienmodel, goed te combineren met andere financiers.",
    "Vernieuwend idee met meetbare maatschappelijke impact.",
  ],
  mid: [
    "Mooi idee, maar het verdienmodel is nog niet helemaal rond.",
    "Impact is aannemelijk; samenwerking met de wijkteams kan sterker.",
    "Begroting is krap. Advies: eigen bijdrage verhogen of cofinanciering zoeken.",
    "Goede eerste stap; schaalbaarheid nog onduidelijk.",
  ],
  low: [
    "Plan is nog erg pril; de doelgroep is niet scherp.",
    "Onvoldoende onderbouwd hoe het initiatief na het eerste jaar doorgaat.",
    "Overlap met bestaand aanbod in de wijk.",
    "Sympathiek, maar het ondernemerschap ontbreekt nog.",
  ],
} as const;

const SURVEY_QUOTES = [
  "Door de Challenge durfde ik eindelijk de stap te zetten. De coaching was goud waard.",
  "De workshops over het verdienmodel hebben mijn plan veel sterker gemaakt.",
  "Ik heb via de netwerkbijeenkomsten twee vaste klanten gevonden.",
  "Het microkrediet was klein, maar het gaf vertrouwen om andere financiers te benaderen.",
  "Fijn dat de gemeente echt meedacht in plaats van alleen te beoordelen.",
  "De pitch bij de finale was spannend, maar ik heb er enorm veel van geleerd.",
  "Ik had graag meer begeleiding gehad na de prijsuitreiking.",
  "Het intakegesprek hielp me mijn idee scherp te krijgen.",
  "Mooi om andere sociale ondernemers uit de stad te leren kennen.",
  "De administratie rond de verantwoording kostte meer tijd dan verwacht.",
  "Zonder deze steun was ons buurtinitiatief er nooit gekomen.",
  "Ook zonder prijs heb ik er veel aan gehad: mijn plan staat nu.",
] as const;

const STORY_QUOTES = [
  "We zagen hoeveel mensen in de buurt elkaar niet meer kenden. Daar wilden we iets aan doen.",
  "Het mooiste is dat deelnemers nu zelf vrijwilliger zijn geworden.",
  "Met het startkapitaal konden we de eerste spullen kopen; de rest deed de buurt.",
  "Sociaal ondernemen is geen liefdadigheid: we verdienen ons geld met wat we goed doen.",
] as const;

const ACTIVITY_TITLES: Record<ActivityKind, readonly string[]> = {
  workshop: [
    "Workshop Verdienmodel",
    "Workshop Impact meten",
    "Workshop Pitchen",
    "Workshop Financiering en crowdfunding",
    "Workshop Marketing met een klein budget",
    "Workshop Begroting maken",
  ],
  coaching: ["Individuele coaching", "Coaching op het ondernemingsplan"],
  network: [
    "Netwerkbijeenkomst met lokale ondernemers",
    "Matchmaking met woningcorporaties en zorgpartijen",
    "Netwerkborrel sociale ondernemers",
  ],
  masterclass: ["Masterclass Social Return on Investment", "Masterclass Groeien met impact"],
  other: ["Finale en prijsuitreiking"],
};

// ---------------------------------------------------------------- edition

export function editionRubric(params: EditionParams): readonly RubricCriterion[] {
  return params.criteria ?? DEFAULT_RUBRIC;
}

export function buildEdition(params: EditionParams): NewEdition {
  return {
    edition_id: params.editionId,
    municipality: params.municipality,
    year: params.year,
    name: `SOC ${params.municipality} ${params.year}`,
    themes: [...params.themes],
    budget_eur: params.budgetEur,
    max_share: params.maxShare ?? DEFAULT_MAX_SHARE,
    score_scale_max: params.scoreScaleMax ?? DEFAULT_SCALE_MAX,
    launched_on: params.calendar.launchedOn,
    closed_on: params.calendar.closedOn,
    finale_on: params.calendar.finaleOn,
  };
}

export function buildCriteria(params: EditionParams): NewCriterion[] {
  return (params.criteria ?? []).map((spec) => ({
    edition_id: params.editionId,
    criterion: spec.criterion,
    label: spec.label,
    weight: spec.weight,
  }));
}

// ---------------------------------------------------------------- applicants

function checkFunnel(params: EditionParams): void {
  const { registrations, intakes, plans, awards } = params.funnel;
  const featured = params.featured?.length ?? 0;
  if (!(featured <= awards && awards <= plans && plans <= intakes && intakes <= registrations)) {
    throw new Error(
      `${params.editionId}: funnel must narrow (featured ${featured} <= awards ${awards} <= plans ${plans} <= intakes ${intakes} <= registrations ${registrations})`,
    );
  }
}

interface Named {
  initiative: string;
  /** The district the name refers to, if any. */
  district: string | null;
}

/** Distinct initiative names, drawn without replacement from concept x district. */
function initiativeNames(
  rng: Random,
  districts: readonly string[],
  count: number,
  taken: ReadonlySet<string>,
): Named[] {
  const candidates: Named[] = INITIATIVE_BRANDS.map((initiative) => ({
    initiative,
    district: null,
  }));
  for (const concept of INITIATIVE_CONCEPTS) {
    for (const district of districts)
      candidates.push({ initiative: `${concept} ${district}`, district });
  }
  const names = rng.shuffle(candidates.filter((named) => !taken.has(named.initiative)));
  // A very large edition outgrows the pool; numbered names keep them distinct.
  for (let round = 2; names.length < count; round++) {
    for (const concept of INITIATIVE_CONCEPTS) {
      names.push({ initiative: `${concept} ${round}`, district: null });
    }
  }
  return names.slice(0, count);
}

function asciiLower(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

interface Contact {
  entrepreneur: string | null;
  email: string | null;
  phone: string | null;
}

/** A fictional person: example.nl addresses and 06-1234 numbers reach no one. */
function contact(rng: Random): Contact {
  if (rng.chance(0.08)) return { entrepreneur: null, email: null, phone: null };
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  return {
    entrepreneur: `${first} ${last}`,
    email: rng.chance(0.88) ? `${asciiLower(first)}.${asciiLower(last)}@example.nl` : null,
    phone: rng.chance(0.6) ? `06-1234 ${rng.int(1000, 9999)}` : null,
  };
}

function organisation(rng: Random, initiative: string): string | null {
  const form = rng.weighted({ foundation: 35, company: 12, cooperative: 6, none: 47 });
  if (form === "foundation") return `Stichting ${initiative}`;
  if (form === "company") return `${initiative} B.V.`;
  if (form === "cooperative") return `Coöperatie ${initiative} U.A.`;
  return null;
}

/**
 * A made-up Chamber of Commerce number for an initiative with an
 * organisation: 8 digits starting with 9, from the ids (FNV-1a), so that it
 * draws nothing from the random stream and the rest of the data stays as it was.
 */
function demoKvkNumber(editionId: string, applicantId: string): string {
  let hash = 0x811c9dc5;
  for (const char of `${editionId}/${applicantId}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `9${String(hash % 10_000_000).padStart(7, "0")}`;
}

function stage(rng: Random): Stage | null {
  const value = rng.weighted({ idea: 40, startup: 40, growth: 15, none: 5 });
  return value === "none" ? null : value;
}

function referral(rng: Random, returning: boolean): Referral | null {
  if (returning && rng.chance(0.6)) return "former_participant";
  const value = rng.weighted({
    campaign: 25,
    word_of_mouth: 20,
    social_media: 18,
    municipality: 12,
    former_participant: 5,
    press: 6,
    other: 4,
    none: 10,
  });
  return value === "none" ? null : value;
}

type FunnelStep = "plan" | "intake" | "registered";

interface Draft {
  strength: number;
  step: FunnelStep;
  registeredOn: IsoDate;
  featured: FeaturedCase | null;
}

/** Strength decides the funnel, blurred so that some strong plans drop out. */
function drafts(rng: Random, params: EditionParams): Draft[] {
  const { registrations, intakes, plans } = params.funnel;
  const featured = params.featured ?? [];
  const others = Array.from({ length: registrations - featured.length }, () => {
    const strength = clamp(rng.normal(0.5, 0.18), 0.02, 0.98);
    return { strength, rank: strength + rng.normal(0, 0.15) };
  }).sort((a, b) => b.rank - a.rank);
  const ranked = [
    ...featured.map((item) => ({ strength: rng.float(0.85, 0.97), featured: item })),
    ...others.map((other) => ({ strength: other.strength, featured: null })),
  ];
  const { launchedOn, closedOn } = params.calendar;
  return ranked
    .map((item, rank) => ({
      ...item,
      step: (rank < plans ? "plan" : rank < intakes ? "intake" : "registered") as FunnelStep,
      registeredOn: dateBetween(rng, launchedOn, closedOn),
    }))
    .sort((a, b) => byDate(a.registeredOn, b.registeredOn));
}

/** A featured case's own value where it gives one (null included), else a drawn one. */
function given<T>(value: T | undefined, draw: () => T): T {
  return value === undefined ? draw() : value;
}

export function buildApplicants(rng: Random, params: EditionParams): Cohort {
  checkFunnel(params);
  const all = drafts(rng, params);
  const featuredNames = new Set((params.featured ?? []).map((item) => item.initiative));
  const names = initiativeNames(rng, params.districts, all.length, featuredNames);
  const width = Math.max(3, String(all.length).length);
  const strength = new Map<string, number>();
  const featured = new Map<string, FeaturedCase>();
  let nameIndex = 0;
  const nextName = (): Named => {
    const named = names[nameIndex++];
    if (!named) throw new Error(`${params.editionId}: ran out of initiative names`);
    return named;
  };
  const applicants = all.map((draft, index): NewApplicant => {
    const id = `${params.idPrefix}${pad(index + 1, width)}`;
    strength.set(id, draft.strength);
    if (draft.featured) featured.set(id, draft.featured);
    const known: Partial<FeaturedCase> = draft.featured ?? {};
    const named = draft.featured
      ? { initiative: draft.featured.initiative, district: null }
      : nextName();
    const returning = given(known.returning, () => rng.chance(params.returningShare));
    const organisationName = given(known.organisation, () => organisation(rng, named.initiative));
    return {
      edition_id: params.editionId,
      applicant_id: id,
      initiative: named.initiative,
      organisation: organisationName,
      ...contact(rng),
      theme: given(known.theme, () => (rng.chance(0.88) ? rng.pick(params.themes) : null)),
      district: given(
        known.district,
        () => named.district ?? (rng.chance(0.8) ? rng.pick(params.districts) : null),
      ),
      stage: given(known.stage, () => stage(rng)),
      returning,
      referral: referral(rng, returning),
      registered_on: draft.registeredOn,
      intake: draft.step !== "registered",
      plan_submitted: draft.step === "plan",
      kvk_number: organisationName ? demoKvkNumber(params.editionId, id) : null,
    };
  });
  return { applicants, strength, featured };
}

// ---------------------------------------------------------------- assessments

export interface AssessmentRows {
  assessments: NewAssessment[];
  scores: NewAssessmentScore[];
  /** Each assessed applicant's weighted score on 0..100 (metrics.md, "Assessment"). */
  weighted: ReadonlyMap<string, number>;
}

interface Assessor {
  name: string;
  /** Some jury members are strict, some are mild. */
  bias: number;
}

function jury(rng: Random, scale: number): Assessor[] {
  return Array.from({ length: rng.int(3, 5) }, (_, i) => ({
    name: `Jury ${String.fromCharCode(65 + i)}`,
    bias: rng.normal(0, 0.05 * scale),
  }));
}

function comment(rng: Random, mean: number, scale: number): string | null {
  if (rng.chance(0.45)) return null;
  const level = mean >= 0.7 * scale ? "high" : mean >= 0.5 * scale ? "mid" : "low";
  return rng.pick(ASSESSMENT_COMMENTS[level]);
}

/** Scores go in halves, as juries write them. */
function criterionScore(rng: Random, strength: number, bias: number, scale: number): number {
  const raw = scale * (0.15 + 0.75 * strength) + bias + rng.normal(0, 0.1 * scale);
  return clamp(Math.round(raw * 2) / 2, 0, scale);
}

export function buildAssessments(
  rng: Random,
  params: EditionParams,
  cohort: Cohort,
): AssessmentRows {
  const scale = params.scoreScaleMax ?? DEFAULT_SCALE_MAX;
  const rubric = editionRubric(params);
  const totalWeight = sum(rubric.map((c) => c.weight));
  const members = jury(rng, scale);
  const assessments: NewAssessment[] = [];
  const scores: NewAssessmentScore[] = [];
  const weighted = new Map<string, number>();
  for (const applicant of cohort.applicants) {
    if (!applicant.plan_submitted) continue;
    const strength = cohort.strength.get(applicant.applicant_id) ?? 0.5;
    const panel = rng.shuffle(members).slice(0, rng.int(2, 3));
    const sums = rubric.map(() => 0);
    for (const assessor of panel) {
      const own = rubric.map(() => criterionScore(rng, strength, assessor.bias, scale));
      own.forEach((score, i) => {
        sums[i] = (sums[i] ?? 0) + score;
      });
      const key = { ...applicantKey(applicant), assessor: assessor.name };
      assessments.push({ ...key, comment: comment(rng, sum(own) / own.length, scale) });
      rubric.forEach((criterion, i) => {
        scores.push({ ...key, criterion: criterion.criterion, score: own[i] ?? 0 });
      });
    }
    const weightedMean = sum(rubric.map((c, i) => c.weight * ((sums[i] ?? 0) / panel.length)));
    weighted.set(applicant.applicant_id, (100 * weightedMean) / (scale * totalWeight));
  }
  return { assessments, scores, weighted };
}

// ---------------------------------------------------------------- awards

/** Featured cases first, then the best scores, with some jury deliberation noise. */
export function selectAwardees(
  rng: Random,
  params: EditionParams,
  cohort: Cohort,
  weighted: ReadonlyMap<string, number>,
): string[] {
  const featured = [...cohort.featured.keys()];
  const contenders = [...weighted.entries()]
    .filter(([id]) => !cohort.featured.has(id))
    .map(([id, score]) => ({ id, rank: score + rng.normal(0, 4) }))
    .sort((a, b) => b.rank - a.rank)
    .map((contender) => contender.id);
  return [...featured, ...contenders].slice(0, params.funnel.awards);
}

function instrument(rng: Random): Instrument {
  return rng.weighted({ prize: 80, loan: 12, grant: 8 });
}

/**
 * Shares out `budgetEur x budgetUse` in amounts rounded to €50, then gives each
 * a start budget of whole euros large enough that the microcredit stays within
 * max_share of it, checked in integer cents (max_share has 4 decimals).
 */
export function buildAwards(
  rng: Random,
  params: EditionParams,
  awardeeIds: readonly string[],
): NewAward[] {
  const shareBp = Math.round((params.maxShare ?? DEFAULT_MAX_SHARE) * 10_000);
  const draws = awardeeIds.map((id) => ({ id, weight: clamp(rng.normal(1, 0.3), 0.35, 1.6) }));
  const totalWeight = sum(draws.map((draw) => draw.weight));
  const target = params.budgetEur * params.budgetUse;
  return draws.map(({ id, weight }) => {
    const fifties = Math.max(10, Math.round(((weight / totalWeight) * target) / 50));
    const microCents = fifties * 5_000;
    const minStartCents = Math.ceil((microCents * 10_000) / shareBp);
    // Many ask exactly the maximum share; rounding up keeps the rule intact.
    const factor = rng.chance(0.35) ? 1 : rng.float(1, 2.2);
    const startCents = Math.ceil((minStartCents * factor) / 100) * 100;
    const restCents = startCents - microCents;
    const ownCents = rng.chance(0.35)
      ? restCents
      : Math.round((restCents * rng.float(0.2, 0.9)) / 100) * 100;
    return {
      edition_id: params.editionId,
      applicant_id: id,
      start_budget_eur: startCents / 100,
      microcredit_eur: microCents / 100,
      own_contribution_eur: ownCents / 100,
      cofunding_eur: (restCents - ownCents) / 100,
      awarded_on: params.calendar.finaleOn,
      instrument: instrument(rng),
    };
  });
}

// ---------------------------------------------------------------- plans

/**
 * The budget each handed-in plan gives (the applicants' start_budget_eur and
 * requested_eur). An awarded plan asked what it got; the others ask as
 * awardees do: most at or near the maximum share of a start budget of a few
 * thousand euros.
 */
export function withPlans(
  rng: Random,
  params: EditionParams,
  applicants: readonly NewApplicant[],
  awards: readonly NewAward[],
): NewApplicant[] {
  const share = params.maxShare ?? DEFAULT_MAX_SHARE;
  const awarded = new Map(awards.map((award) => [award.applicant_id, award]));
  return applicants.map((applicant) => {
    if (!applicant.plan_submitted) return applicant;
    const award = awarded.get(applicant.applicant_id);
    if (award) {
      return {
        ...applicant,
        start_budget_eur: award.start_budget_eur,
        requested_eur: award.microcredit_eur,
      };
    }
    const startCents = rng.int(40, 240) * 5_000;
    const askCents =
      Math.floor((startCents * share * (rng.chance(0.5) ? 1 : rng.float(0.5, 1))) / 5_000) * 5_000;
    return {
      ...applicant,
      start_budget_eur: startCents / 100,
      requested_eur: Math.max(askCents, 5_000) / 100,
    };
  });
}

// ---------------------------------------------------------------- outcomes

/** What one initiative has built up so far; measurements only grow it. */
interface Track {
  strength: number;
  /** Scale of the initiative: funded ones are larger than the comparison group. */
  size: number;
  followOnCents: number;
  partnerships: number;
}

function maybe<T>(rng: Random, pNull: number, value: T): T | null {
  return rng.chance(pNull) ? null : value;
}

/** One follow-up row; advances `track` first, so later rows never shrink it. */
function measure(
  rng: Random,
  key: RowKey,
  months: number,
  active: boolean,
  track: Track,
): NewOutcome {
  if (rng.chance(active ? 0.35 : 0.1)) {
    track.followOnCents += Math.round(rng.int(5, 150) * 100 * track.strength) * 100;
  }
  if (active && rng.chance(0.5)) track.partnerships += rng.int(1, 2);
  const growth = Math.min(months, 24) / 12;
  const followOn = maybe(rng, 0.15, track.followOnCents / 100);
  if (!active) {
    return {
      ...key,
      months,
      active,
      revenue_eur: maybe(rng, 0.4, 0),
      jobs_fte: 0,
      jobs_distance_fte: 0,
      volunteers: maybe(rng, 0.3, 0),
      beneficiaries: null,
      follow_on_funding_eur: followOn,
      partnerships: null,
    };
  }
  const jobsTenths = Math.max(0, Math.round(rng.normal(3 + 14 * track.strength * growth, 4)));
  const distanceTenths = Math.floor(jobsTenths * rng.float(0, 0.75));
  const jobsMeasured = !rng.chance(0.1);
  return {
    ...key,
    months,
    active,
    revenue_eur: maybe(
      rng,
      0.12,
      Math.round(track.size * (0.3 + 1.7 * track.strength) * growth * rng.float(0.6, 1.4)),
    ),
    jobs_fte: jobsMeasured ? jobsTenths / 10 : null,
    jobs_distance_fte: jobsMeasured ? distanceTenths / 10 : null,
    volunteers: maybe(rng, 0.1, rng.int(0, Math.round(4 + 20 * track.strength))),
    beneficiaries: maybe(
      rng,
      0.08,
      Math.max(0, Math.round(rng.normal(30 + 200 * track.strength, 30) * (0.6 + 0.4 * growth))),
    ),
    follow_on_funding_eur: followOn,
    partnerships: maybe(rng, 0.15, track.partnerships),
  };
}

/** The month the initiative stops, or Infinity when it outlives the follow-up. */
function stopMonth(rng: Random, survives24: number): number {
  return rng.chance(survives24) ? Number.POSITIVE_INFINITY : rng.int(2, 24);
}

/** Follow-up moments that have passed by `asOf`, counted from the awards. */
function dueMonths(params: EditionParams): number[] {
  return FOLLOW_UP_MONTHS.filter((m) => addMonths(params.calendar.finaleOn, m) <= params.asOf);
}

/**
 * The chance to still run after 12 months without an award, in the model
 * with a known effect: rises with the plan's strength, smoothly, so that
 * scores near an edition's budget line predict it smoothly too.
 */
export function survival12Unfunded(strength: number): number {
  return 0.4 + 0.4 * strength;
}

/**
 * The month an awarded initiative stops in the model with a known effect:
 * after month 12 with probability `survives12`, so that the 12-month rows
 * carry exactly the chance the model says.
 */
function stopMonthFor12(rng: Random, survives12: number): number {
  if (!rng.chance(survives12)) return rng.int(2, 12);
  return rng.chance(0.6) ? Number.POSITIVE_INFINITY : rng.int(13, 24);
}

/**
 * Follow-ups of every award at 6, 12 and 24 months as far as they are due by
 * `asOf`, and a comparison group of unfunded applicants measured at 12 months.
 */
export function buildOutcomes(
  rng: Random,
  params: EditionParams,
  cohort: Cohort,
  awards: readonly NewAward[],
): NewOutcome[] {
  const rows: NewOutcome[] = [];
  const due = dueMonths(params);
  const awarded = new Set(awards.map((award) => award.applicant_id));
  const effect = params.awardEffect;
  for (const award of awards) {
    const strength = cohort.strength.get(award.applicant_id) ?? 0.5;
    const stop =
      effect === undefined
        ? // Steep in strength, so the jury's scores visibly predict survival.
          stopMonth(rng, clamp(0.7 + 2.5 * (strength - 0.72), 0.1, 0.97))
        : stopMonthFor12(rng, clamp(survival12Unfunded(strength) + effect, 0, 1));
    const track = {
      strength,
      size: Number(award.start_budget_eur),
      followOnCents: 0,
      partnerships: 0,
    };
    for (const months of due) {
      rows.push(measure(rng, applicantKey(award), months, months < stop, track));
    }
  }
  if (!due.includes(12)) return rows;
  /** One unfunded applicant's 12-month row, in the demo's model or the one with a known effect. */
  const comparisonRow = (source: Random, applicant: NewApplicant): NewOutcome => {
    const strength = cohort.strength.get(applicant.applicant_id) ?? 0.4;
    const active = source.chance(
      effect === undefined ? 0.35 + 0.35 * strength : survival12Unfunded(strength),
    );
    const track = { strength, size: 2_500, followOnCents: 0, partnerships: 0 };
    return measure(source, applicantKey(applicant), 12, active, track);
  };
  const unfollowed: NewApplicant[] = [];
  for (const applicant of cohort.applicants) {
    if (awarded.has(applicant.applicant_id)) continue;
    const followed = applicant.plan_submitted
      ? effect === undefined
        ? 0.45
        : 1
      : applicant.intake
        ? 0.12
        : 0;
    if (!rng.chance(followed)) {
      if (applicant.plan_submitted) unfollowed.push(applicant);
      continue;
    }
    rows.push(comparisonRow(rng, applicant));
  }
  // The widened comparison group comes last, from its own stream.
  const widen = params.comparisonFollowUp ?? 0;
  if (widen > 0 && effect === undefined) {
    const extra = rng.fork("comparison-group");
    for (const applicant of unfollowed) {
      if (extra.chance(widen)) rows.push(comparisonRow(extra, applicant));
    }
  }
  return rows;
}

// ---------------------------------------------------------------- surveys

function rating(rng: Random, mean: number, pNull: number): number | null {
  return maybe(rng, pNull, clampInt(rng.normal(mean, 0.9), 1, 10));
}

/**
 * Participants fill in the evaluation after the finale; most give their
 * applicant id, some stay anonymous. Quotes come with or without consent.
 */
export function buildSurveys(
  rng: Random,
  params: EditionParams,
  cohort: Cohort,
  awardeeIds: readonly string[],
): NewSurvey[] {
  const awarded = new Set(awardeeIds);
  const pool = rng.shuffle(cohort.applicants.filter((a) => a.plan_submitted));
  const count = Math.min(
    pool.length,
    Math.max(5, Math.round(awarded.size * 0.6 + (pool.length - awarded.size) * 0.3)),
  );
  const width = Math.max(2, String(count).length);
  return pool.slice(0, count).map((applicant, i): NewSurvey => {
    const won = awarded.has(applicant.applicant_id);
    const mood = rng.normal(won ? 8.2 : 7.2, 0.8);
    const quote = rng.chance(0.45) ? rng.pick(SURVEY_QUOTES) : null;
    return {
      edition_id: params.editionId,
      respondent_id: `r${pad(i + 1, width)}`,
      applicant_id: rng.chance(0.75) ? applicant.applicant_id : null,
      overall: maybe(rng, 0.03, clampInt(mood, 1, 10)),
      intake_rating: rating(rng, mood, 0.1),
      coaching: rating(rng, won ? mood : mood - 0.5, won ? 0.05 : 0.3),
      workshops: rating(rng, mood - 0.2, 0.1),
      network: rating(rng, mood - 0.4, 0.15),
      recommend: maybe(rng, 0.05, clampInt(rng.normal(mood + 0.3, 1.3), 0, 10)),
      quote,
      quote_consent: quote !== null && rng.chance(0.65),
    };
  });
}

// ---------------------------------------------------------------- activities

interface Planned {
  kind: ActivityKind;
  title: string;
  heldOn: IsoDate;
  hours: number;
  participants: number;
}

/** Workshops while plans are written, coaching and networking until the finale. */
function programme(rng: Random, params: EditionParams, intakes: number, plans: number): Planned[] {
  const { launchedOn, closedOn, finaleOn } = params.calendar;
  const beforeFinale = addDays(finaleOn, -7);
  const workshops = rng.shuffle(ACTIVITY_TITLES.workshop).slice(0, rng.int(3, 5));
  return [
    ...workshops.map((title) => ({
      kind: "workshop" as const,
      title,
      heldOn: dateBetween(rng, addDays(launchedOn, 14), addDays(closedOn, 45)),
      hours: rng.pick([2, 2.5, 3]),
      participants: rng.int(Math.round(intakes * 0.25), Math.round(intakes * 0.6)),
    })),
    ...rng
      .shuffle(ACTIVITY_TITLES.coaching)
      .slice(0, rng.int(1, 2))
      .map((title) => ({
        kind: "coaching" as const,
        title,
        heldOn: dateBetween(rng, closedOn, beforeFinale),
        hours: Math.round(plans * rng.float(1.5, 3) * 2) / 2,
        participants: plans,
      })),
    ...rng
      .shuffle(ACTIVITY_TITLES.network)
      .slice(0, 2)
      .map((title) => ({
        kind: "network" as const,
        title,
        heldOn: dateBetween(rng, launchedOn, beforeFinale),
        hours: 2,
        participants: rng.int(20, 60),
      })),
    {
      kind: "masterclass",
      title: rng.pick(ACTIVITY_TITLES.masterclass),
      heldOn: dateBetween(rng, closedOn, beforeFinale),
      hours: 3,
      participants: rng.int(15, 40),
    },
    {
      kind: "other",
      title: rng.pick(ACTIVITY_TITLES.other),
      heldOn: finaleOn,
      hours: 3,
      participants: rng.int(80, 200),
    },
  ];
}

export function buildActivities(rng: Random, params: EditionParams): NewActivity[] {
  const { intakes, plans } = params.funnel;
  return programme(rng, params, intakes, plans)
    .sort((a, b) => byDate(a.heldOn, b.heldOn))
    .map((activity, i) => ({
      edition_id: params.editionId,
      activity_id: `a${pad(i + 1, 2)}`,
      kind: activity.kind,
      title: activity.title,
      held_on: activity.heldOn,
      hours: activity.hours,
      participants: activity.participants,
    }));
}

// ---------------------------------------------------------------- stories

const STORY_TITLES = [
  (initiative: string, place: string) => `${initiative}: ondernemen met impact in ${place}`,
  (initiative: string, place: string) => `Hoe ${initiative} ${place} in beweging brengt`,
  (initiative: string, place: string) => `${initiative} maakt het verschil in ${place}`,
] as const;

function generatedStory(rng: Random, applicant: NewApplicant, params: EditionParams): StorySpec {
  const place = applicant.district ?? params.municipality;
  const aim = applicant.theme ? `aan ${applicant.theme.toLowerCase()}` : "aan een sterkere buurt";
  return {
    title: clip(rng.pick(STORY_TITLES)(applicant.initiative, place), 120),
    summary: clip(
      `${applicant.initiative} won een microkrediet in de Sociale Ondernemers Challenge ${params.municipality} ${params.year}. Het initiatief werkt in ${place} ${aim} en combineert een eigen verdienmodel met de inzet van buurtbewoners en vrijwilligers.`,
      400,
    ),
    quote: rng.chance(0.7) ? rng.pick(STORY_QUOTES) : null,
    published: rng.chance(0.5),
  };
}

/** The featured cases' own stories, and a few drafted ones for other winners. */
export function buildStories(
  rng: Random,
  params: EditionParams,
  cohort: Cohort,
  awards: readonly NewAward[],
): NewStory[] {
  const byId = new Map(cohort.applicants.map((a) => [a.applicant_id, a]));
  const others = rng
    .shuffle(awards.filter((award) => !cohort.featured.has(award.applicant_id)))
    .slice(0, rng.int(1, 2));
  const stories: NewStory[] = [];
  for (const [id, item] of cohort.featured) {
    if (item.story) stories.push({ edition_id: params.editionId, applicant_id: id, ...item.story });
  }
  for (const award of others) {
    const applicant = byId.get(award.applicant_id);
    if (!applicant) continue;
    stories.push({ ...applicantKey(applicant), ...generatedStory(rng, applicant, params) });
  }
  return stories;
}

// ---------------------------------------------------------------- edition rows

/**
 * All rows of one edition. Each part draws from its own fork of `rng`, so a
 * change in, say, the survey builder leaves applicants and awards unchanged.
 */
export function buildEditionDataset(rng: Random, params: EditionParams): Dataset {
  const cohort = buildApplicants(rng.fork("applicants"), params);
  const assessed = buildAssessments(rng.fork("assessments"), params, cohort);
  const awardees = selectAwardees(rng.fork("selection"), params, cohort, assessed.weighted);
  const awards = buildAwards(rng.fork("awards"), params, awardees);
  return {
    editions: [buildEdition(params)],
    criteria: buildCriteria(params),
    applicants: withPlans(rng.fork("plans"), params, cohort.applicants, awards),
    assessments: assessed.assessments,
    assessment_scores: assessed.scores,
    awards,
    outcomes: buildOutcomes(rng.fork("outcomes"), params, cohort, awards),
    surveys: buildSurveys(rng.fork("surveys"), params, cohort, awardees),
    activities: buildActivities(rng.fork("activities"), params),
    stories: buildStories(rng.fork("stories"), params, cohort, awards),
  };
}

/** Appends every table of `part` to `target` without spreading large arrays. */
export function appendDataset(target: Dataset, part: Dataset): void {
  for (const row of part.editions) target.editions.push(row);
  for (const row of part.criteria) target.criteria.push(row);
  for (const row of part.applicants) target.applicants.push(row);
  for (const row of part.assessments) target.assessments.push(row);
  for (const row of part.assessment_scores) target.assessment_scores.push(row);
  for (const row of part.awards) target.awards.push(row);
  for (const row of part.outcomes) target.outcomes.push(row);
  for (const row of part.surveys) target.surveys.push(row);
  for (const row of part.activities) target.activities.push(row);
  for (const row of part.stories) target.stories.push(row);
}
