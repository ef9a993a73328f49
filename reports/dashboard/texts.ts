// The texts the dashboards compute on the server: chart findings and labels.
import type { Language } from "../../core/language";

type Texts = {
  year: string;
  euros: string;
  share: string;
  applicants: string;
  stages: {
    registrations: string;
    intakes: string;
    plans: string;
    awarded: string;
    active: string;
  };
  publicMoney: string;
  startBudgets: string;
  survival: string;
  low: string;
  high: string;
  followed: string;
  funnelFinding: (year: number, registrations: string, awarded: string) => string;
  funnelNone: string;
  fundingFinding: (year: number, leverage: string) => string;
  fundingNone: string;
  survivalFinding: (year: number, survival: string) => string;
  survivalNone: string;
  editionFunnelFinding: (registrations: string, awarded: string, active: string) => string;
  perPublicEuro: string;
  ownContribution: string;
  cofunding: string;
  followOn: string;
  leverageFinding: (total: string) => string;
  leverageNone: string;
  sharesFinding: (max: string, count: number) => string;
  sharesNone: string;
  themesFinding: (theme: string) => string;
  districtsFinding: (district: string) => string;
  unknown: string;
  activitiesFinding: (count: string) => string;
  kinds: Record<"workshop" | "coaching" | "network" | "masterclass" | "other", string>;
  activities: string;
  awardedCount: string;
};

export const DASHBOARD_TEXTS: Record<Language, Texts> = {
  nl: {
    year: "Jaar",
    euros: "Euro",
    share: "Aandeel",
    applicants: "Aanmeldingen",
    stages: {
      registrations: "Aanmeldingen",
      intakes: "Intakes",
      plans: "Plannen",
      awarded: "Toegekend",
      active: "Actief na 12 maanden",
    },
    publicMoney: "Microkrediet (publiek geld)",
    startBudgets: "Startbudgetten samen",
    survival: "Actief na 12 maanden",
    low: "Ondergrens (95%)",
    high: "Bovengrens (95%)",
    followed: "Gevolgd",
    funnelFinding: (year, registrations, awarded) =>
      `In ${year} meldden zich ${registrations} ondernemers aan; ${awarded} kregen een microkrediet`,
    funnelNone: "Aanmeldingen en toekenningen per jaar",
    fundingFinding: (year, leverage) =>
      `In ${year} hoorde bij elke publieke euro ${leverage} aan startbudget`,
    fundingNone: "Publiek geld en de startbudgetten die het mogelijk maakte",
    survivalFinding: (year, survival) =>
      `Van de initiatieven uit ${year} liep ${survival} na een jaar nog`,
    survivalNone: "Nog geen metingen na 12 maanden",
    editionFunnelFinding: (registrations, awarded, active) =>
      `Van ${registrations} aanmeldingen kregen ${awarded} een microkrediet; ${active} liepen na een jaar nog`,
    perPublicEuro: "Per publieke euro",
    ownContribution: "Eigen bijdrage",
    cofunding: "Andere financiers",
    followOn: "Vervolgfinanciering (12 mnd)",
    leverageFinding: (total) => `Elke publieke euro bracht ${total} aan ander geld mee`,
    leverageNone: "Geen toekenningen: geen hefboom te berekenen",
    sharesFinding: (max, count) =>
      `Alle ${count} microkredieten blijven binnen ${max} van het startbudget`,
    sharesNone: "Nog geen toekenningen",
    themesFinding: (theme) => `De meeste aanmeldingen gingen over ${theme}`,
    districtsFinding: (district) => `De meeste aanmeldingen kwamen uit ${district}`,
    unknown: "(onbekend)",
    activitiesFinding: (count) => `Het programma telde ${count} activiteiten`,
    kinds: {
      workshop: "Workshops",
      coaching: "Coaching",
      network: "Netwerkbijeenkomsten",
      masterclass: "Masterclasses",
      other: "Overig",
    },
    activities: "Activiteiten",
    awardedCount: "Toegekend",
  },
  en: {
    year: "Year",
    euros: "Euros",
    share: "Share",
    applicants: "Registrations",
    stages: {
      registrations: "Registrations",
      intakes: "Intakes",
      plans: "Plans",
      awarded: "Awarded",
      active: "Active after 12 months",
    },
    publicMoney: "Microcredit (public money)",
    startBudgets: "Start budgets together",
    survival: "Active after 12 months",
    low: "Lower bound (95%)",
    high: "Upper bound (95%)",
    followed: "Followed",
    funnelFinding: (year, registrations, awarded) =>
      `In ${year}, ${registrations} entrepreneurs registered; ${awarded} received a microcredit`,
    funnelNone: "Registrations and awards per year",
    fundingFinding: (year, leverage) =>
      `In ${year}, each public euro came with ${leverage} of start budget`,
    fundingNone: "Public money and the start budgets it made possible",
    survivalFinding: (year, survival) =>
      `Of the initiatives of ${year}, ${survival} still ran after a year`,
    survivalNone: "No measurements after 12 months yet",
    editionFunnelFinding: (registrations, awarded, active) =>
      `Of ${registrations} registrations, ${awarded} received a microcredit; ${active} still ran after a year`,
    perPublicEuro: "Per public euro",
    ownContribution: "Own contribution",
    cofunding: "Other funders",
    followOn: "Follow-on funding (12 mo)",
    leverageFinding: (total) => `Each public euro brought along ${total} of other money`,
    leverageNone: "No awards: no leverage to compute",
    sharesFinding: (max, count) =>
      `All ${count} microcredits stay within ${max} of the start budget`,
    sharesNone: "No awards yet",
    themesFinding: (theme) => `Most registrations were about ${theme}`,
    districtsFinding: (district) => `Most registrations came from ${district}`,
    unknown: "(unknown)",
    activitiesFinding: (count) => `The programme had ${count} activities`,
    kinds: {
      workshop: "Workshops",
      coaching: "Coaching",
      network: "Network meetings",
      masterclass: "Masterclasses",
      other: "Other",
    },
    activities: "Activities",
    awardedCount: "Awarded",
  },
};
