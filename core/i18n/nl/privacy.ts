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
  "privacy.page.title": "Privacy: wissen en inzage",
  "privacy.page.intro":
    "Een ondernemer mag vragen om inzage in alles wat over hem of haar bewaard is (AVG artikel 15) en om wissing (artikel 17). Wissen haalt naam, e-mail, telefoon, citaten, de toelichtingen van de beoordelaars en verhalen weg, ook uit de importgeschiedenis; aantallen, bedragen en uitkomsten blijven, dus elk gepubliceerd cijfer blijft gelijk.",
  "privacy.page.retention":
    "Bewaartermijn: de persoonsgegevens van een editie worden {years} jaar na het editiejaar gewist (IMPACT_RETENTION_YEARS).",
  "privacy.page.edition": "Editie",
  "privacy.page.applicant": "Aanmelding",
  "privacy.access.legend": "Inzage: alles over één aanmelding",
  "privacy.access.submit": "Download als JSON",
  "privacy.erase.legend": "Wissen op verzoek",
  "privacy.erase.confirm":
    "Ik heb het verzoek gecontroleerd; wissen kan niet ongedaan worden gemaakt.",
  "privacy.erase.submit": "Wis deze aanmelding",
  "privacy.page.invalid": "Geef een editie en een aanmelding en vink de bevestiging aan.",
  "privacy.page.erasures": "Wissingen",
  "privacy.page.when": "Wanneer",
  "privacy.page.by": "Door",
  "privacy.page.reason": "Waarom",
  "privacy.page.erasedAs": "Heet nu",
  "privacy.page.none": "Nog niets gewist.",
  "privacy.reason.request": "op verzoek",
  "privacy.reason.retention": "bewaartermijn",
  "privacy.nav": "Privacy",
  "privacy.sweepFailed":
    "De dagelijkse wissing na de bewaartermijn is mislukt en wordt morgen opnieuw geprobeerd: {reason}",
} as const;
