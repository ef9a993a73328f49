// The words of the exports, Dutch first: sheet names, the Lees mij sheet, the
// codebook's vocabulary. Column names and descriptions come from the
// contract and the metric catalogue, not from here.
import type { Language } from "../../core/language";
import type { MetricUnit } from "../metrics/definitions";
import type { ExportScope } from "./scope";

export interface ExportWords {
  yes: string;
  no: string;
  sheets: { readme: string; codebook: string; metrics: string };
  files: { readme: string; codebook: string; metrics: string };
  readme: {
    topic: string;
    text: string;
    title: Record<ExportScope, string>;
    what: string;
    whatText: string;
    generatedAt: string;
    selection: string;
    allEditions: string;
    municipalities: string;
    editionIds: string;
    from: string;
    to: string;
    theme: string;
    editions: string;
    editionCount: (n: number) => string;
    version: string;
    versionText: (importId: number, at: string) => string;
    noImports: string;
    licence: string;
    licenceText: Record<ExportScope, string>;
    pseudonyms: string;
    pseudonymsText: Record<ExportScope, string>;
    withheld: string;
    withheldText: Record<ExportScope, string>;
    quotes: string;
    quotesText: Record<ExportScope, string>;
    smallNumbers: string;
    smallNumbersText: Record<ExportScope, string>;
    consistency: string;
    /** Whether every sheet was read from one state of the data (PostgreSQL) or one after the other (PGlite). */
    consistencyText: Record<"oneState" | "sheetBySheet", string>;
    codebook: string;
    codebookText: string;
    values: string;
    valuesText: string;
    sheet: (name: string) => string;
    codebookSheet: string;
    metricsSheet: string;
  };
  codebook: {
    sheet: string;
    column: string;
    description: string;
    unit: string;
    type: string;
    allowed: string;
    source: string;
    describes: Record<"topic" | "text", string>;
    columns: Record<
      "sheet" | "column" | "description" | "unit" | "type" | "allowed" | "source",
      string
    >;
  };
  types: {
    text: string;
    slug: string;
    email: string;
    list: string;
    integer: string;
    decimal: string;
    euro: string;
    bool: string;
    date: string;
    enum: string;
    share: string;
    countOrSuppressed: string;
  };
  allowed: {
    atMost: (n: number) => string;
    slug: string;
    pseudonym: string;
    assessorPseudonym: string;
  };
  units: Record<MetricUnit, string>;
  sources: {
    contract: (sheet: string, column: string) => string;
    criterion: (criterion: string) => string;
    pseudonym: string;
    assessorPseudonym: string;
    metric: (key: string) => string;
    report: string;
    export: string;
  };
  columns: {
    pseudonym: { header: string; description: string };
    assessorPseudonym: string;
    criterion: (criterion: string) => string;
    previousEdition: { header: string; description: string };
    n: (label: string, cases: string) => string;
    delta: (label: string) => string;
    deltaPct: (label: string) => string;
    suppressed: string;
    suppressedDelta: string;
  };
}

