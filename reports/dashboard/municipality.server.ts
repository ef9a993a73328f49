// A municipality's page: its editions over the years, and all other
// municipalities together over the same years as a benchmark.

import type { Language } from "../../core/language";
import type { Db } from "../../db/connection.server";
import { listFilterOptions } from "../../db/queries/editions.server";
import { loadMetricInputs } from "../../db/queries/metric-inputs.server";
import { aggregateMetrics, type MetricSet } from "../metrics/compute";
import { loadOverview, type Overview } from "./overview.server";

export interface MunicipalityPage {
  municipality: string;
  overview: Overview;
  /**
   * Every other municipality's editions in the same years, together: the
   * figures and how many editions, never which (a municipality user may not
   * learn of the others' editions one by one).
   */
  others: (MetricSet & { edition_count: number }) | null;
  yearRange: [number, number] | null;
}

/**
 * The page of the municipality whose name gives `slug`, or null. The
 * benchmark is read from `benchmarkDb`: for a municipality user that is the
 * connecting role's handle, outside row-level security, on purpose; only the
 * total of all other municipalities leaves this function (decision 008).
 */
export async function loadMunicipalityPage(
  db: Db,
  slug: string,
  language: Language,
  slugOf: (name: string) => string,
  benchmarkDb: Db = db,
): Promise<MunicipalityPage | null> {
  const { municipalities } = await listFilterOptions(db);
  const municipality = municipalities.find((name) => slugOf(name) === slug);
  if (!municipality) return null;
  const overview = await loadOverview(db, { municipalities: [municipality] }, language);
  const years = overview.years.map((y) => y.year);
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined)
    return { municipality, overview, others: null, yearRange: null };
  const inputs = await loadMetricInputs(benchmarkDb, { fromYear: first, toYear: last });
  const others = inputs.filter((i) => i.selected && i.municipality !== municipality);
  const together = others.length ? aggregateMetrics(others) : null;
  return {
    municipality,
    overview,
    others: together && {
      metrics: together.metrics,
      rates: together.rates,
      edition_count: together.edition_ids.length,
    },
    yearRange: [first, last],
  };
}
