// The exports' texts in Dutch: sheet and file names, the Lees mij sheet, the
// codebook's vocabulary. Column names and descriptions come from the contract
// and the metric catalogue. Sheet names, file names and headers are part of
// what researchers' programs read: change them only with the exports' tests.
export const workbookNl = {
  "workbook.yes": "ja",
  "workbook.no": "nee",
  /** The number format of a date column (an Excel format code). */
  "workbook.dateFormat": "d-m-yyyy",
  /** The scope in a file name: soc-impactmonitor-onderzoek-2026-01-01.xlsx. */
  "workbook.fileName.research": "onderzoek",
  "workbook.fileName.full": "volledig",
  "workbook.aborted": "De export is afgebroken: de ontvanger is weggevallen.",

  "workbook.sheet.readme": "Lees mij",
  "workbook.sheet.codebook": "Codeboek",
  "workbook.sheet.metrics": "Kengetallen",
  "workbook.sheet.evaluation": "Evaluatie",
  "workbook.file.readme": "lees-mij",
  "workbook.file.codebook": "codeboek",
  "workbook.file.metrics": "kengetallen",
  "workbook.file.evaluation": "evaluatie",

  "workbook.readme.topic": "Onderwerp",
  "workbook.readme.text": "Toelichting",
  "workbook.readme.title.research": "SOC Impactmonitor: onderzoeksbestand (gepseudonimiseerd)",
  "workbook.readme.title.full":
    "SOC Impactmonitor: volledig bestand (vertrouwelijk, met persoonsgegevens)",
  "workbook.readme.what": "Wat",
  "workbook.readme.whatText":
    "De gegevens van de Sociale Ondernemers Challenge: edities, beoordelingscriteria, aanmeldingen, beoordelingen, toekenningen, resultaten, enquêtes, programma en cases, en de kengetallen per editie met het verschil met de vorige editie.",
  "workbook.readme.generatedAt": "Gemaakt op",
  "workbook.readme.selection": "Keuze van edities",
  "workbook.readme.filter.all": "alle edities",
  "workbook.readme.filter.editions": "editie {editions}",
  "workbook.readme.filter.municipalities": "gemeente {municipalities}",
  "workbook.readme.filter.from": "vanaf {year}",
  "workbook.readme.filter.to": "tot en met {year}",
  "workbook.readme.filter.theme": "thema {theme}",
  "workbook.readme.editions": "Edities",
  "workbook.readme.editionCount.one": "{count} editie",
  "workbook.readme.editionCount.other": "{count} edities",
  "workbook.readme.version": "Versie van de gegevens",
  "workbook.readme.versionText": "import {id} van {at}",
  "workbook.readme.noImports": "gegevens die buiten de import om zijn geladen",
  "workbook.readme.licence": "Licentie",
  "workbook.readme.licenceText.research":
    "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.nl). Vermeld als bron: SOC Impactmonitor, Sociale Ondernemers Challenge.",
  "workbook.readme.licenceText.full":
    "Geen open licentie: vertrouwelijk, bevat persoonsgegevens. Alleen voor beheerders; niet delen.",
  "workbook.readme.pseudonyms": "Pseudoniemen",
  "workbook.readme.pseudonymsText.research":
    "Elke aanmelding heeft een vast pseudoniem (P-…) in plaats van haar aanmelding_id: een HMAC-SHA256 met de geheime sleutel van deze installatie. Dezelfde aanmelding heeft in elke export hetzelfde pseudoniem; zonder de sleutel is het niet terug te rekenen. Beoordelaars hebben per editie een pseudoniem (B-…).",
  "workbook.readme.pseudonymsText.full":
    "De echte aanmelding_id's, met het pseudoniem van de onderzoeksversie ernaast, zodat vragen over een pseudoniem te beantwoorden zijn.",
  "workbook.readme.withheld": "Weggelaten",
  "workbook.readme.withheldText.research":
    "Namen, e-mailadressen en telefoonnummers van ondernemers, de toelichtingen van beoordelaars en de namen van beoordelaars.",
  "workbook.readme.withheldText.full": "Niets.",
  "workbook.readme.quotes": "Citaten",
  "workbook.readme.quotesText.research":
    "Enquêtecitaten alleen als de deelnemer toestemming gaf; cases alleen als ze gepubliceerd zijn.",
  "workbook.readme.quotesText.full":
    "Alle citaten en cases, ook zonder toestemming of publicatie: niet naar buiten brengen.",
  "workbook.readme.smallNumbers": "Kleine aantallen",
  "workbook.readme.smallNumbersText.research":
    "Op het blad Kengetallen staat een telling van aanmeldingen of respondenten van 1 tot en met 4 als <5, en het aantal gevallen onder een percentage ook; het verschil met de vorige editie blijft dan leeg. Welke kolommen dat zijn, staat in het codeboek. Een percentage op minder dan 10 gevallen is onzeker: de kolom _n ernaast zegt op hoeveel het berust.",
  "workbook.readme.smallNumbersText.full": "Niet toegepast: alle aantallen zoals ze zijn.",
  "workbook.readme.consistency": "Momentopname",
  /** Every sheet read from one state of the data (PostgreSQL). */
  "workbook.readme.consistencyText.oneState":
    "Alle bladen tonen de gegevens zoals ze waren toen de export begon (de versie hierboven). Een import die tijdens het maken klaar was, staat in de volgende export.",
  /** The sheets read one after the other (PGlite). */
  "workbook.readme.consistencyText.sheetBySheet":
    "De bladen worden na elkaar gelezen. Een import die tijdens het maken van de export klaar was, kan in het ene blad wel en in het andere niet staan: maak de export dan opnieuw.",
  "workbook.readme.codebook": "Codeboek",
  "workbook.readme.codebookText": "Elke kolom van elk blad staat beschreven op het blad Codeboek.",
  "workbook.readme.values": "Waarden",
  "workbook.readme.valuesText":
    "Bedragen in euro als getal met euro-opmaak, aandelen als getal van 0 tot 1 (getoond als percentage), datums als datum, ja/nee als tekst. Een lege cel betekent: niet opgegeven, of niet te berekenen.",
  "workbook.readme.sheet": "Blad {sheet}",
  "workbook.readme.codebookSheet": "Beschrijving van elke kolom van elk blad.",
  "workbook.readme.metricsSheet":
    "De kengetallen per editie (zie docs/metrics.md), met per kengetal het verschil met de vorige editie van dezelfde gemeente (_delta) en dat verschil als deel van de vorige waarde (_delta_pct).",

  "workbook.codebook.sheet": "blad",
  "workbook.codebook.column": "kolom",
  "workbook.codebook.description": "omschrijving",
  "workbook.codebook.unit": "eenheid",
  "workbook.codebook.type": "type",
  "workbook.codebook.allowed": "toegestane_waarden",
  "workbook.codebook.source": "bron",
  "workbook.codebook.about.sheet": "Het blad waarop de kolom staat.",
  "workbook.codebook.about.column": "De naam van de kolom in de kopregel.",
  "workbook.codebook.about.description": "Wat de kolom bevat.",
  "workbook.codebook.about.unit": "De eenheid van een getal.",
  "workbook.codebook.about.type": "Het soort waarde.",
  "workbook.codebook.about.allowed": "De waarden die kunnen voorkomen.",
  "workbook.codebook.about.source": "Waar de waarde vandaan komt.",
  "workbook.codebook.about.topic": "Het onderwerp.",
  "workbook.codebook.about.text": "Wat erover te weten is.",

  "workbook.type.text": "tekst",
  "workbook.type.slug": "code (kleine letters, cijfers, streepjes)",
  "workbook.type.email": "e-mailadres",
  "workbook.type.kvk": "KvK-nummer (8 cijfers)",
  "workbook.type.logical": "waar/onwaar (TRUE/FALSE)",
  "workbook.type.list": "tekst: lijst gescheiden door puntkomma's",
  "workbook.type.integer": "geheel getal",
  "workbook.type.decimal": "getal",
  "workbook.type.euro": "bedrag in euro",
  "workbook.type.bool": "ja/nee",
  "workbook.type.date": "datum",
  "workbook.type.enum": "keuze uit een lijst",
  "workbook.type.share": "aandeel (0–1)",
  "workbook.type.countOrSuppressed": "geheel getal, of <5",

  "workbook.allowed.atMost": "hoogstens {count} tekens",
  "workbook.allowed.slug": "a–z, 0–9 en -",
  "workbook.allowed.pseudonym": "P- en 16 hexadecimale tekens",
  "workbook.allowed.assessorPseudonym": "B- en 16 hexadecimale tekens",

  "workbook.unit.count": "aantal",
  "workbook.unit.euro": "euro",
  "workbook.unit.share": "aandeel (0–1)",
  "workbook.unit.share_difference": "verschil van aandelen (−1–1)",
  "workbook.unit.ratio": "euro per euro",
  "workbook.unit.score": "score (0–100)",
  "workbook.unit.rating": "cijfer (1–10)",
  "workbook.unit.probability": "kans (0–1)",
  "workbook.unit.fte": "fte",
  "workbook.unit.hours": "uren",
  "workbook.unit.nps": "NPS (−100 tot 100)",

  "workbook.source.contract": "import: blad {sheet}, kolom {column}",
  "workbook.source.criterion": "import: blad beoordelingen, kolom {criterion}",
  "workbook.source.pseudonym": "afgeleid van editie_id en aanmelding_id (HMAC-SHA256)",
  "workbook.source.assessorPseudonym": "afgeleid van editie_id en beoordelaar (HMAC-SHA256)",
  "workbook.source.metric": "berekend: kengetal {metric} (docs/metrics.md)",
  "workbook.source.report": "berekend: de vorige editie van dezelfde gemeente",
  "workbook.source.export": "deze export",
  "workbook.readme.evaluationSheet":
    "De evaluatie over de edities van deze export (shared/spec/evaluation.md, docs/decisions/020-evaluation.md): het verschil in voortbestaan na 12 maanden op de budgetgrens bij bandbreedte 15 en bij de halve en dubbele bandbreedte, de sprong in toekenningen, de voorspellende waarde per criterium en gefinancierd tegenover de vergelijkingsgroep. Alleen totalen, één rij per cijfer.",
  "workbook.source.evaluation": "berekend: impact evaluate --json (shared/spec/evaluation.md)",
  "workbook.evaluation.unit.points": "scorepunten (0–100)",
  "workbook.evaluation.unit.value": "aandeel, verschil van aandelen of kans (zie figure)",
  "workbook.evaluation.figure.about":
    "Welk cijfer: itt (verschil op de budgetgrens), award_jump (sprong in de kans op een toekenning), effect_wald (itt / award_jump), survival_below (voortbestaan net onder de grens), criterion_auc (voorspellende waarde van een criterium), funded_vs_comparison (gefinancierd min vergelijkingsgroep, geen effect). Zie /definities in de app.",
  "workbook.evaluation.criterion.about": "Het criterium, bij criterion_auc; anders leeg.",
  "workbook.evaluation.bandwidth.about":
    "De bandbreedte h in scorepunten rond de budgetgrens, bij de cijfers op de grens; itt staat er ook bij h/2 en 2h.",
  "workbook.evaluation.value.about":
    "Het cijfer; leeg waar het niet te schatten is (zie reason), bij effect_wald ook waar award_jump kleiner is dan 0,2.",
  "workbook.evaluation.low.about":
    "Ondergrens van het 95%-interval (itt: HC1; funded_vs_comparison: Newcombe).",
  "workbook.evaluation.high.about": "Bovengrens van het 95%-interval.",
  "workbook.evaluation.n_1.about":
    "Waar het cijfer op rust, eerste groep: aanvragers op of boven de grens binnen de bandbreedte (itt en verwante), lopende initiatieven (criterion_auc) of gevolgde gefinancierde initiatieven (funded_vs_comparison).",
  "workbook.evaluation.n_0.about":
    "Tweede groep: aanvragers onder de grens binnen de bandbreedte, gestopte initiatieven of gevolgde aanvragers zonder toekenning.",
  "workbook.evaluation.reason.about":
    "Waarom er geen schatting is: too_few (minder dan 30 aan een kant), singular (aan een kant allemaal dezelfde score); leeg bij een schatting.",

  "workbook.column.pseudonym": "pseudoniem",
  "workbook.column.pseudonym.about":
    "Vast pseudoniem van de aanmelding: HMAC-SHA256 van editie_id en aanmelding_id met de geheime sleutel van deze installatie. Hetzelfde in elke export; zonder de sleutel niet terug te rekenen.",
  "workbook.column.assessorPseudonym.about":
    "In de onderzoeksversie: een pseudoniem van de beoordelaar binnen de editie, in plaats van de naam.",
  "workbook.column.criterion.about":
    "Cijfer van de beoordelaar voor het criterium {criterion}, op de schaal van de editie (0 tot schaal_max); leeg als het criterium niet in de rubriek van de editie staat.",
  "workbook.column.previousEdition": "vorige_editie_id",
  "workbook.column.previousEdition.about":
    "De editie van dezelfde gemeente met het grootste jaar ervoor; leeg als er geen is.",
  "workbook.column.n.about": "Het aantal gevallen waarop '{label}' berust: {cases}.",
  "workbook.column.coverage.about":
    "Hoeveel toegekende initiatieven bij '{label}' zijn gevolgd, in woorden; onder de 80% ook tussen welke grenzen het percentage ligt als de niet-gevolgden allemaal gestopt of allemaal actief zijn (followup_rate_12m, survival_12m_bound_low, survival_12m_bound_high).",
  "workbook.column.delta.about":
    "'{label}' van deze editie min die van de vorige editie; leeg zonder vorige waarde.",
  "workbook.column.deltaPct.about":
    "Het verschil in '{label}' gedeeld door de vorige waarde; leeg als die leeg of 0 is.",
  "workbook.column.suppressed.about":
    "In de onderzoeksversie staat een aantal van 1 tot en met 4 als <5.",
  "workbook.column.suppressedDelta.about":
    "In de onderzoeksversie leeg als deze of de vorige telling van 1 tot en met 4 is.",
} as const;
