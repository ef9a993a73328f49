import type { Language } from "../../reports/language";

// Every text of the interface, Dutch first. The English dictionary has the
// type of the Dutch one, so a missing translation fails the typecheck.
export const nl = {
  "app.name": "SOC Impactmonitor",
  "app.tagline": "Impact van de Sociale Ondernemers Challenge",
  "nav.skip": "Naar de inhoud",
  "nav.main": "Hoofdmenu",
  "nav.overview": "Overzicht",
  "language.label": "Taal",
  "language.switch": "English",
  "language.switchHint": "Switch to English",
  "demo.banner":
    "Dit is een demonstratieomgeving: de cijfers zijn verzonnen voorbeeldgegevens, geen echte resultaten.",
  "editions.title": "Edities",
  "editions.intro":
    "Elke editie is één Challenge in één gemeente in één jaar: aanmeldingen, toegekende microkredieten en het totaal aan publiek geld.",
  "editions.caption": "Edities per gemeente en jaar",
  "editions.municipality": "Gemeente",
  "editions.year": "Jaar",
  "editions.name": "Editie",
  "editions.themes": "Thema's",
  "editions.registrations": "Aanmeldingen",
  "editions.awarded": "Toegekend",
  "editions.microcreditTotal": "Microkrediet totaal",
  "editions.empty":
    "Er staan nog geen edities in de database. Laad gegevens met `npm run --silent impact -- seed demo` of, zodra de import er is, met een spreadsheet.",
  "error.title": "Er ging iets mis",
  "error.body":
    "Deze pagina kon niet worden getoond. Probeer het opnieuw; blijft het misgaan, meld dan wat u deed en wanneer.",
  "error.notFoundTitle": "Pagina niet gevonden",
  "error.notFoundBody": "Deze pagina bestaat niet (meer). Kijk in het overzicht.",
  "error.back": "Terug naar het overzicht",
  "footer.text": "SOC Impactmonitor, voor gemeenten, Buro Bries en onderzoekers.",
} as const;

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;

export const en: Messages = {
  "app.name": "SOC Impact Monitor",
  "app.tagline": "Impact of the Social Entrepreneurs Challenge",
  "nav.skip": "Skip to content",
  "nav.main": "Main menu",
  "nav.overview": "Overview",
  "language.label": "Language",
  "language.switch": "Nederlands",
  "language.switchHint": "Schakel naar Nederlands",
  "demo.banner":
    "This is a demo environment: the figures are invented sample data, not real results.",
  "editions.title": "Editions",
  "editions.intro":
    "Each edition is one Challenge in one municipality in one year: registrations, microcredits awarded and the total of public money.",
  "editions.caption": "Editions by municipality and year",
  "editions.municipality": "Municipality",
  "editions.year": "Year",
  "editions.name": "Edition",
  "editions.themes": "Themes",
  "editions.registrations": "Registrations",
  "editions.awarded": "Awarded",
  "editions.microcreditTotal": "Microcredit total",
  "editions.empty":
    "There are no editions in the database yet. Load data with `npm run --silent impact -- seed demo` or, once import exists, with a spreadsheet.",
  "error.title": "Something went wrong",
  "error.body":
    "This page could not be shown. Please try again; if it keeps failing, report what you did and when.",
  "error.notFoundTitle": "Page not found",
  "error.notFoundBody": "This page does not exist (any more). See the overview.",
  "error.back": "Back to the overview",
  "footer.text": "SOC Impact Monitor, for municipalities, Buro Bries and researchers.",
};

const dictionaries: Record<Language, Messages> = { nl, en };

export type Translate = (key: MessageKey) => string;

export function translator(language: Language): Translate {
  const dictionary = dictionaries[language];
  return (key) => dictionary[key];
}
