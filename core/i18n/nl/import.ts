// The import's texts in Dutch: every problem it reports (issue.<code>), the
// report as the command line prints it (issue.report.*, issue.where.*), and
// the words of the template workbook (template.*). Numbers come formatted.
export const importNl = {
  "issue.required": "Dit veld is verplicht maar leeg.",
  "issue.not_text": "Hier hoort tekst, geen ja/nee-waarde.",
  "issue.too_long": "De tekst is te lang: hoogstens {max} tekens.",
  "issue.not_slug":
    "Gebruik alleen kleine letters, cijfers en streepjes (2 tot 64 tekens), zoals groningen-2024.",
  "issue.not_email": "Dit is geen geldig e-mailadres.",
  "issue.not_kvk": "Een KvK-nummer heeft precies 8 cijfers, zoals 01234567.",
  "issue.not_integer": "Hier hoort een geheel getal.",
  "issue.not_number": "Dit is geen getal. Schrijf bijvoorbeeld 3000, 3.000,50 of € 3.000,-.",
  "issue.too_many_decimals": "Te veel cijfers achter de komma: hoogstens {decimals}.",
  "issue.below_min.exclusive": "Het getal moet groter zijn dan {min}.",
  "issue.below_min.inclusive": "Het getal mag niet kleiner zijn dan {min}.",
  "issue.above_max": "Het getal mag niet groter zijn dan {max}.",
  "issue.not_bool": "Vul ja of nee in.",
  "issue.not_date": "Dit is geen geldige datum. Schrijf bijvoorbeeld 1-3-2020 of 2020-03-01.",
  "issue.not_enum": "Kies een van: {options}.",
  "issue.file_unreadable": "Het bestand kon niet worden gelezen: {reason}",
  "issue.file_too_large": "Het bestand is te groot: hoogstens {maxMb} MB.",
  "issue.file_type.xlsx": "Dit bestand is geen Excel-werkmap (.xlsx), ook al heet het zo.",
  "issue.file_type.csv": "Dit bestand is geen CSV-tekstbestand, ook al heet het zo.",
  "issue.file_old_excel":
    "Oude Excel-bestanden (.xls) worden niet gelezen. Sla het bestand op als Excel-werkmap (.xlsx).",
  "issue.file_type.zip": "Dit bestand is geen zip-bestand, ook al heet het zo.",
  "issue.file_extension":
    "Alleen Excel-werkmappen (.xlsx), tekstbestanden (.csv of .txt) en zip-bestanden met CSV-bestanden (.zip, zoals de CSV-export) kunnen worden geïmporteerd.",
  "issue.export_columns_ignored":
    "Kolom {columns} komt uit een export van de Impactmonitor en wordt niet geïmporteerd; de gegevens ernaast wel.",
  "issue.export_sheet_ignored":
    "Dit blad komt uit een export van de Impactmonitor (lees mij, codeboek of kengetallen) en wordt niet geïmporteerd; de gegevens in de andere bladen wel.",
  "issue.zip_nothing":
    "Het zip-bestand bevat geen CSV-bestanden. Zet er per gegevensset een CSV-bestand in, genoemd naar de gegevens, zoals aanmeldingen.csv.",
  "issue.duplicate_sheet": "Deze gegevens staan in twee werkbladen; laat er één over.",
  "issue.file_not_utf8":
    "Het bestand is geen UTF-8-tekst. Kies in Excel 'Opslaan als' en dan 'CSV UTF-8'.",
  "issue.zip_too_large":
    "Het bestand is uitgepakt te groot (een werkmap of zip met CSV-bestanden): hoogstens {maxMb} MB.",
  "issue.too_many_rows": "Het werkblad heeft te veel rijen: hoogstens {max}.",
  "issue.no_datasets":
    "Het bestand bevat geen werkblad met een bekende naam (zoals Aanmeldingen of Toekenningen).",
  "issue.unknown_dataset":
    "Niet duidelijk welke gegevens '{name}' bevat. Noem het bestand naar de gegevens, zoals aanmeldingen.csv.",
  "issue.missing_column": "Deze verplichte kolom ontbreekt.",
  "issue.title_rows_skipped":
    "Overgeslagen als titel boven de kopregel (rij {header}): rij {rows}. Staan daar gegevens, zet ze dan onder de kopregel.",
  "issue.duplicate_column": "Deze kolom staat twee keer in de kopregel.",
  "issue.duplicate_key": "Deze rij staat twee keer in het bestand (dezelfde sleutel).",
  "issue.duplicate_municipality_year":
    "Er is al een editie voor deze gemeente en dit jaar: {other}.",
  "issue.unknown_edition": "Deze editie bestaat niet, in het bestand noch in de database.",
  "issue.unknown_applicant":
    "Deze aanmelding bestaat niet in deze editie, in het bestand noch in de database.",
  "issue.key_taken": "Deze sleutel is al in gebruik; een formulier voegt alleen nieuwe rijen toe.",
  "issue.registration_erased":
    "Deze aanmelding is gewist (AVG) en mag niet terugkomen. Haal haar rijen ook uit het bronbestand; er is niets opgeslagen.",
  "issue.impact_missing": "De criteria van deze editie missen 'impact'.",
  "issue.impact_not_heaviest":
    "Impact moet zwaarder wegen dan elk ander criterium, maar weegt niet zwaarder dan '{criterion}'.",
  "issue.criterion_not_in_rubric": "Dit criterium hoort niet bij de rubriek van deze editie.",
  "issue.criterion_score_missing": "Het cijfer voor dit criterium van de rubriek ontbreekt.",
  "issue.score_above_scale": "Het cijfer is hoger dan het hoogste cijfer van deze editie ({max}).",
  "issue.microcredit_above_share":
    "Het microkrediet is meer dan {share}% van het startbudget ({startBudget}).",
  "issue.distance_jobs_above_jobs":
    "Er zijn meer banen voor mensen met afstand tot de arbeidsmarkt dan banen in totaal.",
  "issue.database_rule":
    "Een rij van {dataset} voldoet niet aan de regel '{rule}' van de database. Controleer de waarden in deze kolom; er is niets opgeslagen.",
  "issue.database_refused":
    "Het opslaan lukte niet door een onverwachte fout van de database; er is niets opgeslagen. Probeer het opnieuw, of geef deze melding door aan de beheerder: {reason}",
  "issue.over_budget":
    "De toekenningen van deze editie zijn samen € {total}, meer dan het budget van € {budget}.",
  "issue.report.dry_run": "Proefimport: het bestand is in orde; er is niets opgeslagen.",
  "issue.report.unchanged": "Geïmporteerd: er veranderde niets, alles stond er al.",
  "issue.report.imported": "Geïmporteerd als import {id}.",
  "issue.report.refused.one": "Niet geïmporteerd: {count} fout. Er is niets opgeslagen.",
  "issue.report.refused.other": "Niet geïmporteerd: {count} fouten. Er is niets opgeslagen.",
  "issue.report.more": "… en nog {count} fouten.",
  "issue.report.counts":
    "{dataset}: {inserted} nieuw, {updated} gewijzigd, {unchanged} ongewijzigd",
  "issue.report.counts.deleted":
    "{dataset}: {inserted} nieuw, {updated} gewijzigd, {unchanged} ongewijzigd, {deleted} verwijderd",
  "issue.report.warnings": "Waarschuwingen (de import gaat wel door):",
  "issue.report.ignored_sheets": "Genegeerde werkbladen:",
  "issue.report.ignored_columns": "Genegeerde kolommen:",
  "issue.where.file": "Bestand",
  "issue.where.sheet": "Blad '{sheet}'",
  "issue.where.row": "rij {row}",
  "issue.where.column": "kolom {column}",
  "template.instructions": "Instructies",
  "template.title": "Sjabloon SOC Impactmonitor",
  "template.line.sheets":
    "Elk werkblad is één dataset. Laat de namen van de werkbladen en de kopregels staan.",
  "template.line.example":
    "Rij 2 van elk blad is een voorbeeld: vervang die door uw eigen gegevens of verwijder hem.",
  "template.line.empty":
    "Lege werkbladen worden overgeslagen; u hoeft niet alles tegelijk in te vullen.",
  "template.line.required":
    "Verplichte kolommen zijn gemarkeerd met * in de toelichting hieronder.",
  "template.line.values":
    "Bedragen in euro (3000 of 3.000,50), datums als datum of als 1-3-2024, ja/nee uit de keuzelijst.",
  "template.line.key":
    "Een rij wordt herkend aan zijn sleutel: opnieuw importeren werkt bestaande rijen bij.",
  "template.line.errors":
    "Bij één fout wordt niets opgeslagen; het rapport noemt blad, rij en kolom van elke fout.",
  "template.criteria":
    "Beoordelingen: één kolom per criterium van de rubriek van de editie (hier de standaardrubriek).",
  "template.sheet": "Werkblad",
  "template.column": "Kolom",
  "template.required": "Verplicht",
  "template.meaning": "Betekenis",
  "template.allowed": "Toegestane waarden",
  "template.yes": "ja",
  "template.no": "nee",
} as const;
