// The factsheet in Dutch: its headings, the story in words (reports/factsheet/
// narrative.ts fills in the figures; a part that does not apply is left
// empty), and its note on method.
export const documentNl = {
  "document.title": "Factsheet {name}",
  "document.kicker": "Sociale Ondernemers Challenge",
  "document.dates": "Campagne vanaf {launched} · finale {finale}",
  "document.themes": "Thema's",
  "document.keyFigures": "Kerncijfers",
  "document.comparedWith": "vergeleken met {label}",
  "document.money": "Microkredieten en hefboom",
  "document.outcomes": "Na één jaar",
  "document.programme": "Programma en ervaring",
  "document.experiences": "Wat deelnemers zeggen",
  "document.stories": "Initiatieven",
  "document.method": "Verantwoording",
  "document.methodText":
    "Alle cijfers volgen de definities van de SOC Impactmonitor; elke definitie staat in het product onder Definities. Een * betekent: rust op minder dan 10 gevallen. Aantallen van 1 tot 4 staan in openbare versies als <5.",
  "document.dataAsOf": "Gegevens: import {id} ({file}) van {at}.",
  "document.noImport": "Gegevens: niet via een import geladen.",
  "document.generated": "Gemaakt op {at}.",
  "document.figure": "Cijfer",
  "document.public": "Openbare versie",
  "document.narrative.registrations":
    "In {year} meldden zich {registrations} ondernemers aan{change}{awards}.",
  "document.narrative.more": ", {size} meer dan in {year}",
  "document.narrative.fewer": ", {size} minder dan in {year}",
  "document.narrative.same": ", evenveel als in {year}",
  "document.narrative.awards":
    "; {awarded} initiatieven kregen samen {total} microkrediet{cofunding}",
  "document.narrative.cofunding":
    ", en brachten per publieke euro {perEuro} aan eigen en andere financiering mee",
  "document.narrative.outcomes":
    "Van de {followed} gevolgde initiatieven liep na een jaar nog {survival}{reach}.",
  "document.narrative.reach": "; samen bereikten ze {reached} mensen",
  "document.narrative.noOutcomes": "Metingen na een jaar zijn er voor deze editie nog niet.",
  "document.chromiumMissing":
    "Chromium is niet gevonden ({path}): installeer het met 'apt-get install -y chromium' of zet CHROMIUM_PATH. De afdrukweergave van de factsheet werkt wel.",
} as const;
