// The evaluation as the page /evaluatie shows it: the JSON's figures, the
// chart of survival against the score relative to the line (binned shares
// with the two fitted lines, its finding as title, the data as a table) and
// a plain sentence per criterion. The figures are evaluate()'s, unrounded.
import type { EvaluationEdition } from "../../core/evaluation-sample";
import { formatNumber, formatPercent } from "../../core/format";
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { EditionFilter } from "../../core/metric-parts";
import type { Db } from "../../db/connection.server";
import { type ChartView, chartView } from "../charts/chart.server";
import { discontinuityChart } from "../charts/specs";
import type { CriterionAuc } from "./criterion-auc";
import { type EvaluationJson, evaluate } from "./evaluate";
import { type DiscontinuityPlot, discontinuityPlot } from "./plot";
import { loadEvaluationInputs } from "./report.server";
import { editionCutoffs } from "./sample";

/** Above this AUC a criterion "predicted" survival, below 1 − it the reverse. */
export const AUC_TELLS = 0.6;

export type CriterionVerdict = "higher" | "lower" | "neutral" | "none";

export function criterionVerdict(auc: CriterionAuc): CriterionVerdict {
  if (auc.auc === null) return "none";
  if (auc.auc >= AUC_TELLS) return "higher";
  if (auc.auc <= 1 - AUC_TELLS) return "lower";
  return "neutral";
}

/** Criterion key → the label the rubric gives it. */
export type CriterionLabels = Readonly<Record<string, string>>;

/**
 * The labels of the editions' rubrics: where editions label a key
 * differently, the most recent edition's label, as the rubric reads now.
 */
export function criterionLabels(editions: readonly EvaluationEdition[]): CriterionLabels {
  const labels: Record<string, string> = {};
  const oldestFirst = [...editions].sort((a, b) => a.year - b.year);
  for (const edition of oldestFirst) Object.assign(labels, edition.labels ?? {});
  return labels;
}

/** A criterion as a reader sees it: its rubric's label, else its key capitalised ("draagvlak" → "Draagvlak"). */
export function criterionName(key: string, labels: CriterionLabels = {}): string {
  return labels[key] ?? key.charAt(0).toUpperCase() + key.slice(1);
}

/** The plain sentence about one criterion, in `language`. */
export function criterionStatement(
  key: string,
  auc: CriterionAuc,
  language: Language,
  labels: CriterionLabels = {},
): string {
  const t = translator(language);
  const criterion = criterionName(key, labels);
  const verdict = criterionVerdict(auc);
  if (verdict === "higher") return t("evaluation.page.criterionHigher", { criterion });
  if (verdict === "lower") return t("evaluation.page.criterionLower", { criterion });
  if (verdict === "neutral") return t("evaluation.page.criterionNeutral", { criterion });
  return t("evaluation.page.criterionNone", { criterion });
}

/** A share (0.125) as signed percentage points ("+12,5"). */
export function percentagePoints(value: number | null, language: Language): string {
  const text = formatNumber(value === null ? null : value * 100, language, 1);
  return value !== null && value > 0 ? `+${text}` : text;
}

/** A criterion's AUC as the pages show it: its name, counts and plain sentence. */
export interface CriterionView {
  key: string;
  name: string;
  auc: CriterionAuc;
  statement: string;
}

export function criterionViews(
  aucs: Record<string, CriterionAuc>,
  language: Language,
  labels: CriterionLabels = {},
): CriterionView[] {
  return Object.entries(aucs).map(([key, auc]) => ({
    key,
    name: criterionName(key, labels),
    auc,
    statement: criterionStatement(key, auc, language, labels),
  }));
}

export interface EvaluationPage {
  result: EvaluationJson;
  chart: ChartView | null;
  criteria: CriterionView[];
}

export function evaluationChart(
  plot: DiscontinuityPlot,
  result: EvaluationJson,
  language: Language,
): ChartView {
  const t = translator(language);
  const { rdd } = result;
  const title =
    rdd.itt === null
      ? t("evaluation.page.chart.titleNone")
      : t("evaluation.page.chart.title", {
          itt: percentagePoints(rdd.itt, language),
          low: percentagePoints(rdd.itt_low, language),
          high: percentagePoints(rdd.itt_high, language),
        });
  const spec = discontinuityChart(plot, {
    bandwidth: plot.bandwidth,
    xLabel: t("evaluation.page.chart.x"),
    yLabel: t("evaluation.page.chart.y"),
    tickFormat: (value) => formatPercent(value, language),
  });
  const table = {
    columns: [
      t("evaluation.page.chart.bin"),
      t("evaluation.page.chart.side"),
      t("evaluation.page.chart.share"),
      t("evaluation.page.chart.count"),
    ],
    rows: plot.bins.map((bin) => [
      formatNumber(bin.r, language, 1),
      t(`evaluation.page.side.${bin.side}`),
      formatPercent(bin.survival, language),
      String(bin.n),
    ]),
  };
  return chartView("evaluatie-grens", title, spec, table);
}

/** The page's figures for `filter` at `bandwidth`; names that do not exist are refused. */
export async function loadEvaluationPage(
  db: Db,
  filter: EditionFilter,
  bandwidth: number,
  language: Language,
): Promise<EvaluationPage> {
  const { sample, counts } = await loadEvaluationInputs(db, filter);
  const result = evaluate(sample, counts, bandwidth);
  const cutoffs = editionCutoffs(sample.editions, sample.applicants);
  // Too few near the line: the shares stay out of sight as well, as no number is shown.
  const chart =
    result.rdd.reason === "too_few" || cutoffs.used.size === 0
      ? null
      : evaluationChart(
          discontinuityPlot(sample.applicants, cutoffs, bandwidth, result.rdd.itt !== null),
          result,
          language,
        );
  return {
    result,
    chart,
    criteria: criterionViews(result.criterion_auc, language, criterionLabels(sample.editions)),
  };
}
