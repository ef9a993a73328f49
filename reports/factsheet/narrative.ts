// The factsheet's story in words, written from the metrics: what a
// policymaker would say to the council. Pure: figures in, sentences out.
import { formatEuro, formatNumber, formatPercent } from "../../core/format";
import { type Translate, translator } from "../../core/i18n/messages";
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

/** ", 16% more than in 2019", or nothing without a year to compare with. */
function change(f: NarrativeFigures, language: Language, t: Translate): string {
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
  const year = f.comparison.year;
  if (relative === 0) return t("document.narrative.same", { year });
  const size = formatPercent(Math.abs(relative), language);
  return t(relative > 0 ? "document.narrative.more" : "document.narrative.fewer", { size, year });
}

export function narrative(f: NarrativeFigures, language: Language): string[] {
  const t = translator(language);
  const paragraphs: string[] = [];
  if (f.registrations !== null) {
    let awards = "";
    if (f.awarded && f.microcreditTotal !== null) {
      awards = t("document.narrative.awards", {
        awarded: count(f.awarded, f, language),
        total: formatEuro(f.microcreditTotal, language, false),
        cofunding:
          f.cofundingPerEuro === null
            ? ""
            : t("document.narrative.cofunding", {
                perEuro: formatEuro(f.cofundingPerEuro, language),
              }),
      });
    }
    paragraphs.push(
      t("document.narrative.registrations", {
        year: f.year,
        registrations: count(f.registrations, f, language),
        change: change(f, language, t),
        awards,
      }),
    );
  }
  if (f.followed12m && f.survival12m !== null) {
    paragraphs.push(
      t("document.narrative.outcomes", {
        followed: count(f.followed12m, f, language),
        survival: formatPercent(f.survival12m, language),
        reach:
          f.beneficiaries12m === null
            ? ""
            : t("document.narrative.reach", { reached: count(f.beneficiaries12m, f, language) }),
      }),
    );
  } else {
    paragraphs.push(t("document.narrative.noOutcomes"));
  }
  return paragraphs;
}
