// The import contract (shared/spec/data.md) as data: the one description of
// every dataset and column. The import validates with it, the template and
// the export codebook are written from it. Keys and aliases never change.
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

export interface Text {
  nl: string;
  en: string;
}

export interface ColumnSpec {
  key: string;
  alias: string;
  type: ValueType;
  required: boolean;
  /** Stored when the cell is empty (the contract's "default"). */
  default?: string | number | boolean;
  description: Text;
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
  description: Text;
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
  description: { nl: "De editie (moet bestaan).", en: "The edition (must exist)." },
  example: "groningen-2024",
};
const applicantRef: ColumnSpec = {
  key: "applicant_id",
  alias: "aanmelding_id",
  type: text(64),
  required: true,
  description: {
    nl: "De aanmelding (moet bestaan in deze editie).",
    en: "The registration (must exist in this edition).",
  },
  example: "A-001",
};

export const DATASETS: readonly DatasetSpec[] = [
  {
    key: "editions",
    alias: "edities",
    description: {
      nl: "Eén Challenge in één gemeente in één jaar.",
      en: "One Challenge run in one municipality in one year.",
    },
    keys: ["edition_id"],
    columns: [
      {
        ...editionRef,
        description: {
          nl: "Korte unieke naam: kleine letters, cijfers en streepjes.",
          en: "Short unique name: lower-case letters, digits and hyphens.",
        },
      },
      {
        key: "municipality",
        alias: "gemeente",
        type: text(),
        required: true,
        description: {
          nl: "De gemeente; met het jaar uniek.",
          en: "The municipality; unique with the year.",
        },
        example: "Groningen",
      },
      {
        key: "year",
        alias: "jaar",
        type: { kind: "integer", min: 2000, max: 2100 },
        required: true,
        description: { nl: "Het jaar van de editie.", en: "The year of the edition." },
        example: 2024,
      },
      {
        key: "name",
        alias: "naam",
        type: text(),
        required: false,
        description: {
          nl: "Naam; leeg betekent 'SOC {gemeente} {jaar}'.",
          en: "Name; empty means 'SOC {municipality} {year}'.",
        },
        example: "SOC Groningen 2024",
      },
      {
        key: "themes",
        alias: "themas",
        type: { kind: "list" },
        required: false,
        description: {
          nl: "Thema's, gescheiden door puntkomma's.",
          en: "Themes, separated by semicolons.",
        },
        example: "Eenzaamheid; Armoede",
      },
      {
        key: "budget_eur",
        alias: "budget_eur",
        type: euro(0),
        required: true,
        description: {
          nl: "Het budget voor microkredieten, in euro.",
          en: "The budget for microcredits, in euros.",
        },
        example: 60000,
      },
      {
        key: "max_share",
        alias: "max_aandeel",
        type: { kind: "decimal", min: 0, minExclusive: true, max: 1 },
        required: false,
        default: 0.5,
        description: {
          nl: "Het grootste deel van een startbudget dat publiek geld mag zijn (standaard 0,5).",
          en: "The largest share of a start budget that may be public money (default 0.5).",
        },
        example: 0.5,
      },
      {
        key: "score_scale_max",
        alias: "schaal_max",
        type: { kind: "integer", min: 3, max: 100 },
        required: false,
        default: 10,
        description: {
          nl: "Het hoogste cijfer van de beoordeling (standaard 10).",
          en: "The highest assessment score (default 10).",
        },
        example: 10,
      },
      {
        key: "launched_on",
        alias: "gestart_op",
        type: { kind: "date" },
        required: false,
        description: { nl: "Start van de campagne.", en: "Campaign launch." },
        example: "2024-01-15",
      },
      {
        key: "closed_on",
        alias: "sluiting_op",
        type: { kind: "date" },
        required: false,
        description: { nl: "Sluiting van de aanmelding.", en: "Registration deadline." },
        example: "2024-03-31",
      },
      {
        key: "finale_on",
        alias: "finale_op",
        type: { kind: "date" },
        required: false,
        description: { nl: "De finale met prijsuitreiking.", en: "The prize ceremony." },
        example: "2024-06-20",
      },
    ],
  },
  {
    key: "criteria",
    alias: "criteria",
    description: {
      nl: "De beoordelingscriteria van een editie met hun weging. Zonder rijen geldt de standaardrubriek.",
      en: "The edition's assessment criteria with their weights. Without rows the default rubric applies.",
    },
    keys: ["edition_id", "criterion"],
    columns: [
      editionRef,
      {
        key: "criterion",
        alias: "criterium",
        type: { kind: "slug" },
        required: true,
        description: {
          nl: "Korte naam van het criterium; 'impact' is verplicht.",
          en: "Short name of the criterion; 'impact' is required.",
        },
        example: "impact",
      },
      {
        key: "label",
        alias: "label",
        type: text(),
        required: false,
        description: { nl: "Naam zoals getoond.", en: "Name as shown." },
        example: "Impact",
      },
      {
        key: "weight",
        alias: "weging",
        type: { kind: "decimal", min: 0, minExclusive: true },
        required: true,
        description: {
          nl: "Gewicht; impact weegt zwaarder dan elk ander criterium.",
          en: "Weight; impact weighs more than every other criterion.",
        },
        example: 0.3,
      },
    ],
  },
  {
    key: "applicants",
    alias: "aanmeldingen",
    description: { nl: "Eén aanmelding voor een editie.", en: "One registration for an edition." },
    keys: ["edition_id", "applicant_id"],
    columns: [
      editionRef,
      {
        ...applicantRef,
        description: {
          nl: "Eigen nummer of code van de aanmelding, uniek binnen de editie.",
          en: "Your own number or code of the registration, unique within the edition.",
        },
      },
      {
        key: "initiative",
        alias: "initiatief",
        type: text(200),
        required: true,
        description: { nl: "Naam van het initiatief.", en: "Name of the initiative." },
        example: "Buurtsoep",
      },
      {
        key: "organisation",
        alias: "organisatie",
        type: text(),
        required: false,
        description: { nl: "De organisatie erachter.", en: "The organisation behind it." },
        example: "Stichting Buurtsoep",
      },
      {
        key: "entrepreneur",
        alias: "ondernemer",
        type: text(),
        required: false,
        personal: true,
        description: { nl: "Naam van de ondernemer.", en: "Name of the entrepreneur." },
        example: "Anna de Vries",
      },
      {
        key: "email",
        alias: "e-mail",
        type: { kind: "email" },
        required: false,
        personal: true,
        description: { nl: "E-mailadres.", en: "E-mail address." },
        example: "anna@voorbeeld.nl",
      },
      {
        key: "phone",
        alias: "telefoon",
        type: text(),
        required: false,
        personal: true,
        description: { nl: "Telefoonnummer.", en: "Phone number." },
        example: "06-12345678",
      },
      {
        key: "theme",
        alias: "thema",
        type: text(),
        required: false,
        description: { nl: "Thema van het initiatief.", en: "Theme of the initiative." },
        example: "Eenzaamheid",
      },
      {
        key: "district",
        alias: "wijk",
        type: text(),
        required: false,
        description: { nl: "Wijk waar het initiatief werkt.", en: "District it works in." },
        example: "Vinkhuizen",
      },
      {
        key: "stage",
        alias: "fase",
        type: { kind: "enum", options: STAGE_OPTIONS },
        required: false,
        description: { nl: "Fase van het initiatief.", en: "Stage of the initiative." },
        example: "idee",
      },
      {
        key: "returning",
        alias: "terugkerend",
        type: { kind: "bool" },
        required: false,
        default: false,
        description: {
          nl: "Deed eerder mee aan een editie.",
          en: "Took part in an earlier edition.",
        },
        example: "nee",
      },
      {
        key: "referral",
        alias: "via",
        type: { kind: "enum", options: REFERRAL_OPTIONS },
        required: false,
        description: {
          nl: "Hoe de ondernemer van de Challenge hoorde.",
          en: "How the entrepreneur heard of the Challenge.",
        },
        example: "mond_op_mond",
      },
      {
        key: "registered_on",
        alias: "aangemeld_op",
        type: { kind: "date" },
        required: false,
        description: { nl: "Datum van aanmelding.", en: "Date of registration." },
        example: "2024-02-10",
      },
      {
        key: "intake",
        alias: "intake",
        type: { kind: "bool" },
        required: false,
        default: false,
        description: { nl: "Intakegesprek gehouden.", en: "Intake interview held." },
        example: "ja",
      },
      {
        key: "plan_submitted",
        alias: "plan_ingediend",
        type: { kind: "bool" },
        required: false,
        default: false,
        description: {
          nl: "Plan met begroting ingediend.",
          en: "Plan and budget handed in.",
        },
        example: "ja",
      },
    ],
  },
  {
    key: "assessments",
    alias: "beoordelingen",
    description: {
      nl: "De cijfers van één beoordelaar voor één aanmelding: één kolom per criterium van de rubriek.",
      en: "One assessor's scores for one registration: one column per criterion of the rubric.",
    },
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
        description: {
          nl: "Naam of code van de beoordelaar.",
          en: "Name or code of the assessor.",
        },
        example: "Jury A",
      },
      {
        key: "comment",
        alias: "toelichting",
        type: text(),
        required: false,
        description: { nl: "Toelichting bij de cijfers.", en: "Comment on the scores." },
        example: "Sterk plan, veel draagvlak in de wijk.",
      },
    ],
  },
  {
    key: "awards",
    alias: "toekenningen",
    description: { nl: "Een toegekend microkrediet.", en: "A microcredit granted." },
    keys: ["edition_id", "applicant_id"],
    columns: [
      editionRef,
      applicantRef,
      {
        key: "start_budget_eur",
        alias: "startbudget_eur",
        type: euro(0, true),
        required: true,
        description: {
          nl: "Het totale startbudget van het initiatief, in euro.",
          en: "The initiative's total start budget, in euros.",
        },
        example: 6000,
      },
      {
        key: "microcredit_eur",
        alias: "microkrediet_eur",
        type: euro(0, true),
        required: true,
        description: {
          nl: "Het microkrediet; hoogstens max_aandeel van het startbudget.",
          en: "The microcredit; at most max_share of the start budget.",
        },
        example: 3000,
      },
      {
        key: "own_contribution_eur",
        alias: "eigen_bijdrage_eur",
        type: euro(0),
        required: false,
        default: 0,
        description: { nl: "Eigen bijdrage, in euro.", en: "Own contribution, in euros." },
        example: 1500,
      },
      {
        key: "cofunding_eur",
        alias: "cofinanciering_eur",
        type: euro(0),
        required: false,
        default: 0,
        description: {
          nl: "Geld van andere financiers, in euro.",
          en: "Money from other funders, in euros.",
        },
        example: 1500,
      },
      {
        key: "awarded_on",
        alias: "toegekend_op",
        type: { kind: "date" },
        required: false,
        description: { nl: "Datum van toekenning.", en: "Date of the award." },
        example: "2024-06-20",
      },
      {
        key: "instrument",
        alias: "vorm",
        type: { kind: "enum", options: INSTRUMENT_OPTIONS },
        required: false,
        default: "prize",
        description: { nl: "Vorm van de financiering.", en: "Form of the funding." },
        example: "prijs",
      },
    ],
  },
  {
    key: "outcomes",
    alias: "resultaten",
    description: {
      nl: "Een meting van één initiatief, een aantal maanden na de toekenningen.",
      en: "A follow-up measurement of one initiative, some months after the awards.",
    },
    keys: ["edition_id", "applicant_id", "months"],
    columns: [
      editionRef,
      applicantRef,
      {
        key: "months",
        alias: "maanden",
        type: { kind: "integer", min: 0, max: 120 },
        required: true,
        description: {
          nl: "Maanden sinds de toekenningen van de editie.",
          en: "Months since the edition's awards.",
        },
        example: 12,
      },
      {
        key: "active",
        alias: "actief",
        type: { kind: "bool" },
        required: true,
        description: { nl: "Het initiatief loopt nog.", en: "The initiative still runs." },
        example: "ja",
      },
      {
        key: "revenue_eur",
        alias: "omzet_eur",
        type: euro(0),
        required: false,
        description: {
          nl: "Omzet over de afgelopen 12 maanden, in euro.",
          en: "Revenue over the past 12 months, in euros.",
        },
        example: 18000,
      },
      {
        key: "jobs_fte",
        alias: "banen_fte",
        type: fte,
        required: false,
        description: { nl: "Betaalde banen, in fte.", en: "Paid jobs, in FTE." },
        example: 1.5,
      },
      {
        key: "jobs_distance_fte",
        alias: "banen_afstand_fte",
        type: fte,
        required: false,
        description: {
          nl: "Waarvan voor mensen met een afstand tot de arbeidsmarkt; niet meer dan banen_fte.",
          en: "Of which for people with a distance to the labour market; at most jobs_fte.",
        },
        example: 0.5,
      },
      {
        key: "volunteers",
        alias: "vrijwilligers",
        type: count,
        required: false,
        description: { nl: "Aantal vrijwilligers.", en: "Number of volunteers." },
        example: 6,
      },
      {
        key: "beneficiaries",
        alias: "bereikte_personen",
        type: count,
        required: false,
        description: { nl: "Aantal bereikte mensen.", en: "Number of people reached." },
        example: 120,
      },
      {
        key: "follow_on_funding_eur",
        alias: "vervolgfinanciering_eur",
        type: euro(0),
        required: false,
        description: {
          nl: "Opgehaald sinds de toekenning, opgeteld, in euro.",
          en: "Raised since the award, cumulative, in euros.",
        },
        example: 5000,
      },
      {
        key: "partnerships",
        alias: "samenwerkingen",
        type: count,
        required: false,
        description: {
          nl: "Samenwerkingen met lokale bedrijven.",
          en: "Collaborations with local businesses.",
        },
        example: 2,
      },
    ],
  },
  {
    key: "surveys",
    alias: "enquete",
    description: {
      nl: "De ervaring van één deelnemer.",
      en: "One participant's experience.",
    },
    keys: ["edition_id", "respondent_id"],
    columns: [
      editionRef,
      {
        key: "respondent_id",
        alias: "respondent_id",
        type: text(),
        required: true,
        description: { nl: "Code van de respondent.", en: "Code of the respondent." },
        example: "R-01",
      },
      {
        ...applicantRef,
        required: false,
        description: {
          nl: "De aanmelding van de respondent, als bekend.",
          en: "The respondent's registration, where known.",
        },
      },
      {
        key: "overall",
        alias: "algemeen",
        type: rating,
        required: false,
        description: { nl: "Algemeen cijfer (1–10).", en: "Overall rating (1–10)." },
        example: 8,
      },
      {
        key: "intake_rating",
        alias: "intake",
        type: rating,
        required: false,
        description: { nl: "Cijfer voor de intake (1–10).", en: "Rating of the intake (1–10)." },
        example: 8,
      },
      {
        key: "coaching",
        alias: "coaching",
        type: rating,
        required: false,
        description: { nl: "Cijfer voor de coaching (1–10).", en: "Rating of coaching (1–10)." },
        example: 7,
      },
      {
        key: "workshops",
        alias: "workshops",
        type: rating,
        required: false,
        description: { nl: "Cijfer voor de workshops (1–10).", en: "Rating of workshops (1–10)." },
        example: 8,
      },
      {
        key: "network",
        alias: "netwerk",
        type: rating,
        required: false,
        description: {
          nl: "Cijfer voor de netwerkbijeenkomsten (1–10).",
          en: "Rating of network meetings (1–10).",
        },
        example: 9,
      },
      {
        key: "recommend",
        alias: "aanbevelen",
        type: { kind: "integer", min: 0, max: 10 },
        required: false,
        description: {
          nl: "Zou de Challenge aanbevelen (0–10).",
          en: "Would recommend the Challenge (0–10).",
        },
        example: 9,
      },
      {
        key: "quote",
        alias: "citaat",
        type: text(500),
        required: false,
        description: { nl: "Citaat van de deelnemer.", en: "Quote of the participant." },
        example: "De coaching hielp me echt verder.",
      },
      {
        key: "quote_consent",
        alias: "citaat_toestemming",
        type: { kind: "bool" },
        required: false,
        default: false,
        description: {
          nl: "Toestemming om het citaat te publiceren; zonder toestemming verlaat het citaat het product nooit.",
          en: "Consent to publish the quote; without it the quote never leaves the product.",
        },
        example: "ja",
      },
    ],
  },
  {
    key: "activities",
    alias: "programma",
    description: {
      nl: "Een activiteit van het programma rond de microkredieten.",
      en: "An activity of the programme around the microcredits.",
    },
    keys: ["edition_id", "activity_id"],
    columns: [
      editionRef,
      {
        key: "activity_id",
        alias: "activiteit_id",
        type: text(),
        required: true,
        description: { nl: "Code van de activiteit.", en: "Code of the activity." },
        example: "W-01",
      },
      {
        key: "kind",
        alias: "soort",
        type: { kind: "enum", options: KIND_OPTIONS },
        required: true,
        description: { nl: "Soort activiteit.", en: "Kind of activity." },
        example: "workshop",
      },
      {
        key: "title",
        alias: "titel",
        type: text(),
        required: false,
        description: { nl: "Titel.", en: "Title." },
        example: "Je verdienmodel in één middag",
      },
      {
        key: "held_on",
        alias: "datum",
        type: { kind: "date" },
        required: false,
        description: { nl: "Datum.", en: "Date." },
        example: "2024-09-12",
      },
      {
        key: "hours",
        alias: "uren",
        type: { kind: "decimal", min: 0 },
        required: false,
        description: { nl: "Duur in uren.", en: "Duration in hours." },
        example: 3,
      },
      {
        key: "participants",
        alias: "deelnemers",
        type: count,
        required: false,
        description: { nl: "Aantal deelnemers.", en: "Number of participants." },
        example: 14,
      },
    ],
  },
  {
    key: "stories",
    alias: "cases",
    description: {
      nl: "Een verhaal over een initiatief voor factsheets en publicaties.",
      en: "A case for factsheets and publications.",
    },
    keys: ["edition_id", "applicant_id"],
    columns: [
      editionRef,
      applicantRef,
      {
        key: "title",
        alias: "titel",
        type: text(120),
        required: true,
        description: { nl: "Titel (hoogstens 120 tekens).", en: "Title (120 characters at most)." },
        example: "Buurtsoep brengt Vinkhuizen samen",
      },
      {
        key: "summary",
        alias: "samenvatting",
        type: text(400),
        required: true,
        description: {
          nl: "Samenvatting (hoogstens 400 tekens).",
          en: "Summary (400 characters at most).",
        },
        example: "Elke week koken buurtbewoners samen soep voor wie alleen woont.",
      },
      {
        key: "quote",
        alias: "citaat",
        type: text(500),
        required: false,
        description: { nl: "Citaat.", en: "Quote." },
        example: "Soep is een smoes om bij elkaar te komen.",
      },
      {
        key: "published",
        alias: "gepubliceerd",
        type: { kind: "bool" },
        required: false,
        default: false,
        description: {
          nl: "Alleen gepubliceerde verhalen verschijnen op factsheets.",
          en: "Only published stories appear on factsheets.",
        },
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
