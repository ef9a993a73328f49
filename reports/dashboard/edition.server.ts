// An edition's page: its metrics beside the previous edition's, and the
// charts of its funnel, money, origins and programme.

import { ACTIVITY_KINDS } from "../../core/contract/enums";
import { formatEuro, formatNumber, formatPercent } from "../../core/format";
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { Db } from "../../db/connection.server";
import { type EditionDetails, loadEditionDetails } from "../../db/queries/edition-details.server";
import { loadEvaluationSample } from "../../db/queries/evaluation-sample.server";
import { type ChartView, chartView } from "../charts/chart.server";
import { horizontalBars, sharesAgainstMaximum } from "../charts/specs";
import { criterionAuc } from "../evaluation/criterion-auc";
import { type CriterionView, criterionLabels, criterionViews } from "../evaluation/page.server";
import type { EditionMetrics, MetricValues } from "../metrics/compute";
import { loadMetricsReport } from "../metrics/report.server";

export interface EditionPage {
  details: EditionDetails;
  current: EditionMetrics;
  /** The previous edition's metrics (same municipality, the year before it). */
  previous: { edition_id: string; year: number; metrics: MetricValues } | null;
  charts: Record<
    "funnel" | "leverage" | "shares" | "themes" | "districts" | "activities",
    ChartView
  >;
  /** What each criterion predicts of 12-month survival (evaluation.md), over this edition alone. */
  predictive: CriterionView[];
}

function funnelChart(m: MetricValues, language: Language): ChartView {
  const t = translator(language);
  const count = (v: number | null) => formatNumber(v, language);
  // Active after 12 months, as a count: the survival rate over those followed.
  const active =
    m.survival_12m !== null && m.followed_12m !== null
      ? Math.round(m.survival_12m * m.followed_12m)
      : null;
  const stages = [
    { category: t("dashboard.stage.registrations"), value: m.registrations },
    { category: t("dashboard.stage.intakes"), value: m.intakes },
    { category: t("dashboard.stage.plans"), value: m.plans },
    { category: t("dashboard.stage.awarded"), value: m.awarded },
    { category: t("dashboard.stage.active"), value: active },
  ].map((s) => ({ category: s.category, value: s.value ?? 0, shown: s.value }));
  return chartView(
    "trechter",
    t("dashboard.editionFunnelFinding", {
      registrations: count(m.registrations),
      awarded: count(m.awarded),
      active: count(active),
    }),
    horizontalBars(stages, { valueLabel: t("dashboard.applicants"), tickFormat: (v) => count(v) }),
    {
      columns: ["", t("dashboard.applicants")],
      rows: stages.map((s) => [s.category, count(s.shown)]),
    },
  );
}

function leverageChart(m: MetricValues, language: Language): ChartView {
  const t = translator(language);
  const euro = (v: number | null) => formatEuro(v, language);
  const parts = [
    { category: t("dashboard.ownAndCofunding"), value: m.cofunding_per_euro },
    { category: t("dashboard.followOn"), value: m.follow_on_leverage },
  ];
  const drawn = parts
    .filter((p) => p.value !== null)
    .map((p) => ({ category: p.category, value: p.value as number }));
  const total = m.total_leverage === null ? null : m.total_leverage - 1;
  return chartView(
    "hefboom",
    total === null
      ? t("dashboard.leverageNone")
      : t("dashboard.leverageFinding", { total: euro(total) }),
    horizontalBars(drawn, {
      valueLabel: t("dashboard.perPublicEuro"),
      tickFormat: (v) => euro(v),
    }),
    {
      columns: ["", t("dashboard.perPublicEuro")],
      rows: parts.map((p) => [p.category, euro(p.value)]),
    },
  );
}

function countsChart(
  id: string,
  counts: EditionDetails["themes"],
  finding: (name: string) => string,
  language: Language,
): ChartView {
  const t = translator(language);
  const rows = counts.map((c) => ({
    category: c.name || t("dashboard.unknown"),
    value: c.applicants,
    awarded: c.awarded,
  }));
  return chartView(
    id,
    rows[0] ? finding(rows[0].category) : t("dashboard.funnelNone"),
    horizontalBars(rows, {
      valueLabel: t("dashboard.applicants"),
      tickFormat: (v) => formatNumber(v, language),
    }),
    {
      columns: ["", t("dashboard.applicants"), t("dashboard.awardedCount")],
      rows: rows.map((r) => [
        r.category,
        formatNumber(r.value, language),
        formatNumber(r.awarded, language),
      ]),
    },
  );
}

function activitiesChart(m: MetricValues, language: Language): ChartView {
  const t = translator(language);
  const rows = ACTIVITY_KINDS.map((kind) => ({
    category: t(`dashboard.kind.${kind}`),
    value: m[`activities_${kind}`] ?? 0,
  }));
  return chartView(
    "programma",
    t("dashboard.activitiesFinding", { count: formatNumber(m.activities, language) }),
    horizontalBars(rows, {
      valueLabel: t("dashboard.activities"),
      tickFormat: (v) => formatNumber(v, language),
    }),
    {
      columns: ["", t("dashboard.activities")],
      rows: rows.map((r) => [r.category, formatNumber(r.value, language)]),
    },
  );
}

function sharesChart(details: EditionDetails, language: Language): ChartView {
  const t = translator(language);
  const percent = (v: number) => formatPercent(v, language);
  const max = details.edition.max_share;
  return chartView(
    "aandeel-publiek-geld",
    details.awardShares.length
      ? t("dashboard.sharesFinding", { max: percent(max), count: details.awardShares.length })
      : t("dashboard.sharesNone"),
    sharesAgainstMaximum(details.awardShares, {
      maximum: max,
      valueLabel: t("dashboard.share"),
      tickFormat: percent,
    }),
    {
      columns: [t("dashboard.share")],
      rows: details.awardShares.map((s) => [formatPercent(s, language, 1)]),
    },
  );
}

/** The page of one edition, or null when it does not exist. */
export async function loadEditionPage(
  db: Db,
  editionId: string,
  language: Language,
): Promise<EditionPage | null> {
  const details = await loadEditionDetails(db, editionId);
  if (!details) return null;
  const report = await loadMetricsReport(db, { editionIds: [editionId] }, new Date());
  const current = report.editions[0] as EditionMetrics;
  const previousId = current.previous_edition_id;
  const previousReport = previousId
    ? await loadMetricsReport(db, { editionIds: [previousId] }, new Date())
    : null;
  const previousEdition = previousReport?.editions[0];
  const sample = await loadEvaluationSample(db, { editionIds: [editionId] });
  const m = current.metrics;
  const t = translator(language);
  return {
    details,
    current,
    previous: previousEdition
      ? {
          edition_id: previousEdition.edition_id,
          year: previousEdition.year,
          metrics: previousEdition.metrics,
        }
      : null,
    charts: {
      funnel: funnelChart(m, language),
      leverage: leverageChart(m, language),
      shares: sharesChart(details, language),
      themes: countsChart(
        "themas",
        details.themes,
        (theme) => t("dashboard.themesFinding", { theme }),
        language,
      ),
      districts: countsChart(
        "wijken",
        details.districts,
        (district) => t("dashboard.districtsFinding", { district }),
        language,
      ),
      activities: activitiesChart(m, language),
    },
    predictive: criterionViews(
      criterionAuc(sample.editions, sample.applicants),
      language,
      criterionLabels(sample.editions),
    ),
  };
}
