// National-scale data for benchmarks: every municipality running a Challenge
// every year. Made of the same builders as the demo, edition by edition, so a
// loader can stream it without ever holding the whole country in memory. The
// same options give the same rows on every machine.
import type { Dataset } from "../db/dataset";
import { buildEditionDataset, type CriterionSpec, type EditionParams } from "./builders";
import { createRandom, type Random } from "./random";

export interface ScaleOptions {
  municipalities: number;
  years: number;
  seed: number;
  /**
   * How much an award raises the chance to run after 12 months (see
   * EditionParams.awardEffect): a known effect for `impact evaluate` to find.
   */
  effect: number;
}

/** 350 municipalities x 10 years: about 350,000 registrations. */
export const DEFAULT_SCALE: ScaleOptions = {
  municipalities: 350,
  years: 10,
  seed: 20_250_601,
  effect: 0.1,
};

/** The largest effect --effect takes, either way. */
export const MAX_SCALE_EFFECT = 0.5;

/** The generated world as of this day; the last year is followed up for 6 months only. */
export const SCALE_AS_OF = "2025-06-01";
const LAST_YEAR = 2024;
/** Editions start in 2000 at the earliest (the contract's range of years). */
export const MAX_SCALE_YEARS = LAST_YEAR - 2000 + 1;

const REGISTRATIONS_MEAN = 100;
const RETURNING_SHARE = 0.06;

// Dutch-sounding place names: a stem and an ending, as in Veendam or Oosterhout.
const NAME_STEMS = [
  "Aal",
  "Ber",
  "Bol",
  "Dal",
  "Dor",
  "Ees",
  "Gel",
  "Goor",
  "Hal",
  "Har",
  "Heer",
  "Hol",
  "Kol",
  "Lan",
  "Lin",
  "Meer",
  "Mid",
  "Nij",
  "Oos",
  "Ouw",
  "Ros",
  "Ruin",
  "Schoon",
  "Sliedr",
  "Stad",
  "Ter",
  "Uit",
  "Veen",
  "Wes",
  "Wier",
  "Wol",
  "Zand",
] as const;

const NAME_ENDINGS = [
  "broek",
  "dam",
  "dijk",
  "dorp",
  "haven",
  "horst",
  "hout",
  "hoven",
  "kerk",
  "loo",
  "meer",
  "oord",
  "sloot",
  "veen",
  "voort",
  "wijk",
  "wold",
  "zijl",
] as const;

const DISTRICTS = [
  "Centrum",
  "Noord",
  "Oost",
  "Zuid",
  "West",
  "Oude Dorp",
  "De Meent",
  "Het Hof",
  "Stationsbuurt",
  "Bomenbuurt",
  "Vogelwijk",
  "Bloemenbuurt",
  "De Akkers",
  "Molenwijk",
  "Havenkwartier",
] as const;

const THEMES = [
  "Armoede",
  "Eenzaamheid",
  "Werk en participatie",
  "Positieve gezondheid",
  "Schulden",
  "Jongeren en perspectief",
  "Energiearmoede",
  "Inclusie",
  "Duurzaamheid",
  "Voorkomen van zorg",
] as const;

/** An own rubric, as about a third of municipalities have: impact weighs most. */
const OWN_CRITERIA: readonly CriterionSpec[] = [
  { criterion: "impact", label: "Maatschappelijke impact", weight: 0.4 },
  { criterion: "haalbaarheid", label: "Haalbaarheid", weight: 0.2 },
  { criterion: "draagvlak", label: "Draagvlak in de wijk", weight: 0.2 },
  { criterion: "originaliteit", label: "Originaliteit", weight: 0.2 },
];

interface Municipality {
  name: string;
  slug: string;
  /** Like the CBS municipality codes: GM0001. */
  code: string;
  /** Registrations relative to the national mean. */
  size: number;
  districts: readonly string[];
  criteria?: readonly CriterionSpec[];
  scoreScaleMax?: number;
}

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Distinct names; past the stems x endings, numbered ones. */
function municipalityNames(rng: Random, count: number): string[] {
  const names = rng.shuffle(NAME_STEMS.flatMap((stem) => NAME_ENDINGS.map((end) => stem + end)));
  const pool = names.length;
  return Array.from({ length: count }, (_, i) => {
    const name = names[i % pool] as string;
    return i < pool ? name : `${name} ${Math.floor(i / pool) + 1}`;
  });
}

function municipalities(options: ScaleOptions): Municipality[] {
  const rng = createRandom(options.seed).fork("municipalities");
  return municipalityNames(rng, options.municipalities).map((name, i) => ({
    name,
    slug: slugOf(name),
    code: `GM${String(i + 1).padStart(4, "0")}`,
    size: Math.min(2, Math.max(0.4, rng.normal(1, 0.3))),
    districts: rng.shuffle(DISTRICTS).slice(0, rng.int(6, 10)),
    criteria: rng.chance(0.3) ? OWN_CRITERIA : undefined,
    scoreScaleMax: rng.chance(0.15) ? 5 : undefined,
  }));
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function editionParams(
  rng: Random,
  place: Municipality,
  year: number,
  first: boolean,
  effect: number,
): EditionParams {
  const registrations = Math.max(
    12,
    Math.round(REGISTRATIONS_MEAN * place.size * rng.float(0.85, 1.15)),
  );
  const intakes = Math.round(registrations * rng.float(0.85, 0.95));
  const plans = Math.round(registrations * rng.float(0.36, 0.44));
  const awards = Math.max(1, Math.round(plans * rng.float(0.65, 0.8)));
  return {
    editionId: `${place.slug}-${year}`,
    municipality: place.name,
    year,
    themes: rng.shuffle(THEMES).slice(0, 3),
    budgetEur: Math.round((awards * rng.int(1500, 2500)) / 500) * 500,
    budgetUse: rng.float(0.88, 1.02),
    scoreScaleMax: place.scoreScaleMax,
    criteria: place.criteria,
    calendar: {
      launchedOn: isoDate(year, 2, rng.int(1, 28)),
      closedOn: isoDate(year, 5, rng.int(1, 28)),
      finaleOn: isoDate(year, rng.int(10, 11), rng.int(1, 28)),
    },
    funnel: { registrations, intakes, plans, awards },
    districts: place.districts,
    returningShare: first ? 0 : RETURNING_SHARE,
    idPrefix: `${place.code}-${String(year).slice(2)}-`,
    asOf: SCALE_AS_OF,
    awardEffect: effect,
  };
}

/** The editions' parameters, municipality by municipality, oldest year first. */
export function* scaleEditionParams(options: ScaleOptions): Generator<EditionParams> {
  const root = createRandom(options.seed);
  const firstYear = LAST_YEAR - options.years + 1;
  for (const place of municipalities(options)) {
    for (let year = firstYear; year <= LAST_YEAR; year++) {
      const rng = root.fork(`${place.slug}-${year}/params`);
      yield editionParams(rng, place, year, year === firstYear, options.effect);
    }
  }
}

/** Every edition's rows, one edition at a time. */
export function* scaleDatasets(options: ScaleOptions): Generator<Dataset> {
  const root = createRandom(options.seed);
  for (const params of scaleEditionParams(options)) {
    yield buildEditionDataset(root.fork(params.editionId), params);
  }
}
