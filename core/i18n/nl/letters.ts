// The feedback letters' texts in Dutch: the letter to each assessed
// entrepreneur, the review page /edities/<id>/brieven and
// `impact assessment letters`.
export const lettersNl = {
  "letters.kicker": "Terugkoppeling · {edition}",
  "letters.title": "Je plan {initiative}",
  "letters.greeting": "Beste {name},",
  "letters.intro":
    "Dank voor je deelname aan {edition}. {assessors} beoordelaars hebben je plan gelezen en gescoord. In deze brief lees je het besluit, je scores naast die van alle beoordeelde plannen en wat de beoordelaars je meegeven.",
  "letters.decision": "Besluit",
  "letters.awarded": "Je plan krijgt een microkrediet van {amount}. Gefeliciteerd!",
  "letters.notAwarded": "Je plan krijgt deze keer geen microkrediet.",
  "letters.scores": "Je scores",
  "letters.scoresCaption":
    "Per criterium het gemiddelde van je beoordelaars op de schaal 0–{scale}, naast de mediaan en de kwartielen van de {cohort} beoordeelde plannen van deze editie. De gewogen score telt de criteria naar hun weging, op 0–100.",
  "letters.criterion": "Criterium",
  "letters.weight": "Weging",
  "letters.yours": "Jouw score",
  "letters.median": "Mediaan",
  "letters.quartiles": "Middelste helft (Q1–Q3)",
  "letters.weighted": "Gewogen score",
  "letters.method":
    "De kwartielen zijn berekend door lineair te interpoleren tussen de geordende scores (de methode van R, type 7).",
  "letters.comments": "Wat de beoordelaars je meegeven",
  "letters.assessor": "Beoordelaar {n}",
  "letters.noComments": "De beoordelaars hebben geen toelichting geschreven.",
  "letters.next": "Hoe verder",
  "letters.nextAwarded":
    "Je krijgt een jaar lang een coach die met je meedenkt over je onderneming, en je bent welkom bij de workshops en netwerkbijeenkomsten van het programma. We nemen binnenkort contact met je op over de uitbetaling van het microkrediet en de eerste afspraak met je coach.",
  "letters.nextNotAwarded":
    "Je bent van harte welkom bij de workshops en netwerkbijeenkomsten van het programma, en bij een volgende editie van de Challenge. Wil je je plan bespreken? Neem contact met ons op: we denken graag met je mee.",
  "letters.closing": "Met vriendelijke groet,",
  "letters.sender": "Het team van de Sociale Ondernemers Challenge",
  "letters.pageTitle": "Feedbackbrieven: {edition}",
  "letters.page.link": "Feedbackbrieven aan de deelnemers bekijken",
  "letters.page.back": "Terug naar de editie",
  "letters.page.intro":
    "Eén brief per beoordeelde aanmelding: het besluit, de scores naast die van alle beoordeelde plannen en de toelichtingen van de beoordelaars, zonder hun namen. Bekijk elke brief voordat u hem verstuurt.",
  "letters.page.none": "Deze editie heeft nog geen beoordeelde aanmeldingen.",
  "letters.page.caption": "De brieven van deze editie, op gewogen score",
  "letters.page.initiative": "Initiatief",
  "letters.page.decision": "Besluit",
  "letters.page.score": "Gewogen score",
  "letters.page.letter": "Brief",
  "letters.page.view": "Bekijken",
  "letters.page.pdf": "PDF",
  "letters.page.zip": "Alle brieven als zip (PDF)",
  "letters.page.awarded": "Toegekend",
  "letters.page.notAwarded": "Niet toegekend",
  "letters.notFound": "Deze aanmelding heeft in deze editie geen beoordeling, en dus geen brief.",
} as const;
