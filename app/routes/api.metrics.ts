// GET /api/metrics: the machine-readable metrics of shared/spec/metrics.md,
// the same JSON as `impact metrics --json`. Query: edition and municipality
// (both repeatable), from and to (years), theme.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { API_HEADERS, apiAsker, apiProblem } from "~/api.server";
import { scopedFilter, withScope } from "~/auth.server";
import { errorText } from "~/i18n/error-text";
import {
  metricsJsonGzip,
  metricsJsonText,
  parseFilterQuery,
  UnknownEditionsError,
} from "~/metrics.server";

const JSON_HEADERS = {
  ...API_HEADERS,
  "Content-Type": "application/json; charset=utf-8",
  // The body depends on Accept-Encoding: caches in between must know.
  Vary: "Accept-Encoding",
};

/** `gzip` is listed and not refused with `q=0`. */
function acceptsGzip(request: Request): boolean {
  return (request.headers.get("Accept-Encoding") ?? "").split(",").some((entry) => {
    const [coding, ...params] = entry.split(";").map((part) => part.trim().toLowerCase());
    return coding === "gzip" && !params.some((p) => /^q=0(\.0*)?$/.test(p));
  });
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const asker = await apiAsker(request, context.db);
  if (asker instanceof Response) return asker;
  const { user, language } = asker;
  const parsed = parseFilterQuery(new URL(request.url).searchParams, language);
  if (!parsed.ok) return apiProblem(400, parsed.message);
  try {
    const filter = scopedFilter(parsed.filter, user.scope);
    if (acceptsGzip(request)) {
      const body = await withScope(context.db, user.scope, (db) => metricsJsonGzip(db, filter));
      return new Response(body, { headers: { ...JSON_HEADERS, "Content-Encoding": "gzip" } });
    }
    const body = await withScope(context.db, user.scope, (db) => metricsJsonText(db, filter));
    return new Response(body, { headers: JSON_HEADERS });
  } catch (error) {
    if (error instanceof UnknownEditionsError) return apiProblem(404, errorText(error, language));
    throw error;
  }
}
