// Routes reach the dashboards' server code through this module only (see app/db.server.ts).
//
// The pages' figures are computed once per data version and then served
// from reports/result-cache: at national scale the overview sums thousands of
// editions, and many people open the same pages between two imports. Each
// key names all the page depends on besides the data.

import type { Language } from "../core/language";
import type { EditionFilter } from "../core/metric-parts";
import type { Db } from "../db/connection.server";
import * as editions from "../db/queries/editions.server";
import * as editionPage from "../reports/dashboard/edition.server";
import * as municipalityPage from "../reports/dashboard/municipality.server";
import * as overview from "../reports/dashboard/overview.server";
import { parseFilterQuery } from "../reports/metrics/filter";
import { cachedResult } from "../reports/result-cache.server";

export { loadEditionDetails } from "../db/queries/edition-details.server";

export function listFilterOptions(db: Db) {
  return cachedResult(db, ["filter-options"], () => editions.listFilterOptions(db));
}

export function loadOverview(
  db: Db,
  filter: EditionFilter,
  language: Language,
  options: { editions: "all" | "latest" },
) {
  return cachedResult(db, ["overview", filter, language, options], () =>
    overview.loadOverview(db, filter, language, options),
  );
}

export function loadMunicipalityPage(
  db: Db,
  slug: string,
  language: Language,
  slugOf: (name: string) => string,
  benchmarkDb: Db = db,
) {
  return cachedResult(db, ["municipality-page", slug, language], () =>
    municipalityPage.loadMunicipalityPage(db, slug, language, slugOf, benchmarkDb),
  );
}

export function loadEditionPage(db: Db, editionId: string, language: Language) {
  return cachedResult(db, ["edition-page", editionId, language], () =>
    editionPage.loadEditionPage(db, editionId, language),
  );
}

/**
 * The selection in a dashboard URL: the API's filter, with the empty fields
 * a GET form sends for "all" left out.
 */
export function dashboardFilter(
  url: URL,
  language: Language,
): {
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
  const parsed = parseFilterQuery(given, language);
  return parsed.ok
    ? { filter: parsed.filter, values, error: null }
    : { filter: {}, values, error: parsed.message };
}
