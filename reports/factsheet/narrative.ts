// The factsheet's story in words, written from the metrics: what a
// policymaker would say to the council. Pure: figures in, sentences out.
import { formatEuro, formatNumber, formatPercent } from "../../core/format";
import type { Language } from "../../core/language";
import { publicCount } from "../metrics/small-numbers";

export interface NarrativeFigures {
  year: number;
  municipality: string;
  registrations: number | null;
  awarded: number | null;
  microcreditTotal: number | null;
  /** Other money per public euro: (start budgets − microcredits) / microcredits. */
  cofundingPerEuro: number | null;
  followed12m: number | null;
  survival12m: number | null;
  beneficiaries12m: number | null;
  /** The edition compared with: the previous one, or one the user chose. */
  comparison: { year: number; registrations: number | null } | null;
  /** Public factsheets show counts of 1–4 as "<5". */
  suppressSmallCounts: boolean;
}

function count(value: number, f: NarrativeFigures, language: Language): string {
  const shown = f.suppressSmallCounts ? publicCount(value) : value;
  return typeof shown === "string" ? shown : formatNumber(shown, language);
}

function change(f: NarrativeFigures, language: Language): string {
  const before = f.comparison?.registrations;
  if (
    !f.comparison ||
    before === null ||
    before === undefined ||
    before === 0 ||
    f.registrations === null
  ) {
    return "";
  }
  const relative = (f.registrations - before) / before;
  const size = formatPercent(Math.abs(relative), language);
  const year = f.comparison.year;
  if (language === "en") {
    if (relative === 0) return `, as many as in ${year}`;
    return `, ${size} ${relative > 0 ? "more" : "fewer"} than in ${year}`;
  }
  if (relative === 0) return `, evenveel als in ${year}`;
  return `, ${size} ${relative > 0 ? "meer" : "minder"} dan in ${year}`;
}

function dutch(f: NarrativeFigures): string[] {
  const paragraphs: string[] = [];
  if (f.registrations !== null) {
    let sentence = `In ${f.year} meldden zich ${count(f.registrations, f, "nl")} ondernemers aan${change(f, "nl")}`;
    if (f.awarded && f.microcreditTotal !== null) {
      sentence += `; ${count(f.awarded, f, "nl")} initiatieven kregen samen ${formatEuro(f.microcreditTotal, "nl", false)} microkrediet`;
      if (f.cofundingPerEuro !== null) {
        sentence += `, en brachten per publieke euro ${formatEuro(f.cofundingPerEuro, "nl")} aan eigen en andere financiering mee`;
      }
    }
    paragraphs.push(`${sentence}.`);
  }
  if (f.followed12m && f.survival12m !== null) {
    let sentence = `Van de ${count(f.followed12m, f, "nl")} gevolgde initiatieven liep na een jaar nog ${formatPercent(f.survival12m, "nl")}`;
    if (f.beneficiaries12m !== null) {
      sentence += `; samen bereikten ze ${count(f.beneficiaries12m, f, "nl")} mensen`;
    }
    paragraphs.push(`${sentence}.`);
  } else {
    paragraphs.push("Metingen na een jaar zijn er voor deze editie nog niet.");
  }
  return paragraphs;
}

function english(f: NarrativeFigures): string[] {
  const paragraphs: string[] = [];
  if (f.registrations !== null) {
    let sentence = `In ${f.year}, ${count(f.registrations, f, "en")} entrepreneurs registered${change(f, "en")}`;
    if (f.awarded && f.microcreditTotal !== null) {
      sentence += `; ${count(f.awarded, f, "en")} initiatives received ${formatEuro(f.microcreditTotal, "en", false)} in microcredits together`;
      if (f.cofundingPerEuro !== null) {
        sentence += `, and brought ${formatEuro(f.cofundingPerEuro, "en")} of own and other funding per public euro`;
      }
    }
    paragraphs.push(`${sentence}.`);
  }
  if (f.followed12m && f.survival12m !== null) {
    let sentence = `Of the ${count(f.followed12m, f, "en")} initiatives followed, ${formatPercent(f.survival12m, "en")} still ran after a year`;
    if (f.beneficiaries12m !== null) {
      sentence += `; together they reached ${count(f.beneficiaries12m, f, "en")} people`;
    }
    paragraphs.push(`${sentence}.`);
  } else {
    paragraphs.push("There are no measurements after one year for this edition yet.");
  }
  return paragraphs;
}

export function narrative(figures: NarrativeFigures, language: Language): string[] {
  return language === "en" ? english(figures) : dutch(figures);
}
