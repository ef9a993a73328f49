// The import contract (shared/spec/data.md) as data: the one description of
// every dataset and column. The import validates with it, the template and
// the export codebook are written from it. Keys and aliases never change.
// Descriptions are dictionary keys (core/i18n, sections "contract").
import { type MessageKey, translator } from "../i18n/messages";
import { LANGUAGES, type Language } from "../language";
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  INSTRUMENTS,
  type Instrument,
  REFERRALS,
  type Referral,
  STAGES,
  type Stage,
} from "./enums";
import type { EnumOption, ValueType } from "./value-types";

export interface ColumnSpec {
  key: string;
  alias: string;
  type: ValueType;
  required: boolean;
  /**
   * Stored when the cell is empty or, in replace mode, the column absent (the
   * contract's "default"). A column without one stores null when empty: it
   * must then be nullable in the database (tests/import/defaults.db.test.ts).
   */
  default?: string | number | boolean | readonly string[];
  /** Read with columnDescription, which fills in the columns it names. */
  description: MessageKey;
  /** Names, e-mail addresses, phone numbers: never in research exports or logs. */
  personal?: boolean;
  /** A plausible value for templates and examples. */
  example: string | number | boolean;
}

export type DatasetKey =
  | "editions"
  | "criteria"
  | "applicants"
  | "assessments"
  | "awards"
  | "outcomes"
  | "surveys"
  | "activities"
  | "stories";

export interface DatasetSpec {
  key: DatasetKey;
  alias: string;
  description: MessageKey;
  /** The key columns: a row is matched on these. */
  keys: readonly string[];
  columns: readonly ColumnSpec[];
  /** Assessments only: one extra column per criterion key of the rubric. */
  criterionColumns?: boolean;
}

const text = (maxLength?: number): ValueType =>
  maxLength ? { kind: "text", maxLength } : { kind: "text" };
const euro = (min: number, minExclusive = false): ValueType => ({
  kind: "decimal",
  min,
  minExclusive,
  euro: true,
});
const count: ValueType = { kind: "integer", min: 0 };
const rating: ValueType = { kind: "integer", min: 1, max: 10 };
const fte: ValueType = { kind: "decimal", min: 0 };

function options<T extends string>(values: readonly T[], aliases: Partial<Record<T, string>>) {
  return values.map((value): EnumOption => ({ value, alias: aliases[value] }));
}

const STAGE_OPTIONS = options<Stage>(STAGES, { idea: "idee", startup: "start", growth: "groei" });
const REFERRAL_OPTIONS = options<Referral>(REFERRALS, {
  campaign: "campagne",
  word_of_mouth: "mond_op_mond",
  former_participant: "oud_deelnemer",
  municipality: "gemeente",
  press: "pers",
  other: "anders",
});
const INSTRUMENT_OPTIONS = options<Instrument>(INSTRUMENTS, {
  prize: "prijs",
  grant: "gift",
  loan: "lening",
  equity: "participatie",
  other: "anders",
});
const KIND_OPTIONS = options<ActivityKind>(ACTIVITY_KINDS, { network: "netwerk", other: "anders" });

const editionRef: ColumnSpec = {
  key: "edition_id",
  alias: "editie_id",
  type: { kind: "slug" },
  required: true,
  description: "column.edition_id.description",
  example: "groningen-2024",
};
const applicantRef: ColumnSpec = {
  key: "applicant_id",
  alias: "aanmelding_id",
  type: text(64),
  required: true,
  description: "column.applicant_id.description",
  example: "A-001",
};

