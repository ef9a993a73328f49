// The overview dashboard: the selected editions per year, headline figures of
// the latest year against the year before, and the trends as charts.

import { formatEuro, formatNumber, formatPercent } from "../../core/format";
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { EditionFilter } from "../../core/metric-parts";
import type { Db } from "../../db/connection.server";
import { loadMetricInputs } from "../../db/queries/metric-inputs.server";
import { type ChartView, chartView } from "../charts/chart.server";
import { groupedBars, pointsWithIntervals, seriesLegend } from "../charts/specs";
import {
  aggregateMetrics,
  type EditionMetrics,
  editionMetrics,
  type MetricSet,
} from "../metrics/compute";
import { coverageNote, followUpCoverage } from "../metrics/coverage";
import type { MetricKey } from "../metrics/definitions";
import { delta, deltaPct } from "../metrics/ratios";

export const HEADLINE_METRICS = [
  "registrations",
  "awarded",
  "microcredit_total",
  "leverage",
  "survival_12m",
  "beneficiaries_12m",
] as const satisfies readonly MetricKey[];

export interface YearFigures extends MetricSet {
  year: number;
}

export interface Headline {
  key: MetricKey;
  /** The year the value is of: the latest year that has it. */
  year: number | null;
  value: number | null;
  previous: number | null;
  delta: number | null;
  delta_pct: number | null;
  /** The rate rests on fewer than 10 cases. */
  few_cases: boolean;
  /** Beside survival: how many of the awarded were followed (reports/metrics/coverage.ts). */
  note: string | null;
}

export interface Overview {
  years: YearFigures[];
  latestYear: number | null;
  headline: Headline[];
  editions: EditionMetrics[];
  charts: ChartView[];
}

/** Selected editions summed per year: ratios from summed parts, never averaged. */
export function figuresPerYear(
  inputs: Awaited<ReturnType<typeof loadMetricInputs>>,
): YearFigures[] {
  const years = [...new Set(inputs.filter((i) => i.selected).map((i) => i.year))].sort(
    (a, b) => a - b,
  );
  return years.map((year) => ({
    year,
    ...aggregateMetrics(inputs.filter((i) => i.selected && i.year === year)),
  }));
}

/**
 * Each headline figure for the latest year that has it, against the year
 * before: outcomes after 12 months lag a year behind registrations.
 */
function headline(years: YearFigures[], allYears: YearFigures[], language: Language): Headline[] {
  return HEADLINE_METRICS.map((key) => {
    const current = years.findLast((y) => y.metrics[key] !== null);
    const previous = current && allYears.find((y) => y.year === current.year - 1);
    const value = current?.metrics[key] ?? null;
    const before = previous?.metrics[key] ?? null;
    const rate = current?.rates[key as keyof MetricSet["rates"]];
    return {
      key,
      year: current?.year ?? null,
      value,
      previous: before,
      delta: delta(value, before),
      delta_pct: deltaPct(value, before),
      few_cases: rate?.few_cases ?? false,
      note: current ? coverageNote(key, current.metrics, language) : null,
    };
  });
}

