// GET /api/evaluatie's query: the dashboards' filter (edition and
// municipality repeatable, from, to, theme) and the bandwidth, checked with
// messages a policymaker understands.

import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { EditionFilter } from "../../core/metric-parts";
import { FILTER_KEYS, parseFilterQuery } from "../metrics/filter";
import { parseBandwidth } from "./bandwidth";

export type EvaluationQuery =
  | { ok: true; filter: EditionFilter; bandwidth: number }
  | { ok: false; message: string };

const BANDWIDTH = "bandwidth";

export function parseEvaluationQuery(params: URLSearchParams, language: Language): EvaluationQuery {
  const t = translator(language);
  const keys = [...new Set(params.keys())];
  const unknown = keys.filter(
    (key) => key !== BANDWIDTH && !(FILTER_KEYS as readonly string[]).includes(key),
  );
  if (unknown.length > 0) {
    return { ok: false, message: t("evaluation.unknownParameter", { names: unknown.join(", ") }) };
  }
  const given = params.getAll(BANDWIDTH);
  if (given.length > 1) return { ok: false, message: t("evaluation.repeatedBandwidth") };
  const bandwidth = parseBandwidth(given[0]);
  if (bandwidth === null) {
    return {
      ok: false,
      message: t("evaluation.badBandwidth", { option: BANDWIDTH, value: given[0] ?? "" }),
    };
  }
  const rest = new URLSearchParams(params);
  rest.delete(BANDWIDTH);
  const parsed = parseFilterQuery(rest, language);
  return parsed.ok ? { ok: true, filter: parsed.filter, bandwidth } : parsed;
}
