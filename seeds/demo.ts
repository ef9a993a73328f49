// The demo dataset: three municipalities over several years, with the public
// facts of SOC Groningen where they are known and plausible invention around
// them. Fixed seed and fixed dates, so every machine shows the same factsheet.
import { type Dataset, emptyDataset } from "../db/dataset";
import {
  appendDataset,
  buildEditionDataset,
  type CriterionSpec,
  type EditionParams,
  type FeaturedCase,
} from "./builders";
import { createRandom } from "./random";

const DEMO_SEED = 20_170_215;

/** The demo describes the world as of this day: later follow-ups are not due. */
export const DEMO_AS_OF = "2023-06-01";

/** Share of applicants of a later edition who took part before. */
const RETURNING_SHARE = 0.06;

interface DemoEdition {
  year: number;
  themes: string[];
  budgetEur: number;
  budgetUse: number;
  /** registrations, intakes, plans, awards */
  funnel: [number, number, number, number];
  /** launched, closed, finale */
  calendar: [string, string, string];
  criteria?: readonly CriterionSpec[];
  maxShare?: number;
  featured?: FeaturedCase[];
}

interface DemoMunicipality {
  municipality: string;
  slug: string;
  /** Start of applicant ids, as the municipality numbers its registrations. */
  code: string;
  scoreScaleMax?: number;
  /** Share of the otherwise unfollowed unfunded plans followed at 12 months (see EditionParams). */
  comparisonFollowUp?: number;
  districts: string[];
  editions: DemoEdition[];
}

const GRONINGEN_CRITERIA: readonly CriterionSpec[] = [
  { criterion: "impact", label: "Impact", weight: 0.3 },
  { criterion: "draagvlak", label: "Draagvlak", weight: 0.175 },
  { criterion: "ondernemend", label: "Ondernemend", weight: 0.175 },
  { criterion: "schaalbaar", label: "Schaalbaar", weight: 0.175 },
  { criterion: "vernieuwing", label: "Vernieuwing", weight: 0.175 },
];

const LEEUWARDEN_CRITERIA: readonly CriterionSpec[] = [
  { criterion: "impact", label: "Maatschappelijke impact", weight: 0.4 },
  { criterion: "haalbaarheid", label: "Haalbaarheid", weight: 0.2 },
  { criterion: "draagvlak", label: "Draagvlak in de wijk", weight: 0.2 },
  { criterion: "originaliteit", label: "Originaliteit", weight: 0.2 },
];

const SOCIAAL_GERICHT: FeaturedCase = {
  initiative: "Sociaal Gericht",
  organisation: "Sociaal Gericht B.V.",
  district: "Korrewegwijk",
  theme: "Werk en participatie",
  stage: "startup",
  story: {
    title: "Sociaal Gericht: een cateraar die mensen weer aan het werk helpt",
    summary:
      "Sociaal Gericht verzorgt lunches en catering voor bedrijven en instellingen, bereid door mensen met een afstand tot de arbeidsmarkt. Met het microkrediet uit de SOC Groningen 2017 kwamen er een eigen keukeninrichting en een leerwerktraject.",
    quote: "Onze koks krijgen hier niet alleen een baan, maar ook weer een dagritme en collega's.",
    published: true,
  },
};