function charts(years: YearFigures[], language: Language): ChartView[] {
  const t = translator(language);
  const latest = years.at(-1);
  const count = (v: number | null) => formatNumber(v, language);
  const euro = (v: number | null) => formatEuro(v, language, false);
  const percent = (v: number | null) => formatPercent(v, language);
  const stages = [
    t("dashboard.stage.registrations"),
    t("dashboard.stage.intakes"),
    t("dashboard.stage.plans"),
    t("dashboard.stage.awarded"),
  ];
  const funnelKeys = ["registrations", "intakes", "plans", "awarded"] as const;
  const funnel = chartView(
    "trechter-per-jaar",
    latest
      ? t("dashboard.funnelFinding", {
          year: latest.year,
          registrations: count(latest.metrics.registrations),
          awarded: count(latest.metrics.awarded),
        })
      : t("dashboard.funnelNone"),
    groupedBars(
      years.flatMap((y) =>
        funnelKeys.map((key, i) => ({
          category: String(y.year),
          series: stages[i] as string,
          value: y.metrics[key],
        })),
      ),
      {
        categoryLabel: t("dashboard.year"),
        valueLabel: t("dashboard.applicants"),
        series: stages,
      },
    ),
    {
      columns: [t("dashboard.year"), ...stages],
      rows: years.map((y) => [String(y.year), ...funnelKeys.map((k) => count(y.metrics[k]))]),
    },
    seriesLegend(stages),
  );
  const money = [t("dashboard.publicMoney"), t("dashboard.startBudgets")];
  const funding = chartView(
    "publiek-geld-per-jaar",
    latest?.metrics.leverage != null
      ? t("dashboard.fundingFinding", {
          year: latest.year,
          leverage: formatEuro(latest.metrics.leverage, language),
        })
      : t("dashboard.fundingNone"),
    groupedBars(
      years.flatMap((y) => [
        {
          category: String(y.year),
          series: money[0] as string,
          value: y.metrics.microcredit_total,
        },
        {
          category: String(y.year),
          series: money[1] as string,
          value: y.metrics.start_budget_total,
        },
      ]),
      {
        categoryLabel: t("dashboard.year"),
        valueLabel: t("dashboard.euros"),
        series: money,
        tickFormat: (v) => euro(v),
      },
    ),
    {
      columns: [t("dashboard.year"), ...money],
      rows: years.map((y) => [
        String(y.year),
        euro(y.metrics.microcredit_total),
        euro(y.metrics.start_budget_total),
      ]),
    },
    seriesLegend(money),
  );
  const measured = years.filter((y) => y.metrics.survival_12m !== null);
  const lastMeasured = measured.at(-1);
  const survival = chartView(
    "overleving-per-jaar",
    lastMeasured
      ? t("dashboard.survivalFinding", {
          year: lastMeasured.year,
          survival: percent(lastMeasured.metrics.survival_12m),
        })
      : t("dashboard.survivalNone"),
    pointsWithIntervals(
      years.map((y) => ({
        category: String(y.year),
        value: y.metrics.survival_12m,
        low: y.metrics.survival_12m_low,
        high: y.metrics.survival_12m_high,
      })),
      {
        categoryLabel: t("dashboard.year"),
        valueLabel: t("dashboard.survival"),
        tickFormat: (v) => percent(v),
      },
    ),
    {
      columns: [
        t("dashboard.year"),
        t("dashboard.survival"),
        t("dashboard.low"),
        t("dashboard.high"),
        t("dashboard.followed"),
        t("dashboard.coverage"),
      ],
      rows: years.map((y) => [
        String(y.year),
        percent(y.metrics.survival_12m),
        percent(y.metrics.survival_12m_low),
        percent(y.metrics.survival_12m_high),
        count(y.metrics.followed_12m),
        followUpCoverage(y.metrics, language) ?? "",
      ]),
    },
  );
  return [funnel, funding, survival];
}

/**
 * `editions: "latest"` lists only the editions of the latest year: at national
 * scale all editions of all years would be thousands of rows per page view,
 * and the trends already cover the years.
 */
export async function loadOverview(
  db: Db,
  filter: EditionFilter,
  language: Language,
  { editions: listed }: { editions: "all" | "latest" } = { editions: "all" },
): Promise<Overview> {
  // One year more than asked, so the first year shown still has a change.
  const widened = filter.fromYear ? { ...filter, fromYear: filter.fromYear - 1 } : filter;
  const inputs = await loadMetricInputs(db, widened);
  const allYears = figuresPerYear(inputs);
  const years = allYears.filter((y) => !filter.fromYear || y.year >= filter.fromYear);
  const latest = years.at(-1);
  const shown = new Set(listed === "latest" && latest ? [latest.year] : years.map((y) => y.year));
  // Metrics only for the editions listed and their predecessors (for the changes).
  const listedIds = new Set(
    inputs.filter((i) => i.selected && shown.has(i.year)).map((i) => i.edition_id),
  );
  const predecessors = new Set(
    inputs.filter((i) => listedIds.has(i.edition_id)).map((i) => i.previous_edition_id),
  );
  const needed = inputs.filter(
    (i) => listedIds.has(i.edition_id) || predecessors.has(i.edition_id),
  );
  return {
    years,
    latestYear: latest?.year ?? null,
    headline: headline(years, allYears, language),
    editions: editionMetrics(needed).filter((e) => listedIds.has(e.edition_id)),
    charts: charts(years, language),
  };
}
