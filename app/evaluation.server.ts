// Routes reach the evaluation through this module only (see app/metrics.server.ts).
import type { EditionFilter } from "../core/metric-parts";
import type { Db } from "../db/connection.server";
import { loadEvaluation } from "../reports/evaluation/report.server";
import { cachedResult, TEXT_CODEC } from "../reports/result-cache.server";

export { UserError } from "../core/i18n/user-error";
export { parseEvaluationQuery } from "../reports/evaluation/query";

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
