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
};
