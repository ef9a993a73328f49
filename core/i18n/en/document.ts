// The factsheet in English, key for key the Dutch one.
import type { documentNl } from "../nl/document";

export const documentEn: Record<keyof typeof documentNl, string> = {
  "document.title": "Factsheet {name}",
  "document.kicker": "Social Entrepreneurs Challenge",
  "document.dates": "Campaign from {launched} · finale {finale}",
  "document.themes": "Themes",
  "document.keyFigures": "Key figures",
  "document.comparedWith": "compared with {label}",
  "document.money": "Microcredits and leverage",
  "document.outcomes": "After one year",
  "document.programme": "Programme and experience",
  "document.experiences": "What participants say",
  "document.stories": "Initiatives",
  "document.method": "Method",
  "document.methodText":
    "All figures follow the definitions of the SOC Impact Monitor; each definition is in the product under Definitions. A * means: rests on fewer than 10 cases. Counts of 1 to 4 show as <5 in public versions.",
  "document.dataAsOf": "Data: import {id} ({file}) of {at}.",
  "document.noImport": "Data: not loaded through an import.",
  "document.generated": "Made on {at}.",
  "document.figure": "Figure",
  "document.public": "Public version",
  "document.narrative.registrations":
    "In {year}, {registrations} entrepreneurs registered{change}{awards}.",
  "document.narrative.more": ", {size} more than in {year}",
  "document.narrative.fewer": ", {size} fewer than in {year}",
  "document.narrative.same": ", as many as in {year}",
  "document.narrative.awards":
    "; {awarded} initiatives received {total} in microcredits together{cofunding}",
  "document.narrative.cofunding":
    ", and brought {perEuro} of own and other funding per public euro",
  "document.narrative.outcomes":
    "Of the {followed} initiatives followed, {survival} still ran after a year{reach}.",
  "document.narrative.reach": "; together they reached {reached} people",
  "document.narrative.noOutcomes": "There are no measurements after one year for this edition yet.",
  "document.chromiumMissing":
    "Chromium was not found ({path}): install it with 'apt-get install -y chromium' or set CHROMIUM_PATH. The print view of the factsheet still works.",
};
