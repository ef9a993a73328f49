// Routes reach the dashboards' server code through this module only (see app/db.server.ts).
import type { EditionFilter } from "../db/queries/metric-inputs.server";
import { parseFilterQuery } from "../reports/metrics/filter";

export { loadEditionDetails } from "../db/queries/edition-details.server";
export { listFilterOptions } from "../db/queries/editions.server";
export { loadOverview } from "../reports/dashboard/overview.server";

/**
 * The selection in a dashboard URL: the API's filter, with the empty fields
 * a GET form sends for "all" left out.
 */
export function dashboardFilter(url: URL): {
  filter: EditionFilter;
  values: { municipality: string; from: string; to: string; theme: string };
  error: string | null;
} {
  const given = new URLSearchParams();
  for (const key of ["municipality", "from", "to", "theme"]) {
    const value = url.searchParams.get(key)?.trim();
    if (value) given.set(key, value);
  }
  const values = {
    municipality: given.get("municipality") ?? "",
    from: given.get("from") ?? "",
    to: given.get("to") ?? "",
    theme: given.get("theme") ?? "",
  };
  const parsed = parseFilterQuery(given);
  return parsed.ok
    ? { filter: parsed.filter, values, error: null }
    : { filter: {}, values, error: parsed.message };
}
export { loadEditionPage } from "../reports/dashboard/edition.server";
export { loadMunicipalityPage } from "../reports/dashboard/municipality.server";