const GRONINGEN: DemoMunicipality = {
  municipality: "Groningen",
  slug: "groningen",
  code: "GRO",
  // Groningen follows its unfunded plans too, for the evaluation at the
  // budget line: enough near the line over its editions for an estimate.
  comparisonFollowUp: 1,
  districts: [
    "Vinkhuizen",
    "Selwerd",
    "Oosterparkwijk",
    "Beijum",
    "Lewenborg",
    "De Wijert",
    "Paddepoel",
    "Hoogkerk",
    "Korrewegwijk",
    "De Hoogte",
    "Indische Buurt",
    "Rivierenbuurt",
    "Schilderswijk",
    "Oosterpoort",
  ],
  editions: [
    {
      year: 2017,
      themes: ["Armoede", "Eenzaamheid", "Werk en participatie"],
      budgetEur: 102_500,
      budgetUse: 0.93,
      funnel: [84, 78, 44, 32],
      calendar: ["2017-02-15", "2017-04-30", "2017-10-12"],
      featured: [SOCIAAL_GERICHT],
    },
    {
      year: 2018,
      themes: ["Positieve gezondheid", "Eenzaamheid", "Armoede"],
      budgetEur: 65_000,
      budgetUse: 0.95,
      funnel: [72, 66, 34, 21],
      calendar: ["2018-02-12", "2018-04-27", "2018-10-11"],
      featured: [
        {
          initiative: "Oma's Soep",
          organisation: "Stichting Oma's Soep",
          district: "Oosterparkwijk",
          theme: "Eenzaamheid",
          stage: "idea",
          story: {
            title: "Oma's Soep: oma's en jongeren koken samen tegen eenzaamheid",
            summary:
              "Bij Oma's Soep koken oudere buurtbewoners samen met jongeren volgens hun eigen recepten. De soep wordt verkocht en de opbrengst betaalt de kookmiddagen. Met het microkrediet uit de SOC Groningen 2018 kocht het team een professionele keuken in.",
            quote:
              "Aan tafel verdwijnt het verschil in leeftijd. Iedereen heeft een verhaal en iedereen is nodig.",
            published: true,
          },
        },
      ],
    },
    {
      year: 2019,
      themes: ["Eenzaamheid", "Schulden", "Duurzaam meedoen"],
      budgetEur: 60_000,
      budgetUse: 0.96,
      funnel: [70, 64, 32, 19],
      calendar: ["2019-02-11", "2019-04-26", "2019-10-10"],
      criteria: GRONINGEN_CRITERIA,
      featured: [
        {
          initiative: "Omapost",
          organisation: "Omapost B.V.",
          district: null,
          theme: "Eenzaamheid",
          stage: "startup",
          story: {
            title: "Omapost: post van de kleinkinderen op de deurmat",
            summary:
              "Met Omapost sturen familieleden foto's en berichtjes via een app; Omapost drukt ze af en bezorgt ze als echte post bij opa of oma. Het microkrediet uit de SOC Groningen 2019 hielp de dienst betaalbaar te maken voor bewoners van verzorgingshuizen.",
            quote:
              "Een kaart op het nachtkastje zegt meer dan een bericht op een scherm dat oma niet kan lezen.",
            published: true,
          },
        },
      ],
    },
    {
      year: 2020,
      themes: ["Prettig samen wonen in de buurt", "Positieve gezondheid", "Voorkomen van zorg"],
      budgetEur: 60_000,
      budgetUse: 0.97,
      funnel: [85, 84, 38, 20],
      // The deadline moved to mid-May when the first lockdown began.
      calendar: ["2020-02-10", "2020-05-15", "2020-11-19"],
      criteria: GRONINGEN_CRITERIA,
      featured: [
        {
          initiative: "Matsie",
          organisation: "Stichting Matsie",
          district: "Selwerd",
          theme: "Prettig samen wonen in de buurt",
          stage: "idea",
          story: {
            title: "Matsie brengt buren met elkaar in contact",
            summary:
              "Matsie koppelt buurtbewoners die hulp kunnen gebruiken aan buren die graag iets doen: een boodschap, een klusje of een kop koffie. Het microkrediet uit de SOC Groningen 2020 betaalde de eerste wijkcoördinator, midden in de coronatijd.",
            quote:
              "Juist toen iedereen binnen moest blijven, bleek hoe graag mensen iets voor elkaar willen betekenen.",
            published: true,
          },
        },
      ],
    },
    {
      year: 2021,
      themes: ["Positieve gezondheid", "Jongeren en perspectief", "Armoede"],
      budgetEur: 52_500,
      // The jury awarded slightly more than the pot: the over-budget warning case.
      budgetUse: 1.03,
      funnel: [66, 60, 30, 18],
      calendar: ["2021-02-15", "2021-04-30", "2021-10-14"],
      criteria: GRONINGEN_CRITERIA,
      featured: [
        {
          ...SOCIAAL_GERICHT,
          theme: "Jongeren en perspectief",
          stage: "growth",
          returning: true,
          story: {
            title: "Sociaal Gericht groeit: een tweede keuken voor jongeren",
            summary:
              "Vier jaar na de eerste Challenge doet Sociaal Gericht opnieuw mee, nu met een leerkeuken voor jongeren zonder startkwalificatie. Het microkrediet uit de SOC Groningen 2021 is bedoeld voor de inrichting; de verhuurder en een zorgverzekeraar dragen ook bij.",
            quote: null,
            // Still waiting for the entrepreneur's approval of the text.
            published: false,
          },
        },
      ],
    },
    {
      year: 2022,
      themes: ["Energiearmoede", "Eenzaamheid", "Inclusieve arbeidsmarkt"],
      budgetEur: 52_500,
      budgetUse: 0.92,
      funnel: [62, 57, 28, 17],
      calendar: ["2022-02-14", "2022-04-29", "2022-10-13"],
      criteria: GRONINGEN_CRITERIA,
    },
  ],
};