const nl: ExportWords = {
  yes: "ja",
  no: "nee",
  sheets: { readme: "Lees mij", codebook: "Codeboek", metrics: "Kengetallen" },
  files: { readme: "lees-mij", codebook: "codeboek", metrics: "kengetallen" },
  readme: {
    topic: "Onderwerp",
    text: "Toelichting",
    title: {
      research: "SOC Impactmonitor: onderzoeksbestand (gepseudonimiseerd)",
      full: "SOC Impactmonitor: volledig bestand (vertrouwelijk, met persoonsgegevens)",
    },
    what: "Wat",
    whatText:
      "De gegevens van de Sociale Ondernemers Challenge: edities, beoordelingscriteria, aanmeldingen, beoordelingen, toekenningen, resultaten, enquêtes, programma en cases, en de kengetallen per editie met het verschil met de vorige editie.",
    generatedAt: "Gemaakt op",
    selection: "Keuze van edities",
    allEditions: "alle edities",
    municipalities: "gemeente",
    editionIds: "editie",
    from: "vanaf",
    to: "tot en met",
    theme: "thema",
    editions: "Edities",
    editionCount: (n) => `${n} ${n === 1 ? "editie" : "edities"}`,
    version: "Versie van de gegevens",
    versionText: (id, at) => `import ${id} van ${at}`,
    noImports: "gegevens die buiten de import om zijn geladen",
    licence: "Licentie",
    licenceText: {
      research:
        "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.nl). Vermeld als bron: SOC Impactmonitor, Sociale Ondernemers Challenge.",
      full: "Geen open licentie: vertrouwelijk, bevat persoonsgegevens. Alleen voor beheerders; niet delen.",
    },
    pseudonyms: "Pseudoniemen",
    pseudonymsText: {
      research:
        "Elke aanmelding heeft een vast pseudoniem (P-…) in plaats van haar aanmelding_id: een HMAC-SHA256 met de geheime sleutel van deze installatie. Dezelfde aanmelding heeft in elke export hetzelfde pseudoniem; zonder de sleutel is het niet terug te rekenen. Beoordelaars hebben per editie een pseudoniem (B-…).",
      full: "De echte aanmelding_id's, met het pseudoniem van de onderzoeksversie ernaast, zodat vragen over een pseudoniem te beantwoorden zijn.",
    },
    withheld: "Weggelaten",
    withheldText: {
      research:
        "Namen, e-mailadressen en telefoonnummers van ondernemers, de toelichtingen van beoordelaars en de namen van beoordelaars.",
      full: "Niets.",
    },
    quotes: "Citaten",
    quotesText: {
      research:
        "Enquêtecitaten alleen als de deelnemer toestemming gaf; cases alleen als ze gepubliceerd zijn.",
      full: "Alle citaten en cases, ook zonder toestemming of publicatie: niet naar buiten brengen.",
    },
    smallNumbers: "Kleine aantallen",
    smallNumbersText: {
      research:
        "Op het blad Kengetallen staat een telling van aanmeldingen of respondenten van 1 tot en met 4 als <5, en het aantal gevallen onder een percentage ook; het verschil met de vorige editie blijft dan leeg. Welke kolommen dat zijn, staat in het codeboek. Een percentage op minder dan 10 gevallen is onzeker: de kolom _n ernaast zegt op hoeveel het berust.",
      full: "Niet toegepast: alle aantallen zoals ze zijn.",
    },
    consistency: "Momentopname",
    consistencyText: {
      oneState:
        "Alle bladen tonen de gegevens zoals ze waren toen de export begon (de versie hierboven). Een import die tijdens het maken klaar was, staat in de volgende export.",
      sheetBySheet:
        "De bladen worden na elkaar gelezen. Een import die tijdens het maken van de export klaar was, kan in het ene blad wel en in het andere niet staan: maak de export dan opnieuw.",
    },
    codebook: "Codeboek",
    codebookText: "Elke kolom van elk blad staat beschreven op het blad Codeboek.",
    values: "Waarden",
    valuesText:
      "Bedragen in euro als getal met euro-opmaak, aandelen als getal van 0 tot 1 (getoond als percentage), datums als datum, ja/nee als tekst. Een lege cel betekent: niet opgegeven, of niet te berekenen.",
    sheet: (name) => `Blad ${name}`,
    codebookSheet: "Beschrijving van elke kolom van elk blad.",
    metricsSheet:
      "De kengetallen per editie (zie docs/metrics.md), met per kengetal het verschil met de vorige editie van dezelfde gemeente (_delta) en dat verschil als deel van de vorige waarde (_delta_pct).",
  },
  codebook: {
    sheet: "blad",
    column: "kolom",
    description: "omschrijving",
    unit: "eenheid",
    type: "type",
    allowed: "toegestane_waarden",
    source: "bron",
    describes: { topic: "Het onderwerp.", text: "Wat erover te weten is." },
    columns: {
      sheet: "Het blad waarop de kolom staat.",
      column: "De naam van de kolom in de kopregel.",
      description: "Wat de kolom bevat.",
      unit: "De eenheid van een getal.",
      type: "Het soort waarde.",
      allowed: "De waarden die kunnen voorkomen.",
      source: "Waar de waarde vandaan komt.",
    },
  },
  types: {
    text: "tekst",
    slug: "code (kleine letters, cijfers, streepjes)",
    email: "e-mailadres",
    list: "tekst: lijst gescheiden door puntkomma's",
    integer: "geheel getal",
    decimal: "getal",
    euro: "bedrag in euro",
    bool: "ja/nee",
    date: "datum",
    enum: "keuze uit een lijst",
    share: "aandeel (0–1)",
    countOrSuppressed: "geheel getal, of <5",
  },
  allowed: {
    atMost: (n) => `hoogstens ${n} tekens`,
    slug: "a–z, 0–9 en -",
    pseudonym: "P- en 16 hexadecimale tekens",
    assessorPseudonym: "B- en 16 hexadecimale tekens",
  },
  units: {
    count: "aantal",
    euro: "euro",
    share: "aandeel (0–1)",
    ratio: "euro per euro",
    score: "score (0–100)",
    rating: "cijfer (1–10)",
    probability: "kans (0–1)",
    fte: "fte",
    hours: "uren",
    nps: "NPS (−100 tot 100)",
  },
  sources: {
    contract: (sheet, column) => `import: blad ${sheet}, kolom ${column}`,
    criterion: (criterion) => `import: blad beoordelingen, kolom ${criterion}`,
    pseudonym: "afgeleid van editie_id en aanmelding_id (HMAC-SHA256)",
    assessorPseudonym: "afgeleid van editie_id en beoordelaar (HMAC-SHA256)",
    metric: (key) => `berekend: kengetal ${key} (docs/metrics.md)`,
    report: "berekend: de vorige editie van dezelfde gemeente",
    export: "deze export",
  },
  columns: {
    pseudonym: {
      header: "pseudoniem",
      description:
        "Vast pseudoniem van de aanmelding: HMAC-SHA256 van editie_id en aanmelding_id met de geheime sleutel van deze installatie. Hetzelfde in elke export; zonder de sleutel niet terug te rekenen.",
    },
    assessorPseudonym:
      "In de onderzoeksversie: een pseudoniem van de beoordelaar binnen de editie, in plaats van de naam.",
    criterion: (criterion) =>
      `Cijfer van de beoordelaar voor het criterium ${criterion}, op de schaal van de editie (0 tot schaal_max); leeg als het criterium niet in de rubriek van de editie staat.`,
    previousEdition: {
      header: "vorige_editie_id",
      description:
        "De editie van dezelfde gemeente met het grootste jaar ervoor; leeg als er geen is.",
    },
    n: (label, cases) => `Het aantal gevallen waarop '${label}' berust: ${cases}.`,
    delta: (label) =>
      `'${label}' van deze editie min die van de vorige editie; leeg zonder vorige waarde.`,
    deltaPct: (label) =>
      `Het verschil in '${label}' gedeeld door de vorige waarde; leeg als die leeg of 0 is.`,
    suppressed: "In de onderzoeksversie staat een aantal van 1 tot en met 4 als <5.",
    suppressedDelta:
      "In de onderzoeksversie leeg als deze of de vorige telling van 1 tot en met 4 is.",
  },
};

