// The choice of editions (command line, URLs, the API): what is wrong with it.
export const filterNl = {
  "filter.refused": "Ongeldige keuze van edities: {problems}.",
  "filter.year": "moet een jaartal tussen 2000 en 2100 zijn, zoals 2020",
  "filter.notEmpty": "mag niet leeg zijn",
  "filter.fromAfterTo": "{from} mag niet later zijn dan {to}",
  "filter.unknownParameter": "Onbekende parameter: {unknown}. Mogelijk zijn: {known}.",
  "filter.once": "Geef {keys} hoogstens één keer.",
  "filter.unknownEdition": "De editie {edition} bestaat niet.",
  "filter.unknownEditions": "Deze edities bestaan niet: {editions}.",
} as const;
