// The 360Giving open data in English, key for key the Dutch texts.
import type { giving360Nl } from "../nl/giving360";

export const giving360En: Record<keyof typeof giving360Nl, string> = {
  "giving360.packageTitle":
    "SOC Impact Monitor: microcredits of the Social Entrepreneurs Challenge",
  "giving360.packageDescription":
    "Every microcredit awarded as a grant in the 360Giving Data Standard, with start budget, co-funding, leverage and the status after 12 months as additional fields. Each municipality funds its own edition of the Challenge: this file therefore has more than one funder, one per municipality.",
  "giving360.title": "Microcredit {edition}",
  "giving360.titleFor": "Microcredit for {initiative} ({edition})",
  "giving360.description":
    "Microcredit from the Social Entrepreneurs Challenge ({edition}) for a social initiative in {municipality}, with a year of coaching.",
  "giving360.funder": "Municipality of {municipality}",
  "giving360.individual": "Individual recipient",
  "giving360.noGrants":
    "This choice of editions has no awards; a 360Giving file needs at least one.",
};
