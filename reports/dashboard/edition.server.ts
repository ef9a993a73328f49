// An edition's page: its metrics beside the previous edition's, and the
// charts of its funnel, money, origins and programme.

import { ACTIVITY_KINDS } from "../../core/contract/enums";
import { formatEuro, formatNumber, formatPercent } from "../../core/format";
import type { Language } from "../../core/language";
import type { Db } from "../../db/connection.server";
import { type EditionDetails, loadEditionDetails } from "../../db/queries/edition-details.server";
import { type ChartView, chartView } from "../charts/chart.server";
import { horizontalBars, sharesAgainstMaximum } from "../charts/specs";
import type { EditionMetrics, MetricValues } from "../metrics/compute";
import { loadMetricsReport } from "../metrics/report.server";
import { DASHBOARD_TEXTS } from "./texts";

export interface EditionPage {
  details: EditionDetails;
  current: EditionMetrics;
  /** The previous edition's metrics (same municipality, the year before it). */
  previous: { edition_id: string; year: number; metrics: MetricValues } | null;
  charts: Record<
    "funnel" | "leverage" | "shares" | "themes" | "districts" | "activities",
    ChartView
  >;
}

function funnelChart(m: MetricValues, language: Language): ChartView {
  const t = DASHBOARD_TEXTS[language];
  const count = (v: number | null) => formatNumber(v, language);
  // Active after 12 months, as a count: the survival rate over those followed.
  const active =
    m.survival_12m !== null && m.followed_12m !== null
      ? Math.round(m.survival_12m * m.followed_12m)
      : null;
  const stages = [
    { category: t.stages.registrations, value: m.registrations },
    { category: t.stages.intakes, value: m.intakes },
    { category: t.stages.plans, value: m.plans },
    { category: t.stages.awarded, value: m.awarded },
    { category: t.stages.active, value: active },
  ].map((s) => ({ category: s.category, value: s.value ?? 0, shown: s.value }));
  return chartView(
    "trechter",
    t.editionFunnelFinding(count(m.registrations), count(m.awarded), count(active)),
    horizontalBars(stages, { valueLabel: t.applicants, tickFormat: (v) => count(v) }),
    { columns: ["", t.applicants], rows: stages.map((s) => [s.category, count(s.shown)]) },
  );
}

function leverageChart(m: MetricValues, language: Language): ChartView {
  const t = DASHBOARD_TEXTS[language];
  const euro = (v: number | null) => formatEuro(v, language);
  const parts = [
    { category: `${t.ownContribution} + ${t.cofunding}`, value: m.cofunding_per_euro },
    { category: t.followOn, value: m.follow_on_leverage },
  ];
  const drawn = parts
    .filter((p) => p.value !== null)
    .map((p) => ({ category: p.category, value: p.value as number }));
  const total = m.total_leverage === null ? null : m.total_leverage - 1;
  return chartView(
    "hefboom",
    total === null ? t.leverageNone : t.leverageFinding(euro(total)),
    horizontalBars(drawn, { valueLabel: t.perPublicEuro, tickFormat: (v) => euro(v) }),
    { columns: ["", t.perPublicEuro], rows: parts.map((p) => [p.category, euro(p.value)]) },
  );
}

function countsChart(
  id: string,
  counts: EditionDetails["themes"],
  finding: (name: string) => string,
  language: Language,
): ChartView {
  const t = DASHBOARD_TEXTS[language];
  const rows = counts.map((c) => ({
    category: c.name || t.unknown,
    value: c.applicants,
    awarded: c.awarded,
  }));
  return chartView(
    id,
    rows[0] ? finding(rows[0].category) : t.funnelNone,
    horizontalBars(rows, {
      valueLabel: t.applicants,
      tickFormat: (v) => formatNumber(v, language),
    }),
    {
      columns: ["", t.applicants, t.awardedCount],
      rows: rows.map((r) => [
        r.category,
        formatNumber(r.value, language),
        formatNumber(r.awarded, language),
      ]),
    },
  );
}

function activitiesChart(m: MetricValues, language: Language): ChartView {
  const t = DASHBOARD_TEXTS[language];
  const rows = ACTIVITY_KINDS.map((kind) => ({
    category: t.kinds[kind],
    value: m[`activities_${kind}`] ?? 0,
  }));
  return chartView(
    "programma",
    t.activitiesFinding(formatNumber(m.activities, language)),
    horizontalBars(rows, {
      valueLabel: t.activities,
      tickFormat: (v) => formatNumber(v, language),
    }),
    {
      columns: ["", t.activities],
      rows: rows.map((r) => [r.category, formatNumber(r.value, language)]),
    },
  );
}

function sharesChart(details: EditionDetails, language: Language): ChartView {
  const t = DASHBOARD_TEXTS[language];
  const percent = (v: number) => formatPercent(v, language);
  const max = details.edition.max_share;
  return chartView(
    "aandeel-publiek-geld",
    details.awardShares.length
      ? t.sharesFinding(percent(max), details.awardShares.length)
      : t.sharesNone,
    sharesAgainstMaximum(details.awardShares, {
      maximum: max,
      valueLabel: t.share,
      tickFormat: percent,
    }),
    { columns: [t.share], rows: details.awardShares.map((s) => [formatPercent(s, language, 1)]) },
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
  const m = current.metrics;
  const t = DASHBOARD_TEXTS[language];
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
      themes: countsChart("themas", details.themes, t.themesFinding, language),
      districts: countsChart("wijken", details.districts, t.districtsFinding, language),
      activities: activitiesChart(m, language),
    },
  };
}
