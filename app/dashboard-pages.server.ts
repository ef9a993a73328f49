// What the three dashboard pages load for the user who asks: the page
// itself and its chart downloads (app/routes/*grafieken*) read the same
// figures through these functions, with the same login, row scope and
// cache key, so a download costs what a second look at the page costs.
import { type AppLoadContext, redirect } from "@remix-run/node";
import {
  currentUser,
  editionVisible,
  municipalityVisible,
  requireUser,
  scopedFilter,
  withScope,
} from "~/auth.server";
import { weightedAgreement } from "~/calibration.server";
import {
  dashboardFilter,
  listFilterOptions,
  loadEditionPage,
  loadMunicipalityPage,
  loadOverview,
} from "~/dashboard.server";
import { followupResponse } from "~/followup.server";
import { languageOf } from "~/i18n/language.server";
import {
  editionMetricTables,
  editionsTableHtml,
  municipalityMetricTables,
} from "~/metric-tables.server";
import { pageOf } from "~/pagination";
import { municipalitySlug } from "~/slugs";
import type { Role } from "../core/accounts";
import { translator } from "../core/i18n/messages";
import { cachedResult } from "../reports/result-cache.server";

/** Enough to scan, few enough to read; at national scale a year has hundreds. */
const EDITIONS_PER_PAGE = 50;

export async function overviewPageData(request: Request, context: AppLoadContext) {
  // The start page of an assessor is their own list: they read no dashboard.
  if ((await currentUser(request, context.db))?.role === "assessor") throw redirect("/beoordelen");
  const user = await requireUser(request, context.db);
  const url = new URL(request.url);
  const language = await languageOf(request);
  const { filter, values, error } = dashboardFilter(url, language);
  // One municipality: all its editions; otherwise the latest year's, the trends cover the rest.
  const shown = { editions: filter.municipalities?.length ? "all" : "latest" } as const;
  const scoped = scopedFilter(filter, user.scope);
  const [options, overview, editions] = await withScope(context.db, user.scope, async (db) => {
    const [options, overview] = await Promise.all([
      listFilterOptions(db),
      loadOverview(db, scoped, language, shown),
    ]);
    const { rows, ...page } = pageOf(overview.editions, url, EDITIONS_PER_PAGE);
    const html = await cachedResult(
      db,
      ["overview-editions", scoped, language, shown, page.page],
      async () => editionsTableHtml(rows, language),
    );
    return [options, overview, { ...page, html }] as const;
  });
  const visible = options.municipalities.filter((m) => municipalityVisible(user.scope, m));
  const response = await responseFor(
    context,
    user.role,
    overview.editions.map((e) => e.edition_id),
  );
  return {
    values,
    error,
    options: { ...options, municipalities: visible },
    overview,
    editions,
    response,
  };
}

export async function municipalityPageData(
  request: Request,
  context: AppLoadContext,
  slug: string,
) {
  const user = await requireUser(request, context.db);
  const language = await languageOf(request);
  const view = await withScope(context.db, user.scope, async (db) => {
    // The benchmark (all other municipalities together) is read with context.db: see decision 008.
    const page = await loadMunicipalityPage(db, slug, language, municipalitySlug, context.db);
    if (!page) return null;
    const tables = await cachedResult(db, ["municipality-tables", slug, language], async () =>
      municipalityMetricTables(page, language),
    );
    return { page, tables };
  });
  // Another municipality's page does not exist for a municipality user.
  if (!view || !municipalityVisible(user.scope, view.page.municipality))
    throw new Response(translator(language)("municipality.notFound"), { status: 404 });
  return view;
}

export async function editionPageData(
  request: Request,
  context: AppLoadContext,
  editionId: string,
) {
  const user = await requireUser(request, context.db);
  const language = await languageOf(request);
  const view = await withScope(context.db, user.scope, async (db) => {
    if (!(await editionVisible(db, user.scope, editionId))) return null;
    const page = await loadEditionPage(db, editionId, language);
    if (!page) return null;
    const tables = await cachedResult(db, ["edition-tables", editionId, language], async () =>
      editionMetricTables(page, language),
    );
    return { page, tables, weightedAgreement: await weightedAgreement(db, editionId) };
  });
  if (!view) throw new Response(translator(language)("edition.notFound"), { status: 404 });
  return { ...view, response: await responseFor(context, user.role, [editionId]) };
}

/**
 * The follow-up's response per moment for editions already found visible,
 * with the names of who has not answered for an administrator only. Read
 * with the owner's connection: the scoped role may not read the links.
 */
function responseFor(context: AppLoadContext, role: Role, editionIds: readonly string[]) {
  return followupResponse(context.db, editionIds, role === "admin");
}
