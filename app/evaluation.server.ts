// Routes reach the evaluation through this module only (see app/metrics.server.ts).
import type { AppLoadContext } from "@remix-run/node";
import { municipalityVisible, requireUser, scopedFilter, withScope } from "~/auth.server";
import { dashboardFilter, listFilterOptions } from "~/dashboard.server";
import { errorText } from "~/i18n/error-text";
import { languageOf } from "~/i18n/language.server";
import { translator } from "../core/i18n/messages";
import { UserError } from "../core/i18n/user-error";
import type { Language } from "../core/language";
import type { EditionFilter } from "../core/metric-parts";
import type { Db } from "../db/connection.server";
import { parseBandwidth } from "../reports/evaluation/bandwidth";
import { loadEvaluationPage } from "../reports/evaluation/page.server";
import { DEFAULT_BANDWIDTH } from "../reports/evaluation/rdd";
import { loadEvaluation } from "../reports/evaluation/report.server";
import { cachedResult, TEXT_CODEC } from "../reports/result-cache.server";

export { parseEvaluationQuery } from "../reports/evaluation/query";
export { UserError };

/**
 * The evaluation JSON of `filter` at `bandwidth` (shared/spec/evaluation.md),
 * the same as `impact evaluate --json`, computed once per data version.
 */
export function evaluationJsonText(db: Db, filter: EditionFilter, bandwidth: number) {
  return cachedResult(
    db,
    ["evaluation-json", filter, bandwidth],
    async () => JSON.stringify(await loadEvaluation(db, filter, bandwidth)),
    TEXT_CODEC,
  );
}

/** The figures of /evaluatie, computed once per data version. */
export function loadEvaluationPageCached(
  db: Db,
  filter: EditionFilter,
  bandwidth: number,
  language: Language,
) {
  return cachedResult(db, ["evaluation-page", filter, bandwidth, language], () =>
    loadEvaluationPage(db, filter, bandwidth, language),
  );
}

/**
 * What /evaluatie shows the user who asks (and its chart downloads read):
 * the dashboards' filter and the bandwidth from the URL, within the user's
 * scope. A bad bandwidth or a municipality without editions is a message on
 * the page, not an error.
 */
export async function evaluationPageData(request: Request, context: AppLoadContext) {
  const user = await requireUser(request, context.db);
  const url = new URL(request.url);
  const language = await languageOf(request);
  const t = translator(language);
  const { filter, values, error: filterError } = dashboardFilter(url, language);
  const bandwidthText = url.searchParams.get("bandwidth")?.trim() || undefined;
  const parsed = parseBandwidth(bandwidthText);
  const bandwidth = parsed ?? DEFAULT_BANDWIDTH;
  const errors = [
    filterError,
    parsed === null
      ? t("evaluation.badBandwidth", {
          option: t("evaluation.page.bandwidth"),
          value: bandwidthText ?? "",
        })
      : null,
  ];
  const scoped = scopedFilter(filter, user.scope);
  const [options, page] = await withScope(context.db, user.scope, async (db) => {
    const options = await listFilterOptions(db);
    try {
      return [options, await loadEvaluationPageCached(db, scoped, bandwidth, language)] as const;
    } catch (error) {
      // A municipality without editions (for a municipality user: not theirs).
      if (error instanceof UserError) {
        errors.push(errorText(error, language));
        return [options, null] as const;
      }
      throw error;
    }
  });
  const visible = options.municipalities.filter((m) => municipalityVisible(user.scope, m));
  return {
    options: { ...options, municipalities: visible },
    values,
    bandwidth: bandwidthText ?? "",
    errors: errors.filter((e): e is string => e !== null),
    page,
  };
}
