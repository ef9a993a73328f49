// What the file reader says about a file or a cell, in Dutch: what the file
// is, and what to do about it.
export const readerNl = {
  "reader.cellError":
    "De cel bevat de Excel-fout {error}. Vul de waarde zelf in, of maak de cel leeg.",
  "reader.damaged":
    "Het bestand is beschadigd of onvolledig, bijvoorbeeld doordat het downloaden of kopiëren is afgebroken. Download of kopieer het opnieuw; lukt dat niet, open het dan in Excel en sla het opnieuw op.",
  "reader.badPart":
    "Een onderdeel van de werkmap ({part}) is onleesbaar: {reason}. Open de werkmap in Excel of LibreOffice en sla hem opnieuw op als Excel-werkmap (.xlsx).",
  "reader.encrypted":
    "Deze werkmap is met een wachtwoord beveiligd en kan daardoor niet worden gelezen. Open hem in Excel, haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord, en maak het wachtwoord leeg) en sla hem opnieuw op.",
  "reader.textAsWorkbook":
    "Dit bestand is een tekstbestand ({encoding}), geen Excel-werkmap, ook al heet het .xlsx. Geef het de extensie .txt of .csv, of open het in Excel en sla het op als Excel-werkmap (.xlsx).",
  "reader.windows1252":
    "Het bestand is geen UTF-8-tekst en is daarom gelezen als Windows-1252 (West-Europees, wat Excel 'CSV (gescheiden door lijstscheidingsteken)' schrijft). Controleer letters als é, ë en het euroteken; sla het bestand bij twijfel op als 'CSV UTF-8'.",
} as const;
