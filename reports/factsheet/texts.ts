import type { Language } from "../../core/language";

export const FACTSHEET_TEXTS = {
  nl: {
    title: (name: string) => `Factsheet ${name}`,
    kicker: "Sociale Ondernemers Challenge",
    dates: (launched: string, finale: string) => `Campagne vanaf ${launched} · finale ${finale}`,
    themes: "Thema's",
    keyFigures: "Kerncijfers",
    comparedWith: (label: string) => `vergeleken met ${label}`,
    money: "Microkredieten en hefboom",
    outcomes: "Na één jaar",
    programme: "Programma en ervaring",
    experiences: "Wat deelnemers zeggen",
    stories: "Initiatieven",
    method: "Verantwoording",
    methodText:
      "Alle cijfers volgen de definities van de SOC Impactmonitor; elke definitie staat in het product onder Definities. Een * betekent: rust op minder dan 10 gevallen. Aantallen van 1 tot 4 staan in openbare versies als <5.",
    dataAsOf: (file: string, id: number, at: string) =>
      `Gegevens: import ${id} (${file}) van ${at}.`,
    noImport: "Gegevens: niet via een import geladen.",
    generated: (at: string) => `Gemaakt op ${at}.`,
    figure: "Cijfer",
    public: "Openbare versie",
  },
  en: {
    title: (name: string) => `Factsheet ${name}`,
    kicker: "Social Entrepreneurs Challenge",
    dates: (launched: string, finale: string) => `Campaign from ${launched} · finale ${finale}`,
    themes: "Themes",
    keyFigures: "Key figures",
    comparedWith: (label: string) => `compared with ${label}`,
    money: "Microcredits and leverage",
    outcomes: "After one year",
    programme: "Programme and experience",
    experiences: "What participants say",
    stories: "Initiatives",
    method: "Method",
    methodText:
      "All figures follow the definitions of the SOC Impact Monitor; each definition is in the product under Definitions. A * means: rests on fewer than 10 cases. Counts of 1 to 4 show as <5 in public versions.",
    dataAsOf: (file: string, id: number, at: string) => `Data: import ${id} (${file}) of ${at}.`,
    noImport: "Data: not loaded through an import.",
    generated: (at: string) => `Made on ${at}.`,
    figure: "Figure",
    public: "Public version",
  },
} satisfies Record<Language, unknown>;