export const DATASETS: readonly DatasetSpec[] = [
  {
    key: "editions",
    alias: "edities",
    description: "dataset.editions.description",
    keys: ["edition_id"],
    columns: [
      {
        ...editionRef,
        description: "column.editions.edition_id.description",
      },
      {
        key: "municipality",
        alias: "gemeente",
        type: text(),
        required: true,
        description: "column.editions.municipality.description",
        example: "Groningen",
      },
      {
        key: "year",
        alias: "jaar",
        type: { kind: "integer", min: 2000, max: 2100 },
        required: true,
        description: "column.editions.year.description",
        example: 2024,
      },
      {
        key: "name",
        alias: "naam",
        type: text(),
        required: false,
        description: "column.editions.name.description",
        example: "SOC Groningen 2024",
      },
      {
        key: "themes",
        alias: "themas",
        type: { kind: "list" },
        required: false,
        // No themes: the empty list, as the database's column default.
        default: [],
        description: "column.editions.themes.description",
        example: "Eenzaamheid; Armoede",
      },
      {
        key: "budget_eur",
        alias: "budget_eur",
        type: euro(0),
        required: true,
        description: "column.editions.budget_eur.description",
        example: 60000,
      },
      {
        key: "max_share",
        alias: "max_aandeel",
        type: { kind: "decimal", min: 0, minExclusive: true, max: 1 },
        required: false,
        default: 0.5,
        description: "column.editions.max_share.description",
        example: 0.5,
      },
      {
        key: "score_scale_max",
        alias: "schaal_max",
        type: { kind: "integer", min: 3, max: 100 },
        required: false,
        default: 10,
        description: "column.editions.score_scale_max.description",
        example: 10,
      },
      {
        key: "launched_on",
        alias: "gestart_op",
        type: { kind: "date" },
        required: false,
        description: "column.editions.launched_on.description",
        example: "2024-01-15",
      },
      {
        key: "closed_on",
        alias: "sluiting_op",
        type: { kind: "date" },
        required: false,
        description: "column.editions.closed_on.description",
        example: "2024-03-31",
      },
      {
        key: "finale_on",
        alias: "finale_op",
        type: { kind: "date" },
        required: false,
        description: "column.editions.finale_on.description",
        example: "2024-06-20",
      },
    ],
  },
  {
    key: "criteria",
    alias: "criteria",
    description: "dataset.criteria.description",
    keys: ["edition_id", "criterion"],
    columns: [
      editionRef,
      {
        key: "criterion",
        alias: "criterium",
        type: { kind: "slug" },
        required: true,
        description: "column.criteria.criterion.description",
        example: "impact",
      },
      {
        key: "label",
        alias: "label",
        type: text(),
        required: false,
        description: "column.criteria.label.description",
        example: "Impact",
      },
      {
        key: "weight",
        alias: "weging",
        type: { kind: "decimal", min: 0, minExclusive: true },
        required: true,
        description: "column.criteria.weight.description",
        example: 0.3,
      },
    ],
  },
  {
    key: "applicants",
    alias: "aanmeldingen",
    description: "dataset.applicants.description",
    keys: ["edition_id", "applicant_id"],
    columns: [
      editionRef,
      {
        ...applicantRef,
        description: "column.applicants.applicant_id.description",
      },
      {
        key: "initiative",
        alias: "initiatief",
        type: text(200),
        required: true,
        description: "column.applicants.initiative.description",
        example: "Buurtsoep",
      },
      {
        key: "organisation",
        alias: "organisatie",
        type: text(),
        required: false,
        description: "column.applicants.organisation.description",
        example: "Stichting Buurtsoep",
      },
      {
        key: "entrepreneur",
        alias: "ondernemer",
        type: text(),
        required: false,
        personal: true,
        description: "column.applicants.entrepreneur.description",
        example: "Anna de Vries",
      },
      {
        key: "email",
        alias: "e-mail",
        type: { kind: "email" },
        required: false,
        personal: true,
        description: "column.applicants.email.description",
        example: "anna@voorbeeld.nl",
      },
      {
        key: "phone",
        alias: "telefoon",
        type: text(),
        required: false,
        personal: true,
        description: "column.applicants.phone.description",
        example: "06-12345678",
      },
      {
        key: "theme",
        alias: "thema",
        type: text(),
        required: false,
        description: "column.applicants.theme.description",
        example: "Eenzaamheid",
      },
      {
        key: "district",
        alias: "wijk",
        type: text(),
        required: false,
        description: "column.applicants.district.description",
        example: "Vinkhuizen",
      },
      {
        key: "stage",
        alias: "fase",
        type: { kind: "enum", options: STAGE_OPTIONS },
        required: false,
        description: "column.applicants.stage.description",
        example: "idee",
      },
      {
        key: "returning",
        alias: "terugkerend",
        type: { kind: "bool" },
        required: false,
        default: false,
        description: "column.applicants.returning.description",
        example: "nee",
      },
      {
        key: "referral",
        alias: "via",
        type: { kind: "enum", options: REFERRAL_OPTIONS },
        required: false,
        description: "column.applicants.referral.description",
        example: "mond_op_mond",
      },
      {
        key: "registered_on",
        alias: "aangemeld_op",
        type: { kind: "date" },
        required: false,
        description: "column.applicants.registered_on.description",
        example: "2024-02-10",
      },
      {
        key: "intake",
        alias: "intake",
        type: { kind: "bool" },
        required: false,
        default: false,
        description: "column.applicants.intake.description",
        example: "ja",
      },
      {
        key: "plan_submitted",
        alias: "plan_ingediend",
        type: { kind: "bool" },
        required: false,
        default: false,
        description: "column.applicants.plan_submitted.description",
        example: "ja",
      },
      {
        key: "kvk_number",
        alias: "kvk_nummer",
        type: { kind: "kvk" },
        required: false,
        description: "column.applicants.kvk_number.description",
        example: "01234567",
      },
      {
        key: "idea",
        alias: "idee",
        type: text(2000),
        required: false,
        description: "column.applicants.idea.description",
        example: "Een wekelijkse kooktafel waar buurtbewoners samen eten.",
      },
      {
        key: "start_budget_eur",
        alias: "startbudget_eur",
        type: euro(0, true),
        required: false,
        description: "column.applicants.start_budget_eur.description",
        example: 6000,
      },
      {
        key: "requested_eur",
        alias: "gevraagd_eur",
        type: euro(0, true),
        required: false,
        description: "column.applicants.requested_eur.description",
        example: 3000,
      },
    ],
  },
  {
    key: "assessments",
    alias: "beoordelingen",
    description: "dataset.assessments.description",
    keys: ["edition_id", "applicant_id", "assessor"],
    criterionColumns: true,
    columns: [
      editionRef,
      applicantRef,
      {
        key: "assessor",
        alias: "beoordelaar",
        type: text(),
        required: true,
        description: "column.assessments.assessor.description",
        example: "Jury A",
      },
      {
        key: "comment",
        alias: "toelichting",
        type: text(),
        required: false,
        description: "column.assessments.comment.description",
        example: "Sterk plan, veel draagvlak in de wijk.",
      },
    ],
  },
  {
    key: "awards",
    alias: "toekenningen",
    description: "dataset.awards.description",
    keys: ["edition_id", "applicant_id"],
    columns: [
      editionRef,
      applicantRef,
      {
        key: "start_budget_eur",
        alias: "startbudget_eur",
        type: euro(0, true),
        required: true,
        description: "column.awards.start_budget_eur.description",
        example: 6000,
      },
      {
        key: "microcredit_eur",
        alias: "microkrediet_eur",
        type: euro(0, true),
        required: true,
        description: "column.awards.microcredit_eur.description",
        example: 3000,
      },
      {
        key: "own_contribution_eur",
        alias: "eigen_bijdrage_eur",
        type: euro(0),
        required: false,
        default: 0,
        description: "column.awards.own_contribution_eur.description",
        example: 1500,
      },
      {
        key: "cofunding_eur",
        alias: "cofinanciering_eur",
        type: euro(0),
        required: false,
        default: 0,
        description: "column.awards.cofunding_eur.description",
        example: 1500,
      },
      {
        key: "awarded_on",
        alias: "toegekend_op",
        type: { kind: "date" },
        required: false,
        description: "column.awards.awarded_on.description",
        example: "2024-06-20",
      },
      {
        key: "instrument",
        alias: "vorm",
        type: { kind: "enum", options: INSTRUMENT_OPTIONS },
        required: false,
        default: "prize",
        description: "column.awards.instrument.description",
        example: "prijs",
      },
    ],
  },
  {
    key: "outcomes",
    alias: "resultaten",
    description: "dataset.outcomes.description",
    keys: ["edition_id", "applicant_id", "months"],
    columns: [
      editionRef,
      applicantRef,
      {
        key: "months",
        alias: "maanden",
        type: { kind: "integer", min: 0, max: 120 },
        required: true,
        description: "column.outcomes.months.description",
        example: 12,
      },
      {
        key: "active",
        alias: "actief",
        type: { kind: "bool" },
        required: true,
        description: "column.outcomes.active.description",
        example: "ja",
      },
      {
        key: "revenue_eur",
        alias: "omzet_eur",
        type: euro(0),
        required: false,
        description: "column.outcomes.revenue_eur.description",
        example: 18000,
      },
      {
        key: "jobs_fte",
        alias: "banen_fte",
        type: fte,
        required: false,
        description: "column.outcomes.jobs_fte.description",
        example: 1.5,
      },
      {
        key: "jobs_distance_fte",
        alias: "banen_afstand_fte",
        type: fte,
        required: false,
        description: "column.outcomes.jobs_distance_fte.description",
        example: 0.5,
      },
      {
        key: "volunteers",
        alias: "vrijwilligers",
        type: count,
        required: false,
        description: "column.outcomes.volunteers.description",
        example: 6,
      },
      {
        key: "beneficiaries",
        alias: "bereikte_personen",
        type: count,
        required: false,
        description: "column.outcomes.beneficiaries.description",
        example: 120,
      },
      {
        key: "follow_on_funding_eur",
        alias: "vervolgfinanciering_eur",
        type: euro(0),
        required: false,
        description: "column.outcomes.follow_on_funding_eur.description",
        example: 5000,
      },
      {
        key: "partnerships",
        alias: "samenwerkingen",
        type: count,
        required: false,
        description: "column.outcomes.partnerships.description",
        example: 2,
      },
    ],
  },
  {
    key: "surveys",
    alias: "enquete",
    description: "dataset.surveys.description",
    keys: ["edition_id", "respondent_id"],
    columns: [
      editionRef,
      {
        key: "respondent_id",
        alias: "respondent_id",
        type: text(),
        required: true,
        description: "column.surveys.respondent_id.description",
        example: "R-01",
      },
      {
        ...applicantRef,
        required: false,
        description: "column.surveys.applicant_id.description",
      },
      {
        key: "overall",
        alias: "algemeen",
        type: rating,
        required: false,
        description: "column.surveys.overall.description",
        example: 8,
      },
      {
        key: "intake_rating",
        alias: "intake",
        type: rating,
        required: false,
        description: "column.surveys.intake_rating.description",
        example: 8,
      },
      {
        key: "coaching",
        alias: "coaching",
        type: rating,
        required: false,
        description: "column.surveys.coaching.description",
        example: 7,
      },
      {
        key: "workshops",
        alias: "workshops",
        type: rating,
        required: false,
        description: "column.surveys.workshops.description",
        example: 8,
      },
      {
        key: "network",
        alias: "netwerk",
        type: rating,
        required: false,
        description: "column.surveys.network.description",
        example: 9,
      },
      {
        key: "recommend",
        alias: "aanbevelen",
        type: { kind: "integer", min: 0, max: 10 },
        required: false,
        description: "column.surveys.recommend.description",
        example: 9,
      },
      {
        key: "quote",
        alias: "citaat",
        type: text(500),
        required: false,
        description: "column.surveys.quote.description",
        example: "De coaching hielp me echt verder.",
      },
      {
        key: "quote_consent",
        alias: "citaat_toestemming",
        type: { kind: "bool" },
        required: false,
        default: false,
        description: "column.surveys.quote_consent.description",
        example: "ja",
      },
    ],
  },
  {
    key: "activities",
    alias: "programma",
    description: "dataset.activities.description",
    keys: ["edition_id", "activity_id"],
    columns: [
      editionRef,
      {
        key: "activity_id",
        alias: "activiteit_id",
        type: text(),
        required: true,
        description: "column.activities.activity_id.description",
        example: "W-01",
      },
      {
        key: "kind",
        alias: "soort",
        type: { kind: "enum", options: KIND_OPTIONS },
        required: true,
        description: "column.activities.kind.description",
        example: "workshop",
      },
      {
        key: "title",
        alias: "titel",
        type: text(),
        required: false,
        description: "column.activities.title.description",
        example: "Je verdienmodel in één middag",
      },
      {
        key: "held_on",
        alias: "datum",
        type: { kind: "date" },
        required: false,
        description: "column.activities.held_on.description",
        example: "2024-09-12",
      },
      {
        key: "hours",
        alias: "uren",
        type: { kind: "decimal", min: 0 },
        required: false,
        description: "column.activities.hours.description",
        example: 3,
      },
      {
        key: "participants",
        alias: "deelnemers",
        type: count,
        required: false,
        description: "column.activities.participants.description",
        example: 14,
      },
    ],
  },
  {
    key: "stories",
    alias: "cases",
    description: "dataset.stories.description",
    keys: ["edition_id", "applicant_id"],
    columns: [
      editionRef,
      applicantRef,
      {
        key: "title",
        alias: "titel",
        type: text(120),
        required: true,
        description: "column.stories.title.description",
        example: "Buurtsoep brengt Vinkhuizen samen",
      },
      {
        key: "summary",
        alias: "samenvatting",
        type: text(400),
        required: true,
        description: "column.stories.summary.description",
        example: "Elke week koken buurtbewoners samen soep voor wie alleen woont.",
      },
      {
        key: "quote",
        alias: "citaat",
        type: text(500),
        required: false,
        description: "column.stories.quote.description",
        example: "Soep is een smoes om bij elkaar te komen.",
      },
      {
        key: "published",
        alias: "gepubliceerd",
        type: { kind: "bool" },
        required: false,
        default: false,
        description: "column.stories.published.description",
        example: "ja",
      },
    ],
  },
];