const LEEUWARDEN: DemoMunicipality = {
  municipality: "Leeuwarden",
  slug: "leeuwarden",
  code: "LWD",
  districts: [
    "Heechterp-Schieringen",
    "Vrijheidswijk",
    "Bilgaard",
    "Camminghaburen",
    "Oud-Oost",
    "Huizum",
    "Westeinde",
    "Binnenstad",
    "Aldlân",
    "Achter de Hoven",
  ],
  editions: [
    {
      year: 2019,
      themes: ["Armoede en schulden", "Eenzaamheid", "Meedoen naar vermogen"],
      budgetEur: 32_000,
      budgetUse: 0.94,
      funnel: [35, 31, 18, 10],
      calendar: ["2019-03-04", "2019-05-17", "2019-11-07"],
      criteria: LEEUWARDEN_CRITERIA,
    },
    {
      year: 2020,
      themes: ["Eenzaamheid", "Gezondheid", "Armoede en schulden"],
      budgetEur: 35_000,
      budgetUse: 0.95,
      funnel: [40, 36, 20, 11],
      calendar: ["2020-03-02", "2020-05-29", "2020-11-26"],
      criteria: LEEUWARDEN_CRITERIA,
    },
    {
      year: 2021,
      themes: ["Jongeren", "Gezondheid", "Werk"],
      budgetEur: 37_500,
      budgetUse: 0.95,
      funnel: [42, 38, 22, 12],
      calendar: ["2021-03-01", "2021-05-14", "2021-11-04"],
      criteria: LEEUWARDEN_CRITERIA,
    },
    {
      year: 2022,
      themes: ["Energiearmoede", "Werk", "Inclusie"],
      budgetEur: 37_500,
      budgetUse: 0.96,
      funnel: [45, 41, 23, 12],
      calendar: ["2022-03-07", "2022-05-20", "2022-11-10"],
      criteria: LEEUWARDEN_CRITERIA,
      // The council lowered the public share to stretch the pot further.
      maxShare: 0.4,
    },
  ],
};

// Zwolle scores on a five-point scale with the default rubric.
const ZWOLLE: DemoMunicipality = {
  municipality: "Zwolle",
  slug: "zwolle",
  code: "ZWL",
  scoreScaleMax: 5,
  districts: [
    "Holtenbroek",
    "Dieze",
    "Assendorp",
    "Stadshagen",
    "Aa-landen",
    "Kamperpoort",
    "Zwolle-Zuid",
    "Diezerpoort",
    "Binnenstad",
    "Wipstrik",
  ],
  editions: [
    {
      year: 2020,
      themes: ["Inclusie", "Gezondheid", "Duurzaamheid"],
      budgetEur: 25_000,
      budgetUse: 0.95,
      funnel: [28, 25, 15, 8],
      calendar: ["2020-03-09", "2020-06-05", "2020-11-12"],
    },
    {
      year: 2021,
      themes: ["Eenzaamheid", "Inclusie", "Duurzaamheid"],
      budgetEur: 27_500,
      budgetUse: 0.97,
      funnel: [32, 29, 17, 9],
      calendar: ["2021-03-08", "2021-05-28", "2021-11-18"],
    },
    {
      year: 2022,
      themes: ["Armoede", "Duurzaamheid", "Jongeren"],
      budgetEur: 30_000,
      budgetUse: 0.98,
      funnel: [35, 31, 18, 10],
      calendar: ["2022-03-14", "2022-06-03", "2022-11-24"],
    },
  ],
};

const DEMO_MUNICIPALITIES = [GRONINGEN, LEEUWARDEN, ZWOLLE];

function editionParams(
  place: DemoMunicipality,
  edition: DemoEdition,
  index: number,
): EditionParams {
  const [registrations, intakes, plans, awards] = edition.funnel;
  const [launchedOn, closedOn, finaleOn] = edition.calendar;
  return {
    editionId: `${place.slug}-${edition.year}`,
    municipality: place.municipality,
    year: edition.year,
    themes: edition.themes,
    budgetEur: edition.budgetEur,
    budgetUse: edition.budgetUse,
    maxShare: edition.maxShare,
    scoreScaleMax: place.scoreScaleMax,
    criteria: edition.criteria,
    calendar: { launchedOn, closedOn, finaleOn },
    funnel: { registrations, intakes, plans, awards },
    districts: place.districts,
    returningShare: index === 0 ? 0 : RETURNING_SHARE,
    featured: edition.featured,
    idPrefix: `${place.code}${String(edition.year).slice(2)}-`,
    asOf: DEMO_AS_OF,
    comparisonFollowUp: place.comparisonFollowUp,
  };
}

export function buildDemoDataset(): Dataset {
  const root = createRandom(DEMO_SEED);
  const dataset = emptyDataset();
  for (const place of DEMO_MUNICIPALITIES) {
    place.editions.forEach((edition, index) => {
      const params = editionParams(place, edition, index);
      appendDataset(dataset, buildEditionDataset(root.fork(params.editionId), params));
    });
  }
  return dataset;
}
