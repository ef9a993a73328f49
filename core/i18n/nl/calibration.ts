// The assessor calibration's texts in Dutch: `impact assessment calibration`'s
// table, the page /edities/<id>/kalibratie and the export's Kalibratie sheet
// (shared/spec/evaluation.md, "Assessor calibration").
export const calibrationNl = {
  "calibration.title": "Kalibratie van de beoordelaars: {edition}",
  "calibration.intro":
    "Hoe mild of streng elke beoordelaar scoorde naast de anderen die dezelfde plannen beoordeelden, hoe eens de beoordelaars het waren, en of de rangorde verandert als elke beoordelaar tegen zijn eigen gemiddelde en spreiding wordt gelezen.",
  "calibration.assessors": "Beoordelaars",
  "calibration.assessors.caption":
    "Mildheid per beoordelaar: het gemiddelde verschil tussen zijn gewogen score en het gemiddelde van alle beoordelaars van hetzelfde plan, in scorepunten (0–100), over plannen met twee of meer beoordelaars. Positief: milder dan de anderen.",
  "calibration.assessor": "Beoordelaar",
  "calibration.assessorCode": "Beoordelaar {n}",
  "calibration.plans": "Plannen",
  "calibration.leniency": "Mildheid",
  "calibration.agreement": "Overeenstemming",
  "calibration.agreement.caption":
    "Krippendorffs alfa (intervalschaal) over de plannen met twee of meer beoordelaars: 1 is volledig eens, 0 niet meer dan toeval; “–” waar het niet te berekenen is.",
  "calibration.criterion": "Criterium",
  "calibration.alpha": "Alfa",
  "calibration.weighted": "Gewogen score",
  "calibration.ranking": "Rangorde",
  "calibration.ranking.caption":
    "Per plan de score (0–100) en de genormaliseerde score (het gemiddelde van de z-scores van zijn beoordelaars), met de plaats volgens elk; gelijke waarden delen de beste plaats.",
  "calibration.applicant": "Aanmelding",
  "calibration.score": "Score",
  "calibration.normalised": "Genormaliseerd",
  "calibration.rank": "Plaats",
  "calibration.rankNormalised": "Plaats genormaliseerd",
  "calibration.flips": "Wisselingen bij {awards} toekenningen: {applicants}.",
  "calibration.flipsNone": "Geen wisselingen bij {awards} toekenningen.",
  "calibration.flips.about":
    "Een wisseling is een plan dat bij de eerste {awards} hoort volgens de ene rangorde en niet volgens de andere.",
  "calibration.none": "Niemand in deze editie is beoordeeld.",
  "calibration.codes":
    "Beoordelaars staan hier als nummer: hun namen zijn persoonsgegevens die alleen beheerders zien.",
  "calibration.link": "Kalibratie van de beoordelaars",
  "calibration.linkAgreement":
    "Overeenstemming van de beoordelaars over de gewogen score (Krippendorffs alfa): {alpha}.",
  "calibration.back": "Terug naar de editie",
  "workbook.sheet.calibration": "Kalibratie",
  "workbook.file.calibration": "kalibratie",
  "workbook.readme.calibrationSheet":
    "De kalibratie van de beoordelaars per editie (shared/spec/evaluation.md, docs/decisions/025-assessor-calibration.md): per beoordelaar de mildheid, per criterium en over de gewogen score de overeenstemming (Krippendorffs alfa), per plan de score en de genormaliseerde score met hun plaats en of het plan bij de toekenningen van rangorde wisselt. In een onderzoeksexport staan beoordelaars en aanmeldingen als hun pseudoniem, zoals op de blad Beoordelingen.",
  "workbook.source.calibration":
    "berekend: impact assessment calibration --json (shared/spec/evaluation.md)",
  "workbook.calibration.edition_id.about": "De editie.",
  "workbook.calibration.figure.about":
    "Wat de rij geeft: leniency (een beoordelaar), agreement (een criterium of weighted) of ranking (een aanmelding).",
  "workbook.calibration.assessor.about":
    "De beoordelaar, bij leniency; in een onderzoeksexport zijn pseudoniem (B-…), hetzelfde als op het blad Beoordelingen.",
  "workbook.calibration.applicant.about":
    "De aanmelding, bij ranking; in een onderzoeksexport haar pseudoniem (P-…).",
  "workbook.calibration.criterion.about":
    "Het criterium, of weighted voor de gewogen score, bij agreement.",
  "workbook.calibration.plans.about": "Hoeveel plannen de beoordelaar beoordeelde, bij leniency.",
  "workbook.calibration.value.about":
    "leniency: gemiddeld verschil met het gemiddelde van de beoordelaars van hetzelfde plan, in scorepunten; agreement: Krippendorffs alfa; ranking: de score (0–100). Leeg waar niet te berekenen.",
  "workbook.calibration.normalised.about":
    "Het gemiddelde van de z-scores van de beoordelaars van het plan, bij ranking.",
  "workbook.calibration.rank.about":
    "De plaats op score, hoogste eerst; gelijke waarden delen de beste plaats.",
  "workbook.calibration.rank_normalised.about": "De plaats op genormaliseerde score.",
  "workbook.calibration.flip.about":
    "Of het plan bij de eerste k (het aantal toekenningen) hoort volgens de ene rangorde en niet volgens de andere.",
  "workbook.calibration.unit.value": "scorepunten (0–100) of alfa (zie figure)",
};
