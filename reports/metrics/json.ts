// The machine-readable form of shared/spec/metrics.md: exactly the listed
// keys per edition, plus the selected editions together under `aggregate`.
import type { MetricValues } from "./compute";
import type { MetricsReport } from "./report.server";

export interface EditionMetricsJson {
  edition_id: string;
  municipality: string;
  year: number;
  previous_edition_id: string | null;
  metrics: MetricValues;
  delta: MetricValues;
  delta_pct: MetricValues;
}

export interface MetricsJson {
  generated_at: string;
  editions: EditionMetricsJson[];
  aggregate: { edition_count: number; metrics: MetricValues };
}

export function metricsJson(report: MetricsReport): MetricsJson {
  return {
    generated_at: report.generated_at,
    editions: report.editions.map((edition) => ({
      edition_id: edition.edition_id,
      municipality: edition.municipality,
      year: edition.year,
      previous_edition_id: edition.previous_edition_id,
      metrics: edition.metrics,
      delta: edition.delta,
      delta_pct: edition.delta_pct,
    })),
    aggregate: {
      edition_count: report.aggregate.edition_ids.length,
      metrics: report.aggregate.metrics,
    },
  };
}
