import type { Language } from "../../reports/language";

// Every text of the interface, Dutch first. The English dictionary has the
// type of the Dutch one, so a missing translation fails the typecheck.
export const nl = {
  "app.name": "SOC Impactmonitor",
  "app.tagline": "Impact van de Sociale Ondernemers Challenge",
  "nav.skip": "Naar de inhoud",
  "nav.main": "Hoofdmenu",
  "nav.overview": "Overzicht",
  "nav.import": "Importeren",
  "import.title": "Gegevens importeren",
  "import.intro":
    "Laad aanmeldingen, beoordelingen, toekenningen, resultaten en meer uit een Excel-werkmap of CSV-bestand. Eerst wordt het bestand gecontroleerd; pas na uw bevestiging wordt het opgeslagen, helemaal of helemaal niet.",
  "import.steps.template":
    "Download het sjabloon: één werkblad per soort gegevens, met uitleg en een voorbeeldrij.",
  "import.steps.fill": "Vul het in (of gebruik uw eigen werkmap met dezelfde kolomnamen).",
  "import.steps.check":
    "Kies het bestand en laat het controleren. U ziet elke fout met blad, rij en kolom.",
  "import.steps.confirm":
    "Klopt alles? Bevestig dan de import. Een import kan later worden teruggedraaid.",
  "import.template": "Sjabloon downloaden (.xlsx)",
  "import.form.legend": "Bestand controleren",
  "import.form.file": "Bestand (.xlsx of .csv)",
  "import.form.fileHint": "Hoogstens {mb} MB.",
  "import.form.dataset": "Soort gegevens (alleen voor een CSV-bestand)",
  "import.form.datasetFromName": "Afleiden uit de bestandsnaam",
  "import.form.mode": "Wat te doen met gegevens die er al zijn",
  "import.form.upsert": "Bijwerken: rijen met dezelfde sleutel bijwerken, andere rijen laten staan",
  "import.form.replace":
    "Vervangen: alle gegevens van de edities in het bestand vervangen door het bestand",
  "import.form.check": "Controleren",
  "import.form.checking": "Bezig met lezen en controleren…",
  "import.form.importing": "Bezig met importeren…",
  "import.form.noFile": "Kies eerst een bestand.",
  "import.form.tooLarge": "Het bestand is groter dan {mb} MB.",
  "import.form.expired": "Dit bestand is niet meer beschikbaar. Kies het opnieuw.",
  "import.report.title": "Controle van {file}",
  "import.report.refused":
    "Het bestand kan niet worden geïmporteerd: {n} fout(en). Er is niets opgeslagen. Verbeter het bestand en controleer het opnieuw.",
  "import.report.more": "Alleen de eerste {shown} van {n} fouten worden getoond.",
  "import.report.valid": "Het bestand is in orde. Dit zou de import doen:",
  "import.report.fileErrors": "Het bestand",
  "import.report.sheet": "Werkblad {sheet}",
  "import.report.row": "Rij",
  "import.report.column": "Kolom",
  "import.report.value": "Waarde",
  "import.report.message": "Melding",
  "import.report.dataset": "Gegevens",
  "import.report.inserted": "Nieuw",
  "import.report.updated": "Gewijzigd",
  "import.report.unchanged": "Ongewijzigd",
  "import.report.deleted": "Verwijderd",
  "import.report.warnings": "Waarschuwingen (de import kan wel doorgaan)",
  "import.report.ignoredSheets": "Genegeerde werkbladen",
  "import.report.ignoredColumns": "Genegeerde kolommen",
  "import.confirm": "Importeren",
  "import.done": "Geïmporteerd als import {id}.",
  "import.doneNothing": "Er veranderde niets: alles stond er al.",
  "import.history.title": "Eerdere imports",
  "import.history.empty": "Er zijn nog geen imports.",
  "import.history.id": "Nr.",
  "import.history.at": "Wanneer",
  "import.history.by": "Door",
  "import.history.file": "Bestand",
  "import.history.mode": "Modus",
  "import.history.editions": "Edities",
  "import.history.status": "Status",
  "import.history.undone": "Teruggedraaid",
  "import.history.active": "Actief",
  "import.history.undo": "Terugdraaien",
  "import.history.undoLabel": "Import {id} terugdraaien",
  "import.undo.done": "Import {id} is teruggedraaid.",
  "import.undo.later":
    "Import {id} kan niet worden teruggedraaid: de latere import {later} raakte dezelfde edities. Draai die eerst terug.",
  "import.undo.already": "Import {id} was al teruggedraaid.",
  "import.undo.notFound": "Import {id} bestaat niet.",
  "import.mode.upsert": "bijwerken",
  "import.mode.replace": "vervangen",
  "import.mode.seed": "demodata",
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
  "nav.import": "Import",
  "import.title": "Import data",
  "import.intro":
    "Load registrations, assessments, awards, outcomes and more from an Excel workbook or CSV file. The file is checked first; only after you confirm is it stored, entirely or not at all.",
  "import.steps.template":
    "Download the template: one sheet per kind of data, with explanations and an example row.",
  "import.steps.fill": "Fill it in (or use your own workbook with the same column names).",
  "import.steps.check":
    "Choose the file and have it checked. You see every error with its sheet, row and column.",
  "import.steps.confirm": "All correct? Then confirm the import. An import can be undone later.",
  "import.template": "Download the template (.xlsx)",
  "import.form.legend": "Check a file",
  "import.form.file": "File (.xlsx or .csv)",
  "import.form.fileHint": "{mb} MB at most.",
  "import.form.dataset": "Kind of data (for a CSV file only)",
  "import.form.datasetFromName": "From the file name",
  "import.form.mode": "What to do with data that is already there",
  "import.form.upsert": "Update: update rows with the same key, leave other rows",
  "import.form.replace": "Replace: replace all data of the file's editions with the file",
  "import.form.check": "Check",
  "import.form.checking": "Reading and checking…",
  "import.form.importing": "Importing…",
  "import.form.noFile": "Choose a file first.",
  "import.form.tooLarge": "The file is larger than {mb} MB.",
  "import.form.expired": "This file is no longer available. Choose it again.",
  "import.report.title": "Check of {file}",
  "import.report.refused":
    "The file cannot be imported: {n} error(s). Nothing was stored. Correct the file and check it again.",
  "import.report.more": "Only the first {shown} of {n} errors are shown.",
  "import.report.valid": "The file is valid. This is what the import would do:",
  "import.report.fileErrors": "The file",
  "import.report.sheet": "Sheet {sheet}",
  "import.report.row": "Row",
  "import.report.column": "Column",
  "import.report.value": "Value",
  "import.report.message": "Message",
  "import.report.dataset": "Data",
  "import.report.inserted": "New",
  "import.report.updated": "Changed",
  "import.report.unchanged": "Unchanged",
  "import.report.deleted": "Deleted",
  "import.report.warnings": "Warnings (the import can go ahead)",
  "import.report.ignoredSheets": "Ignored sheets",
  "import.report.ignoredColumns": "Ignored columns",
  "import.confirm": "Import",
  "import.done": "Imported as import {id}.",
  "import.doneNothing": "Nothing changed: all was there already.",
  "import.history.title": "Earlier imports",
  "import.history.empty": "There are no imports yet.",
  "import.history.id": "No.",
  "import.history.at": "When",
  "import.history.by": "By",
  "import.history.file": "File",
  "import.history.mode": "Mode",
  "import.history.editions": "Editions",
  "import.history.status": "Status",
  "import.history.undone": "Undone",
  "import.history.active": "Active",
  "import.history.undo": "Undo",
  "import.history.undoLabel": "Undo import {id}",
  "import.undo.done": "Import {id} has been undone.",
  "import.undo.later":
    "Import {id} cannot be undone: the later import {later} touched the same editions. Undo that one first.",
  "import.undo.already": "Import {id} was undone already.",
  "import.undo.notFound": "Import {id} does not exist.",
  "import.mode.upsert": "update",
  "import.mode.replace": "replace",
  "import.mode.seed": "demo data",
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

/** Texts take named values: t("import.done", { id: 4 }) fills in {id}. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const dictionary = dictionaries[language];
  return (key, values) =>
    values
      ? dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) =>
          String(values[name] ?? match),
        )
      : dictionary[key];
}
