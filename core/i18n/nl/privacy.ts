// The AVG (GDPR) part: erasure, access requests, retention, the record of
// processing.
export const privacyNl = {
  "privacy.choose":
    "Kies erase, export of sweep: impact privacy erase <editie> <aanmelding>, impact privacy export <editie> <aanmelding> --out bestand.json, impact privacy sweep.",
  "privacy.giveRegistration": "Geef de editie en de aanmelding, zoals groningen-2020 GRO-17-042.",
  "privacy.giveOut": "Geef het doelbestand: --out persoon.json of --out persoon.xlsx",
  "privacy.outExtension": "Het doelbestand eindigt op .json of .xlsx.",
  "privacy.unknownEdition":
    "De editie {edition} bestaat niet. Er is niets gewijzigd of geschreven.",
  "privacy.unknownApplicant":
    "De editie {edition} heeft geen aanmelding {applicant}. Er is niets gewijzigd of geschreven.",
  "privacy.erased":
    "Aanmelding {applicant} van {edition} is gewist: naam, e-mail, telefoon, citaten, de toelichtingen van de beoordelaars en verhalen, ook in de importgeschiedenis. De aantallen, bedragen en uitkomsten blijven, dus elk cijfer blijft gelijk. De aanmelding heet nu {erasedAs} en heeft een nieuw pseudoniem. Wis de persoon ook in het bronbestand: een nieuwe import van het oude bestand brengt de gegevens terug.",
  "privacy.exported":
    "Alles wat over aanmelding {applicant} van {edition} bewaard is, staat in {file}.",
  "privacy.swept":
    "Bewaartermijn {years} jaar na het editiejaar, peildatum {asOf}: {n} aanmeldingen gewist in {editions}.",
  "privacy.sweptNothing":
    "Bewaartermijn {years} jaar na het editiejaar, peildatum {asOf}: niets te wissen.",
  "privacy.badDate": "--as-of is een datum als 2033-01-01, niet {value}.",
} as const;
