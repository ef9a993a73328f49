// The follow-up coverage beside survival (shared/spec/evaluation.md): how many
// of the awarded initiatives were followed, and, where too few were, the
// bounds on survival in plain words. Survival counts only the followed ones,
// so without this a rate of 75% over 12 of 20 reads as if it were about all
// 20. Every output that shows survival_12m takes its text from here.
import { formatNumber, formatPercent } from "../../core/format";
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { MetricKey } from "./definitions";
import { publicCount } from "./small-numbers";

/** The one metric that rests on the followed only and so gets the coverage beside it. */
export const COVERED_METRIC = "survival_12m" satisfies MetricKey;

/** Below this share followed, the bounds are shown: the unknown part could move survival far. */
export const BOUNDS_BELOW_COVERAGE = 0.8;

/** Any output's figures: a table column may hold only some metrics. */
export type CoverageFigures = Partial<Record<MetricKey, number | null>>;

export interface CoverageOptions {
  /** Public outputs show counts of 1 to 4 as `<5` (small-numbers.ts), as everywhere else. */
  suppressSmallCounts?: boolean;
}

/**
 * "12 van 20 gevolgd (60%)", and where fewer than 80% were followed also
 * "tussen 45% en 85%: van 8 van de 20 initiatieven weten we het niet".
 * Null without awards: then there is nothing to follow.
 */
export function followUpCoverage(
  figures: CoverageFigures,
  language: Language,
  { suppressSmallCounts = false }: CoverageOptions = {},
): string | null {
  const awarded = figures.awarded ?? null;
  const followed = figures.followed_12m ?? null;
  const rate = figures.followup_rate_12m ?? null;
  if (awarded === null || followed === null || rate === null) return null;
  const t = translator(language);
  const count = (n: number) => {
    const shown = suppressSmallCounts ? publicCount(n) : n;
    return typeof shown === "string" ? shown : formatNumber(shown, language);
  };
  const percent = (value: number | null | undefined) => formatPercent(value ?? null, language);
  const coverage = t("catalogue.coverage.followed", {
    followed: count(followed),
    awarded: count(awarded),
    rate: percent(rate),
  });
  if (rate >= BOUNDS_BELOW_COVERAGE) return coverage;
  const bounds = t("catalogue.coverage.bounds", {
    low: percent(figures.survival_12m_bound_low),
    high: percent(figures.survival_12m_bound_high),
    unknown: count(awarded - followed),
    awarded: count(awarded),
  });
  return `${coverage}; ${bounds}`;
}

/** The note a metric's value gets beside it: only survival_12m has one. */
export function coverageNote(
  key: MetricKey,
  figures: CoverageFigures,
  language: Language,
  options: CoverageOptions = {},
): string | null {
  return key === COVERED_METRIC ? followUpCoverage(figures, language, options) : null;
}
