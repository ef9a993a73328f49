// Everything a factsheet shows, gathered once: the same model makes the web
// page, the print view and the PDF.

import type { Language } from "../../core/language";
import type { Db } from "../../db/connection.server";
import { latestImportOf } from "../../db/queries/imports.server";
import type { ChartView } from "../charts/chart.server";
import { loadEditionPage } from "../dashboard/edition.server";
import type { MetricSet, MetricValues } from "../metrics/compute";
import { loadMetricsReport } from "../metrics/report.server";
import { narrative } from "./narrative";

export type Audience = "internal" | "public";

export interface FactsheetOptions {
  language: Language;
  /** Compare with this edition instead of the previous one of the municipality. */
  compareWith?: string | null;
  /** Public factsheets show counts of 1–4 as "<5". */
  audience: Audience;
}

export interface FactsheetModel {
  language: Language;
  audience: Audience;
  edition: {
    edition_id: string;
    name: string;
    municipality: string;
    year: number;
    themes: string[];
    launched_on: string | null;
    finale_on: string | null;
  };
  current: MetricSet;
  comparison: {
    edition_id: string;
    year: number;
    municipality: string;
    metrics: MetricValues;
  } | null;
  narrative: string[];
  charts: { funnel: ChartView; leverage: ChartView; activities: ChartView };
  quotes: string[];
  stories: { title: string; summary: string }[];
  generatedAt: string;
  dataAsOf: { import_id: number; file_name: string; imported_at: string } | null;
}

/** Room on two A4 pages: the rest is on the edition's page in the product. */
const MAX_QUOTES = 3;
const MAX_STORIES = 2;

/** The factsheet of an edition, or null when the edition (or the one to compare with) does not exist. */
export async function loadFactsheet(
  db: Db,
  editionId: string,
  options: FactsheetOptions,
  now: Date,
): Promise<FactsheetModel | null> {
  const page = await loadEditionPage(db, editionId, options.language);
  if (!page) return null;
  let comparison: FactsheetModel["comparison"] = page.previous
    ? { ...page.previous, municipality: page.details.edition.municipality }
    : null;
  if (options.compareWith) {
    const chosen = await loadMetricsReport(db, { editionIds: [options.compareWith] }, now).catch(
      () => null,
    );
    const other = chosen?.editions[0];
    if (!other) return null;
    comparison = {
      edition_id: other.edition_id,
      year: other.year,
      municipality: other.municipality,
      metrics: other.metrics,
    };
  }
  const m = page.current.metrics;
  const { edition } = page.details;
  const latest = await latestImportOf(db, editionId);
  return {
    language: options.language,
    audience: options.audience,
    edition: {
      edition_id: edition.edition_id,
      name: edition.name,
      municipality: edition.municipality,
      year: edition.year,
      themes: edition.themes,
      launched_on: edition.launched_on,
      finale_on: edition.finale_on,
    },
    current: { metrics: m, rates: page.current.rates },
    comparison,
    narrative: narrative(
      {
        year: edition.year,
        municipality: edition.municipality,
        registrations: m.registrations,
        awarded: m.awarded,
        microcreditTotal: m.microcredit_total,
        cofundingPerEuro: m.cofunding_per_euro,
        followed12m: m.followed_12m,
        survival12m: m.survival_12m,
        beneficiaries12m: m.beneficiaries_12m,
        comparison: comparison
          ? { year: comparison.year, registrations: comparison.metrics.registrations }
          : null,
        suppressSmallCounts: options.audience === "public",
      },
      options.language,
    ),
    charts: {
      funnel: page.charts.funnel,
      leverage: page.charts.leverage,
      activities: page.charts.activities,
    },
    quotes: page.details.quotes.slice(0, MAX_QUOTES),
    stories: page.details.stories
      .slice(0, MAX_STORIES)
      .map((s) => ({ title: s.title, summary: s.summary })),
    generatedAt: now.toISOString(),
    dataAsOf: latest
      ? {
          import_id: latest.import_id,
          file_name: latest.file_name,
          imported_at: latest.imported_at.toISOString(),
        }
      : null,
  };
}
