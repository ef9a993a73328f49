// The 360Giving open data in Dutch: the package's title and description and
// the texts of each grant. The standard's field names and column titles are
// English in either language and are not here.
export const giving360Nl = {
  "giving360.packageTitle":
    "SOC Impactmonitor: microkredieten van de Sociale Ondernemers Challenge",
  "giving360.packageDescription":
    "Elk toegekend microkrediet als subsidie (grant) volgens de 360Giving-standaard, met startbudget, cofinanciering, hefboom en de status na 12 maanden als aanvullende velden. Elke gemeente financiert haar eigen editie van de Challenge: dit bestand heeft daarom meer dan één financier, één per gemeente.",
  /** A grant's title in research scope, where the initiative is not named. */
  "giving360.title": "Microkrediet {edition}",
  "giving360.titleFor": "Microkrediet voor {initiative} ({edition})",
  "giving360.description":
    "Microkrediet uit de Sociale Ondernemers Challenge ({edition}) voor een sociaal initiatief in {municipality}, met een jaar begeleiding.",
  "giving360.funder": "Gemeente {municipality}",
  /** The name of a recipient without a KvK number in research scope: no personal details. */
  "giving360.individual": "Individuele ontvanger",
  "giving360.noGrants":
    "Deze keuze van edities heeft geen toekenningen; een 360Giving-bestand moet er minstens één hebben.",
} as const;