const en: ExportWords = {
  yes: "yes",
  no: "no",
  sheets: { readme: "Read me", codebook: "Codebook", metrics: "Metrics" },
  files: { readme: "read-me", codebook: "codebook", metrics: "metrics" },
  readme: {
    topic: "Topic",
    text: "Explanation",
    title: {
      research: "SOC Impact Monitor: research file (pseudonymised)",
      full: "SOC Impact Monitor: full file (confidential, with personal data)",
    },
    what: "What",
    whatText:
      "The data of the Social Entrepreneurs Challenge: editions, assessment criteria, registrations, assessments, awards, outcomes, surveys, programme and stories, and the metrics per edition with the change from the previous edition.",
    generatedAt: "Made at",
    selection: "Choice of editions",
    allEditions: "all editions",
    municipalities: "municipality",
    editionIds: "edition",
    from: "from",
    to: "up to and including",
    theme: "theme",
    editions: "Editions",
    editionCount: (n) => `${n} ${n === 1 ? "edition" : "editions"}`,
    version: "Version of the data",
    versionText: (id, at) => `import ${id} of ${at}`,
    noImports: "data loaded outside the import",
    licence: "Licence",
    licenceText: {
      research:
        "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Credit: SOC Impact Monitor, Social Entrepreneurs Challenge.",
      full: "No open licence: confidential, contains personal data. For administrators only; do not share.",
    },
    pseudonyms: "Pseudonyms",
    pseudonymsText: {
      research:
        "Each registration has a fixed pseudonym (P-…) instead of its applicant_id: an HMAC-SHA256 with this installation's secret key. The same registration has the same pseudonym in every export; without the key it cannot be reversed. Assessors have a pseudonym per edition (B-…).",
      full: "The real applicant_ids, with the research pseudonym beside them, so that questions about a pseudonym can be answered.",
    },
    withheld: "Left out",
    withheldText: {
      research:
        "Names, e-mail addresses and phone numbers of entrepreneurs, the assessors' comments and the assessors' names.",
      full: "Nothing.",
    },
    quotes: "Quotes",
    quotesText: {
      research: "Survey quotes only where the participant consented; stories only where published.",
      full: "Every quote and story, also without consent or publication: do not publish.",
    },
    smallNumbers: "Small numbers",
    smallNumbersText: {
      research:
        "On the Metrics sheet a count of registrations or respondents from 1 to 4 shows as <5, and so does the number of cases under a rate; the change from the previous edition is then left empty. The codebook says which columns. A rate on fewer than 10 cases is uncertain: the _n column beside it says how many it rests on.",
      full: "Not applied: every count as it is.",
    },
    consistency: "Snapshot",
    consistencyText: {
      oneState:
        "Every sheet shows the data as it was when the export began (the version above). An import that finished while it was being made is in the next export.",
      sheetBySheet:
        "The sheets are read one after the other. An import that finished while the export was being made may show in one sheet and not in another: make the export again then.",
    },
    codebook: "Codebook",
    codebookText: "Every column of every sheet is described on the Codebook sheet.",
    values: "Values",
    valuesText:
      "Amounts in euros as numbers with a euro format, shares as numbers from 0 to 1 (shown as a percentage), dates as dates, yes/no as text. An empty cell means: not given, or not computable.",
    sheet: (name) => `Sheet ${name}`,
    codebookSheet: "Description of every column of every sheet.",
    metricsSheet:
      "The metrics per edition (see docs/metrics.md), with for each metric the change from the same municipality's previous edition (_delta) and that change as a part of the previous value (_delta_pct).",
  },
  codebook: {
    sheet: "sheet",
    column: "column",
    description: "description",
    unit: "unit",
    type: "type",
    allowed: "allowed_values",
    source: "source",
    describes: { topic: "The topic.", text: "What there is to know about it." },
    columns: {
      sheet: "The sheet the column is on.",
      column: "The column's name in the header row.",
      description: "What the column holds.",
      unit: "The unit of a number.",
      type: "The kind of value.",
      allowed: "The values that can occur.",
      source: "Where the value comes from.",
    },
  },
  types: {
    text: "text",
    slug: "code (lower-case letters, digits, hyphens)",
    email: "e-mail address",
    list: "text: list separated by semicolons",
    integer: "whole number",
    decimal: "number",
    euro: "amount in euros",
    bool: "yes/no",
    date: "date",
    enum: "choice from a list",
    share: "share (0–1)",
    countOrSuppressed: "whole number, or <5",
  },
  allowed: {
    atMost: (n) => `${n} characters at most`,
    slug: "a–z, 0–9 and -",
    pseudonym: "P- and 16 hexadecimal digits",
    assessorPseudonym: "B- and 16 hexadecimal digits",
  },
  units: {
    count: "count",
    euro: "euro",
    share: "share (0–1)",
    ratio: "euros per euro",
    score: "score (0–100)",
    rating: "mark (1–10)",
    probability: "probability (0–1)",
    fte: "FTE",
    hours: "hours",
    nps: "NPS (−100 to 100)",
  },
  sources: {
    contract: (sheet, column) => `import: sheet ${sheet}, column ${column}`,
    criterion: (criterion) => `import: sheet assessments, column ${criterion}`,
    pseudonym: "derived from edition_id and applicant_id (HMAC-SHA256)",
    assessorPseudonym: "derived from edition_id and assessor (HMAC-SHA256)",
    metric: (key) => `computed: metric ${key} (docs/metrics.md)`,
    report: "computed: the same municipality's previous edition",
    export: "this export",
  },
  columns: {
    pseudonym: {
      header: "pseudonym",
      description:
        "Fixed pseudonym of the registration: HMAC-SHA256 of edition_id and applicant_id with this installation's secret key. The same in every export; cannot be reversed without the key.",
    },
    assessorPseudonym:
      "In the research version: a pseudonym of the assessor within the edition, instead of the name.",
    criterion: (criterion) =>
      `The assessor's score on the criterion ${criterion}, on the edition's scale (0 to score_scale_max); empty where the criterion is not in the edition's rubric.`,
    previousEdition: {
      header: "previous_edition_id",
      description:
        "The same municipality's edition with the greatest year before this one; empty where there is none.",
    },
    n: (label, cases) => `The number of cases '${label}' rests on: ${cases}.`,
    delta: (label) =>
      `'${label}' of this edition minus that of the previous edition; empty without a previous value.`,
    deltaPct: (label) =>
      `The change in '${label}' divided by the previous value; empty where that is empty or 0.`,
    suppressed: "In the research version a count from 1 to 4 shows as <5.",
    suppressedDelta: "In the research version empty where this or the previous count is 1 to 4.",
  },
};

const WORDS: Record<Language, ExportWords> = { nl, en };

export function exportWords(language: Language): ExportWords {
  return WORDS[language];
}