/** Normalises a sheet name or header for matching: any case, spaces around ignored. */
export function normaliseName(name: string): string {
  return name.trim().toLowerCase();
}

/** The dataset a sheet or file name stands for, by key or Dutch alias. */
export function datasetByName(name: string): DatasetSpec | undefined {
  const wanted = normaliseName(name);
  return DATASETS.find((d) => d.key === wanted || d.alias === wanted);
}

export function datasetSpec(key: DatasetKey): DatasetSpec {
  const spec = DATASETS.find((d) => d.key === key);
  if (!spec) throw new Error(`unknown dataset ${key}`);
  return spec;
}

/**
 * The name a dataset, column or option goes by in a language: the Dutch alias
 * in Dutch, the key in English. Not a translation: both names import.
 */
export function nameIn(language: Language, named: { key: string; alias?: string }): string {
  return language === "nl" ? (named.alias ?? named.key) : named.key;
}

/** Every column's name in a language, by key: the values a description names. */
const columnNames = (language: Language): Record<string, string> =>
  Object.fromEntries(
    DATASETS.flatMap((dataset) => dataset.columns.map((c) => [c.key, nameIn(language, c)])),
  );
const COLUMN_NAMES = Object.fromEntries(
  LANGUAGES.map((language) => [language, columnNames(language)]),
) as Record<Language, Record<string, string>>;

/**
 * What a column means, in the reader's language, naming columns as that
 * language's headers, or by `names` where given (a form names its fields).
 */
export function columnDescription(
  column: ColumnSpec,
  language: Language,
  names: Record<string, string> = {},
): string {
  return translator(language)(column.description, { ...COLUMN_NAMES[language], ...names });
}

/** What a dataset holds, in the reader's language. */
export function datasetDescription(dataset: DatasetSpec, language: Language): string {
  return translator(language)(dataset.description);
}
